package org.autoinvoice.application.port.out;

import java.util.Optional;

/** Out-port: reads what invoice e-mails need from the DNL database (§7, §3.9). */
public interface InvoiceMailData {
  /** The invoice with this number and its client, or empty when no invoice has that number. */
  Optional<InvoiceMailFacts> invoice(String invoiceNumber);

  /** Template and system settings, read when a message is queued. */
  MailSetup setup();

  /** The SMTP server and sender, read before each send so that a fixed setting takes effect. */
  SmtpSettings smtp();
}
