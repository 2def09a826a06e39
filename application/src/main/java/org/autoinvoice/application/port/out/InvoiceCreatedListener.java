package org.autoinvoice.application.port.out;

import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.invoice.Invoice;

/**
 * Out-port: told about every automatic invoice after its transaction has committed — the seam where
 * "Auto Send Invoice" will queue the e-mail for clients with {@code email_invoice} set (the
 * listener decides, from {@code client.autoInvoice()}). Should not throw; if it does, the failure
 * is reported and the invoice stays.
 */
public interface InvoiceCreatedListener {
  void autoInvoiceCreated(long invoiceId, Invoice invoice, Client client);

  /** A listener that does nothing. */
  static InvoiceCreatedListener none() {
    return (invoiceId, invoice, client) -> {};
  }
}
