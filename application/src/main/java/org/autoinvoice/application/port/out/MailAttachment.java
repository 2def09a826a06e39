package org.autoinvoice.application.port.out;

/**
 * The invoice PDF to attach: the name the client sees ({@code <invoice_number>_<yyyy-MM-dd>.pdf})
 * and the stored {@code pdf_path}, which the mailer resolves inside the invoice directory.
 */
public record MailAttachment(String fileName, String storedPath) {
  public MailAttachment {
    if (fileName == null || fileName.isBlank() || storedPath == null || storedPath.isBlank()) {
      throw new IllegalArgumentException("attachment fileName and storedPath must not be blank");
    }
  }
}
