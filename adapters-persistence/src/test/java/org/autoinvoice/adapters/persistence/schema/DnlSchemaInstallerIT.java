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

class DnlSchemaInstallerIT {

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
  void createsTheDnlSchemaOnAnEmptyDatabase() {
    DataSource ds = PostgresTestSupport.freshDatabase(server);
    DnlSchemaInstaller installer = new DnlSchemaInstaller(ds);
    assertThat(installer.isInstalled()).isFalse();

    assertThat(installer.installIfEmpty()).isEqualTo(SchemaInstallOutcome.INSTALLED);

    assertThat(installer.isInstalled()).isTrue();
    Jdbi jdbi = Jdbi.create(ds);
    int tables =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema ="
                            + " 'public'")
                    .mapTo(Integer.class)
                    .one());
    assertThat(tables).isEqualTo(DnlSchemaScript.load().columnsByTable().size());
    String first =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT nextval('class4_seq_invoice_no')::text")
                    .mapTo(String.class)
                    .one());
    assertThat(first).isEqualTo("1");
  }

  @Test
  void isANoOpWhenTheSchemaIsAlreadyThere() {
    DataSource ds = PostgresTestSupport.freshDatabase(server);
    DnlSchemaInstaller installer = new DnlSchemaInstaller(Jdbi.create(ds));
    installer.installIfEmpty();
    Jdbi.create(ds).useHandle(h -> h.execute("INSERT INTO currency (code) VALUES (?)", "EUR"));

    assertThat(installer.installIfEmpty()).isEqualTo(SchemaInstallOutcome.ALREADY_PRESENT);

    java.util.List<String> codes =
        Jdbi.create(ds)
            .withHandle(h -> h.createQuery("SELECT code FROM currency").mapTo(String.class).list());
    assertThat(codes).containsExactly("EUR");
  }

  @Test
  void leavesADatabaseWithOtherTablesAlone() {
    DataSource ds = PostgresTestSupport.freshDatabase(server);
    Jdbi.create(ds).useHandle(h -> h.execute("CREATE TABLE something_else (id int)"));
    DnlSchemaInstaller installer = new DnlSchemaInstaller(ds);

    assertThat(installer.installIfEmpty()).isEqualTo(SchemaInstallOutcome.FOREIGN_TABLES_PRESENT);

    assertThat(installer.isInstalled()).isFalse();
  }

  @Test
  void theScriptDeclaresTheTablesTheServiceUses() {
    DnlSchemaScript script = DnlSchemaScript.load();
    assertThat(script.columnsByTable())
        .containsKeys("client", "invoice", "cdr_report_detail", "mail_tmplate", "system_parameter");
    assertThat(script.columnsByTable().get("client_cdr")).contains("time", "id");
    assertThat(script.columnsByTable().get("invoice")).contains("status", "invoice_number");
    assertThat(script.sequences()).containsExactly("class4_seq_invoice_no");
  }
}
