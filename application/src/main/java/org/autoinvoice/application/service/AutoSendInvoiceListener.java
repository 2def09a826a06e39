package org.autoinvoice.application.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import org.autoinvoice.application.port.in.SendInvoiceEmailCommand;
import org.autoinvoice.application.port.in.SendInvoiceEmailOutcome;
import org.autoinvoice.application.port.in.SendInvoiceEmailUseCase;
import org.autoinvoice.application.port.out.InvoiceMailData;

/**
 * Auto-send (§7): after an automatic invoice is made, queues its e-mail to the client's {@code
 * billing_email} when the client has {@code email_invoice} set (link or attachment follows {@code
 * is_send_as_link}). It never throws: a mail problem must not undo or stop auto invoicing.
 */
public final class AutoSendInvoiceListener {
  private static final Logger LOG = System.getLogger(AutoSendInvoiceListener.class.getName());

  private final InvoiceMailData data;
  private final SendInvoiceEmailUseCase send;

  public AutoSendInvoiceListener(InvoiceMailData data, SendInvoiceEmailUseCase send) {
    this.data = Objects.requireNonNull(data, "data");
    this.send = Objects.requireNonNull(send, "send");
  }

  /** Called once per committed automatic invoice; true when an e-mail was queued. */
  public boolean invoiceCreated(String invoiceNumber) {
    try {
      boolean wanted = data.invoice(invoiceNumber).map(i -> i.emailInvoice()).orElse(false);
      if (!wanted) {
        return false;
      }
      SendInvoiceEmailOutcome outcome =
          send.send(SendInvoiceEmailCommand.toBillingEmail(invoiceNumber));
      if (outcome instanceof SendInvoiceEmailOutcome.Queued) {
        return true;
      }
      LOG.log(
          Level.WARNING, "invoice {0}: auto-send skipped: {1}", invoiceNumber, outcome.message());
      return false;
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "invoice " + invoiceNumber + ": auto-send failed", e);
      return false;
    }
  }
}
