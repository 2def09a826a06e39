package org.autoinvoice.application.port.out;

import org.autoinvoice.domain.mail.MailTemplate;

/**
 * System-wide mail settings read when a message is queued: the {@code mail_tmplate} row, {@code
 * system_parameter.switch_alias}, {@code invoice_decimal_digits} and {@code invoice_send_mode = 1}
 * (manual invoices are sent as a link).
 */
public record MailSetup(
    MailTemplate template, String switchAlias, int invoiceDecimalDigits, boolean manualAsLink) {
  public MailSetup {
    if (template == null) {
      throw new IllegalArgumentException("template must not be null");
    }
    if (invoiceDecimalDigits < 0 || invoiceDecimalDigits > 10) {
      throw new IllegalArgumentException(
          "invoice_decimal_digits must be 0..10, got " + invoiceDecimalDigits);
    }
    switchAlias = switchAlias == null ? "" : switchAlias;
  }
}
