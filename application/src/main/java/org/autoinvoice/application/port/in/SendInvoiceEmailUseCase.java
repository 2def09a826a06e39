package org.autoinvoice.application.port.in;

/**
 * In-port: queue an invoice's e-mail (rule D15, §7). Returns as soon as the message is in the
 * outbox; the SMTP conversation happens later, in the background.
 */
public interface SendInvoiceEmailUseCase {
  SendInvoiceEmailOutcome send(SendInvoiceEmailCommand command);
}
