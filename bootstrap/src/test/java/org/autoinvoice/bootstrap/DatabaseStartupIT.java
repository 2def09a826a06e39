package org.autoinvoice.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code embedded = 0} the service refuses a database that is not a usable DNL one. */
class DatabaseStartupIT {
  @TempDir Path dir;

  private final ByteArrayOutputStream cliErr = new ByteArrayOutputStream();

  private Optional<Throwable> server(int dbPort) throws Exception {
    String text =
        Files.readString(Path.of("..", "config.ini"))
            .replace("file = logs/autoinvoice.log", "file = " + dir.resolve("logs/a.log"))
            .replace("dir = app/invoice", "dir = " + dir.resolve("invoice"))
            .replace("embedded = 1", "embedded = 0")
            .replace("port = 5432", "port = " + dbPort)
            .replace("port = 5000", "port = 0")
            .replace("admin_port = 5001", "admin_port = 0");
    Path config = Files.writeString(dir.resolve("config.ini"), text);
    AutoInvoiceApplication app =
        new AutoInvoiceApplication(
            Clock.systemUTC(), new PrintStream(new ByteArrayOutputStream(), true));
    return app.newCli(new ByteArrayOutputStream(), cliErr).run("server", config.toString());
  }

  private String err() {
    return cliErr.toString(StandardCharsets.UTF_8);
  }

  @Test
  void refusesADatabaseWithoutTheDnlTablesAndListsWhatIsMissing() throws Exception {
    try (EmbeddedPostgresServer empty = EmbeddedPostgresServer.start(dir.resolve("pg"), 0)) {
      Optional<Throwable> failure = server(empty.port());

      assertThat(failure).isPresent();
      assertThat(err().lines()).hasSize(1);
      assertThat(err())
          .contains("is not a DNL database this service can use; missing:")
          .contains("table invoice missing")
          .contains("table cdr_report_detail missing");
      // nothing was created in the softswitch database
      try (var c = empty.dataSource().getConnection();
          var rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT count(*) FROM information_schema.tables"
                          + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void saysWhichDatabaseItCannotReach() throws Exception {
    Optional<Throwable> failure = server(9);

    assertThat(failure).isPresent();
    assertThat(err().lines()).hasSize(1);
    assertThat(err())
        .startsWith("config.ini [postgres]: cannot reach jdbc:postgresql://127.0.0.1:9/");
  }
}
