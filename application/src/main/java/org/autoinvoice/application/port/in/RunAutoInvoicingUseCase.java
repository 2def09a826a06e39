package org.autoinvoice.application.port.in;

/**
 * In-port: make every automatic invoice that is due (rules A1–A6) — the hourly job, and the admin
 * task "Trigger Auto Invoice" with a date and/or one client.
 */
public interface RunAutoInvoicingUseCase {
  AutoInvoiceRunSummary run(AutoInvoiceRunCommand command);
}
