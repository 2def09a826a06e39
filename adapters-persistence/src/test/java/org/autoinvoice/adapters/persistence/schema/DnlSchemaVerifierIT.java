package org.autoinvoice.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.adapters.persistence.support.PostgresTestSupport;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnlSchemaVerifierIT {

  @TempDir static Path dataDir;
  private static EmbeddedPostgresServer server;

  @BeforeAll
  static void startServer() {
    server = EmbeddedPostgresServer.start(dataDir.resolve("pg"), 0);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void reportsNothingOnTheFullSchema() {
    DataSource ds = installed();

    assertThat(new DnlSchemaVerifier(ds).missing()).isEmpty();
  }

  @Test
  void namesADroppedColumnAndADroppedTable() {
    DataSource ds = installed();
    Jdbi.create(ds)
        .useHandle(
            h -> {
              h.execute("ALTER TABLE invoice DROP COLUMN status");
              h.execute("DROP TABLE cdr_report_detail");
              h.execute("DROP SEQUENCE class4_seq_invoice_no");
            });

    assertThat(new DnlSchemaVerifier(Jdbi.create(ds)).missing())
        .containsExactlyInAnyOrder(
            "table invoice: column status missing",
            "table cdr_report_detail missing",
            "sequence class4_seq_invoice_no missing");
  }

  @Test
  void reportsEverythingOnAnEmptyDatabaseWithoutCreatingAnything() {
    DataSource ds = PostgresTestSupport.freshDatabase(server);

    assertThat(new DnlSchemaVerifier(ds).missing())
        .hasSize(DnlSchemaScript.load().columnsByTable().size() + 1)
        .contains("table client missing");
    assertThat(new DnlSchemaInstaller(ds).isInstalled()).isFalse();
  }

  private static DataSource installed() {
    DataSource ds = PostgresTestSupport.freshDatabase(server);
    new DnlSchemaInstaller(ds).installIfEmpty();
    return ds;
  }
}
