package org.autoinvoice.application.port.in;

/**
 * Request to e-mail one invoice: its number and the typed-in {@code email} list ({@code ;} or
 * {@code ,} separated; {@code null} or blank means the client's {@code billing_email}).
 */
public record SendInvoiceEmailCommand(String invoiceNumber, String email) {
  public SendInvoiceEmailCommand {
    if (invoiceNumber == null || invoiceNumber.isBlank()) {
      throw new IllegalArgumentException("invoice_number must not be blank");
    }
    invoiceNumber = invoiceNumber.strip();
    email = email == null ? "" : email.strip();
  }

  /** A request for the client's own {@code billing_email}. */
  public static SendInvoiceEmailCommand toBillingEmail(String invoiceNumber) {
    return new SendInvoiceEmailCommand(invoiceNumber, "");
  }
}
