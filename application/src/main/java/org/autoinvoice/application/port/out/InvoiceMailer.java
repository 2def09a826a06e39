package org.autoinvoice.application.port.out;

/** Out-port: hands one fully built invoice e-mail to a mail server. */
public interface InvoiceMailer {
  /**
   * Sends {@code mail} through {@code smtp}; returns once the server accepted it.
   *
   * @throws MailDeliveryException telling whether the failure is transient or permanent
   */
  void send(SmtpSettings smtp, OutgoingMail mail) throws MailDeliveryException;
}
