package org.autoinvoice.application.service;

import java.time.LocalDate;
import java.util.Objects;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.period.InvoicePeriod;

/** What one invoice is to be made for and with, before it has a number. */
public record InvoiceRequest(
    InvoiceType type,
    CreateType createType,
    InvoicePeriod period,
    LocalDate invoiceDate,
    LocalDate dueDate,
    InvoiceOptions options) {
  public InvoiceRequest {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(createType, "createType");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(options, "options");
  }
}
