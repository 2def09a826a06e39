package org.autoinvoice.application.port.in;

import java.util.List;

/** The expected outcomes of a manual invoice request. */
public sealed interface ManualInvoiceOutcome {
  /** Every requested invoice was committed and its PDF is in place. */
  record Created(List<String> invoiceNumbers) implements ManualInvoiceOutcome {
    public Created {
      invoiceNumbers = List.copyOf(invoiceNumbers);
    }
  }

  /** The period overlaps existing invoices of the client (rule D7); nothing was written. */
  record Overlapping(int clientId, List<String> invoiceNumbers) implements ManualInvoiceOutcome {
    public Overlapping {
      invoiceNumbers = List.copyOf(invoiceNumbers);
    }
  }

  /** A client id names no carrier; nothing was written. */
  record UnknownClient(int clientId) implements ManualInvoiceOutcome {}

  /** A {@code void_id} is unknown or belongs to another client; nothing was written. */
  record BadVoidId(long invoiceId, String reason) implements ManualInvoiceOutcome {}
}
