package org.autoinvoice.adapters.persistence;

import java.nio.file.Path;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.application.contract.ClientDirectoryContract;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class JdbiClientDirectoryContractIT extends ClientDirectoryContract {
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
  protected ClientDirectory directory() {
    return db.adapters.clientDirectory();
  }

  @Override
  protected void givenClient(Client client) {
    rows.client(client);
  }

  @Override
  protected void givenSystemParameters(SystemParameters parameters) {
    rows.systemParameters(parameters);
  }
}
