package org.autoinvoice.adapters.persistence;

import java.nio.file.Path;
import java.time.LocalDate;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.application.contract.BalanceQueryContract;
import org.autoinvoice.application.port.out.BalanceQuery;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class JdbiBalanceQueryContractIT extends BalanceQueryContract {
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
  protected BalanceQuery balances() {
    return db.adapters.balanceQuery();
  }

  @Override
  protected void givenClient(Client client) {
    rows.client(client);
  }

  @Override
  protected void givenPayment(ClientId client, PaymentLine line) {
    rows.payment(client, line);
  }

  @Override
  protected void givenClosingBalance(
      ClientId client, BalanceType type, LocalDate day, Money balance) {
    rows.closingBalance(client, type, day, balance);
  }

  @Override
  protected void givenCurrentBalance(ClientId client, Money balance) {
    rows.currentBalance(client, balance);
  }
}
