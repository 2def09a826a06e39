package org.autoinvoice.adapters.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/** Creates fresh, empty databases on a running embedded server for integration tests. */
public final class PostgresTestSupport {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private PostgresTestSupport() {}

  /** A new empty database on {@code server}; its name is unique within this JVM. */
  public static DataSource freshDatabase(EmbeddedPostgresServer server) {
    String name = "it_db_" + COUNTER.incrementAndGet();
    try (Connection c = server.dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {server.port()});
    ds.setDatabaseName(name);
    ds.setUser(server.user());
    return ds;
  }
}
