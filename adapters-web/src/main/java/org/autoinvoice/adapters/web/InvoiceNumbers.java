package org.autoinvoice.adapters.web;

import jakarta.ws.rs.BadRequestException;
import java.util.regex.Pattern;

/** Checks an {@code invoice_number} form field: present, at most 20 characters, no spaces. */
final class InvoiceNumbers {
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,20}");

  private InvoiceNumbers() {}

  static String require(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new BadRequestException("invoice_number is missing: expected an invoice number");
    }
    String n = raw.trim();
    if (!NUMBER.matcher(n).matches()) {
      throw new BadRequestException(
          "invoice_number '"
              + ManualInvoiceForm.oneLine(n)
              + "' is not valid: expected up to 20 letters or digits");
    }
    return n;
  }
}
