package org.autoinvoice.adapters.persistence;

import static java.util.stream.Collectors.joining;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.autoinvoice.application.port.out.ClientNotFoundException;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.application.port.out.InvoiceTransaction;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.ClientId;
import org.jdbi.v3.core.Jdbi;

/**
 * Persistence adapter for {@link InvoiceRepository}: each client transaction first takes {@code
 * pg_advisory_xact_lock(namespace, client_id)} (two-int form, so it cannot meet other users'
 * advisory locks) and checks the client exists; the work then reads and writes through one {@link
 * InvoiceTransaction} and everything commits together or rolls back together.
 */
public final class JdbiInvoiceRepository implements InvoiceRepository {
  /** First key of the advisory lock: "AInv" as an int. */
  static final int LOCK_NAMESPACE = 0x41496E76;

  private final Jdbi jdbi;

  public JdbiInvoiceRepository(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public <T> T inClientTransaction(ClientId client, Function<InvoiceTransaction, T> work) {
    Objects.requireNonNull(client, "client");
    return inClientsTransaction(List.of(client), work);
  }

  /** Locks the clients in ascending id order, so two such transactions never deadlock. */
  @Override
  public <T> T inClientsTransaction(
      Collection<ClientId> clients, Function<InvoiceTransaction, T> work) {
    Objects.requireNonNull(work, "work");
    List<ClientId> ordered = new TreeSet<>(clients).stream().toList();
    return DatabaseErrors.call(
        "invoicing client " + ordered.stream().map(ClientId::toString).collect(joining(", ")),
        () ->
            jdbi.inTransaction(
                h -> {
                  for (ClientId client : ordered) {
                    h.createQuery("SELECT pg_advisory_xact_lock(:ns, :client)")
                        .bind("ns", LOCK_NAMESPACE)
                        .bind("client", client.value())
                        .mapTo(String.class)
                        .one();
                    boolean exists =
                        h.createQuery("SELECT EXISTS (SELECT 1 FROM client WHERE client_id = :id)")
                            .bind("id", client.value())
                            .mapTo(Boolean.class)
                            .one();
                    if (!exists) {
                      throw new ClientNotFoundException(client);
                    }
                  }
                  return work.apply(new JdbiInvoiceTransaction(h));
                }));
  }

  @Override
  public Optional<StoredInvoice> findByNumber(String number) {
    Objects.requireNonNull(number, "number");
    return DatabaseErrors.call(
        "reading invoice " + number,
        () -> jdbi.withHandle(h -> JdbiInvoiceTransaction.byNumber(h, number)));
  }

  @Override
  public int startRun(Instant at, int expectedInvoices) {
    Objects.requireNonNull(at, "at");
    return DatabaseErrors.call(
        "opening an invoice_log run",
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            """
                            INSERT INTO invoice_log (start_time, status, cnt)
                            VALUES (:at, 1, :cnt) RETURNING id
                            """)
                        .bind("at", Rows.utc(at))
                        .bind("cnt", expectedInvoices)
                        .mapTo(Integer.class)
                        .one()));
  }

  @Override
  public void finishRun(int runId, Instant at, boolean failed, int invoicesMade) {
    Objects.requireNonNull(at, "at");
    DatabaseErrors.run(
        "closing invoice_log run " + runId,
        () ->
            jdbi.useHandle(
                h ->
                    h.createUpdate(
                            """
                            UPDATE invoice_log SET end_time = :at, status = :status, cnt = :made
                             WHERE id = :id
                            """)
                        .bind("at", Rows.utc(at))
                        .bind("status", failed ? 3 : 2)
                        .bind("made", invoicesMade)
                        .bind("id", runId)
                        .execute()));
  }
}
