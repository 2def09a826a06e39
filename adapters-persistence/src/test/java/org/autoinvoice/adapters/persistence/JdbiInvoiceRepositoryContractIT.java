package org.autoinvoice.adapters.persistence;

import java.nio.file.Path;
import java.util.List;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.application.contract.InvoiceRepositoryContract;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class JdbiInvoiceRepositoryContractIT extends InvoiceRepositoryContract {
  @TempDir static Path dir;
  private static EmbeddedPostgresServer server;

  private final DnlDatabase db = DnlDatabase.fresh(server);
  private final DomainRows rows = new DomainRows(db.fixtures);

  @BeforeAll
  static void start() {
    server = DnlDatabase.startServer(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  protected InvoiceRepository repository() {
    return db.adapters.invoiceRepository();
  }

  @Override
  protected void givenClient(Client client) {
    rows.client(client);
  }

  @Override
  protected int historyRowCount(ClientId client) {
    return (int)
        db.fixtures.count(
            "SELECT count(*) FROM invoice_history WHERE client_id = ?", client.value());
  }

  @Override
  protected List<Money> shortCallPayments(String invoiceNumber) {
    return db
        .jdbi
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT amount FROM client_payment"
                            + " WHERE payment_type = 15 AND invoice_number = :n")
                    .bind("n", invoiceNumber)
                    .mapTo(java.math.BigDecimal.class)
                    .list())
        .stream()
        .map(Money::of)
        .toList();
  }
}
