package org.autoinvoice.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.port.out.DatabaseUnavailableException;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.usage.Direction;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseUnavailableIT {
  @TempDir Path dir;

  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void aClosedPortMakesEveryAdapterSayTheDatabaseIsUnavailable() throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {closedPort()});
    ds.setDatabaseName("nothing");
    ds.setUser("nobody");
    ds.setConnectTimeout(2);
    PersistenceFactory adapters = new PersistenceFactory(Jdbi.create(ds));
    ClientId c = new ClientId(1);

    assertThatThrownBy(() -> adapters.clientDirectory().findClient(c))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("database is unavailable");
    assertThatThrownBy(
            () ->
                adapters
                    .usageQuery()
                    .usage(c, Direction.INGRESS, TestData.days("2024-01-01", "2024-01-31"), false))
        .isInstanceOf(DatabaseUnavailableException.class);
    assertThatThrownBy(
            () ->
                adapters
                    .balanceQuery()
                    .closingBalanceBefore(c, BalanceType.ACTUAL, LocalDate.of(2024, 1, 1)))
        .isInstanceOf(DatabaseUnavailableException.class);
    assertThatThrownBy(() -> adapters.invoiceRepository().inClientTransaction(c, tx -> null))
        .isInstanceOf(DatabaseUnavailableException.class);
  }

  @Test
  void aStoppedServerMakesTheRepositorySayTheDatabaseIsUnavailable() {
    EmbeddedPostgresServer server = DnlDatabase.startServer(dir);
    DnlDatabase db;
    try {
      db = DnlDatabase.fresh(server);
      new DomainRows(db.fixtures).client(TestData.client(5));
      db.adapters.invoiceRepository().findByNumber("1");
    } finally {
      server.close();
    }

    assertThatThrownBy(() -> db.adapters.invoiceRepository().findByNumber("1"))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("reading invoice 1");
  }
}
