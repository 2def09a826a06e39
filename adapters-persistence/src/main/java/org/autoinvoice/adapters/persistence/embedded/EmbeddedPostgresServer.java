package org.autoinvoice.adapters.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Embedded PostgreSQL (zonky binaries) whose cluster lives in a directory that survives restarts,
 * holding the database {@value #DATABASE}; closing it stops the server.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  /** Name of the DNL database, as on a real softswitch. */
  public static final String DATABASE = "softswitch4v5";

  /** Superuser of the embedded cluster (trust authentication, no password). */
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts PostgreSQL on {@code port} (0 = a free port) with its cluster in {@code dataDirectory}
   * (created when missing, reused when it already holds a cluster) and creates {@value #DATABASE}
   * when absent.
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), was " + port);
    }
    Path dir = dataDirectory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              // zonky's test defaults trade durability for speed; invoices must survive a crash.
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("fsync", "on")
              .setServerConfig("full_page_writes", "on")
              .setPort(port == 0 ? freePort() : port)
              .start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dir);
      try {
        server.createDatabaseIfAbsent();
      } catch (SQLException | RuntimeException e) {
        postgres.close();
        throw e;
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dir, e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + DATABASE + " in " + dir, e);
    }
  }

  /** JDBC URL of {@value #DATABASE}. */
  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  /** User to connect with. */
  public String user() {
    return USER;
  }

  /** Password to connect with (empty: the embedded cluster trusts local connections). */
  public String password() {
    return "";
  }

  /** TCP port the server listens on. */
  public int port() {
    return postgres.getPort();
  }

  /** Directory holding the cluster. */
  public Path dataDirectory() {
    return dataDirectory;
  }

  /** A non-pooled data source for {@value #DATABASE}. */
  public DataSource dataSource() {
    return postgres.getDatabase(USER, DATABASE);
  }

  /** Stops the server; the data directory is kept. */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  private void createDatabaseIfAbsent() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      boolean exists;
      try (PreparedStatement ps =
          c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
        ps.setString(1, DATABASE);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          exists = rs.getInt(1) > 0;
        }
      }
      if (!exists) {
        try (Statement st = c.createStatement()) {
          // DATABASE is a constant identifier; CREATE DATABASE takes no bound parameters.
          st.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
