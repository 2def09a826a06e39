package org.autoinvoice.application.port.out;

import java.util.Optional;

/**
 * An invoice e-mail as kept in the outbox: the invoice it belongs to, its client, its {@code
 * pdf_path} (for {@code email_log.files}) and the message itself.
 */
public record QueuedInvoiceMail(
    String invoiceNumber, Optional<Integer> clientId, String pdfPath, OutgoingMail mail) {
  public QueuedInvoiceMail {
    if (invoiceNumber == null || invoiceNumber.isBlank() || mail == null) {
      throw new IllegalArgumentException("invoiceNumber and mail are required");
    }
    clientId = clientId == null ? Optional.empty() : clientId;
    pdfPath = pdfPath == null ? "" : pdfPath;
  }
}
