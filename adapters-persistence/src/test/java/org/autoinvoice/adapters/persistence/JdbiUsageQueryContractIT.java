package org.autoinvoice.adapters.persistence;

import java.nio.file.Path;
import java.time.Instant;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.application.contract.UsageQueryContract;
import org.autoinvoice.application.port.out.UsageQuery;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.usage.UsageRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class JdbiUsageQueryContractIT extends UsageQueryContract {
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
  protected UsageQuery query() {
    return db.adapters.usageQuery();
  }

  @Override
  protected void givenClient(Client client) {
    rows.client(client);
  }

  @Override
  protected void givenUsage(ClientId client, Instant hour, UsageRecord record) {
    rows.usage(client, hour, record);
  }
}
