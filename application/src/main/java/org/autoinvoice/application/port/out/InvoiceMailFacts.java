package org.autoinvoice.application.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What an invoice's e-mail needs to know about the invoice and its client: names, the client's
 * {@code billing_email}, auto-send flags, amount, local period (in the invoice's zone), invoice
 * date, {@code pdf_path} and which CDR file exists ({@code ingress} or {@code egress}), if any.
 */
public record InvoiceMailFacts(
    String invoiceNumber,
    Optional<Integer> clientId,
    String clientName,
    String companyName,
    String billingEmail,
    boolean emailInvoice,
    boolean sendAsLink,
    boolean autoInvoice,
    BigDecimal totalAmount,
    LocalDateTime start,
    LocalDateTime end,
    LocalDate invoiceDate,
    String pdfPath,
    Optional<String> cdrSide) {
  public InvoiceMailFacts {
    if (invoiceNumber == null || invoiceNumber.isBlank()) {
      throw new IllegalArgumentException("invoiceNumber must not be blank");
    }
    if (totalAmount == null || start == null || end == null || invoiceDate == null) {
      throw new IllegalArgumentException(
          "invoice " + invoiceNumber + ": totalAmount, start, end and invoiceDate are required");
    }
    clientId = clientId == null ? Optional.empty() : clientId;
    clientName = clientName == null ? "" : clientName;
    companyName = companyName == null ? "" : companyName;
    billingEmail = billingEmail == null ? "" : billingEmail;
    pdfPath = pdfPath == null ? "" : pdfPath.strip();
    cdrSide = cdrSide == null ? Optional.empty() : cdrSide;
  }
}
