package org.autoinvoice.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.autoinvoice.domain.client.ClientId;

/** Out-port: where invoices are kept, numbered, voided and found. */
public interface InvoiceRepository {
  /**
   * Runs {@code work} in one transaction holding the client's lock (a PostgreSQL advisory
   * transaction lock), so two writers for one client never interleave; commits when it returns,
   * rolls back when it throws.
   */
  <T> T inClientTransaction(ClientId client, Function<InvoiceTransaction, T> work);

  /**
   * Like {@link #inClientTransaction} for several clients at once (a manual invoice for several
   * carriers is all or nothing, rule D2): their locks are taken in ascending id order.
   */
  <T> T inClientsTransaction(Collection<ClientId> clients, Function<InvoiceTransaction, T> work);

  Optional<StoredInvoice> findByNumber(String number);

  /** Opens an {@code invoice_log} row for a generation run and returns its id. */
  int startRun(Instant at, int expectedInvoices);

  /** Closes an {@code invoice_log} row: status 2 done or 3 error, with the invoices made. */
  void finishRun(int runId, Instant at, boolean failed, int invoicesMade);
}
