package org.autoinvoice.adapters.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

  @TempDir Path tempDir;

  @Test
  void createsTheDataDirectoryAndTheDnlDatabase() throws Exception {
    Path dir = tempDir.resolve("data/postgres");
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0)) {
      assertThat(dir.resolve("PG_VERSION")).exists();
      assertThat(server.port()).isPositive();
      assertThat(server.jdbcUrl()).contains("/" + EmbeddedPostgresServer.DATABASE);
      try (Connection c =
          DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password())) {
        assertThat(c.getCatalog()).isEqualTo(EmbeddedPostgresServer.DATABASE);
      }
      String current =
          Jdbi.create(server.dataSource())
              .withHandle(
                  h -> h.createQuery("SELECT current_database()").mapTo(String.class).one());
      assertThat(current).isEqualTo(EmbeddedPostgresServer.DATABASE);
    }
  }

  @Test
  void aRestartOnTheSameDirectoryKeepsTheRows() {
    Path dir = tempDir.resolve("pg");
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0)) {
      Jdbi.create(server.dataSource())
          .useHandle(
              h -> {
                h.execute("CREATE TABLE kept (v text)");
                h.execute("INSERT INTO kept VALUES (?)", "first run");
              });
    }
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0)) {
      assertThat(rows(server)).containsExactly("first run");
    }
  }

  @Test
  void aKilledServerLeavesAStalePidFileThatTheNextStartSurvives() throws Exception {
    Path dir = tempDir.resolve("killed");
    EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir, 0);
    Jdbi.create(first.dataSource())
        .useHandle(
            h -> {
              h.execute("CREATE TABLE kept (v text)");
              h.execute("INSERT INTO kept VALUES (?)", "before the crash");
            });
    long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> backends = postmaster.children().toList();
    postmaster.destroyForcibly();
    postmaster.onExit().get();
    for (ProcessHandle backend : backends) {
      backend.onExit().get();
    }
    first.close();
    assertThat(dir.resolve("postmaster.pid")).exists();

    try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dir, 0)) {
      assertThat(rows(second)).containsExactly("before the crash");
    }
  }

  private static List<String> rows(EmbeddedPostgresServer server) {
    return Jdbi.create(server.dataSource())
        .withHandle(h -> h.createQuery("SELECT v FROM kept").mapTo(String.class).list());
  }
}
