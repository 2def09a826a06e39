package org.autoinvoice.adapters.persistence.schema;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Persistence adapter that gives an empty database the DNL tables: it runs the project's migration
 * once, in one transaction, and never touches a database that already holds tables.
 */
public final class DnlSchemaInstaller {

  /** Advisory lock key so that two instances starting together install only once. */
  private static final long INSTALL_LOCK_KEY = 0x444E4C5343484D41L;

  private final Jdbi jdbi;
  private final DnlSchemaScript script;

  /** Installer working on the given Jdbi. */
  public DnlSchemaInstaller(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.script = DnlSchemaScript.load();
  }

  /** Installer working on the given data source. */
  public DnlSchemaInstaller(DataSource dataSource) {
    this(Jdbi.create(Objects.requireNonNull(dataSource, "dataSource")));
  }

  /** True when the DNL {@code client} table is visible in the connection's search path. */
  public boolean isInstalled() {
    return jdbi.withHandle(DnlSchemaInstaller::clientTableExists);
  }

  /**
   * Runs the migration when no table exists yet in the connection's schemas; otherwise leaves the
   * database alone and says why.
   */
  public SchemaInstallOutcome installIfEmpty() {
    try {
      return jdbi.inTransaction(this::installInTransaction);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the DNL migration " + DnlSchemaScript.RESOURCE + " failed", e);
    }
  }

  private SchemaInstallOutcome installInTransaction(Handle handle) throws SQLException {
    handle.execute("SELECT pg_advisory_xact_lock(?)", INSTALL_LOCK_KEY);
    if (clientTableExists(handle)) {
      return SchemaInstallOutcome.ALREADY_PRESENT;
    }
    if (userTableCount(handle) > 0) {
      return SchemaInstallOutcome.FOREIGN_TABLES_PRESENT;
    }
    try (Statement statement = handle.getConnection().createStatement()) {
      statement.execute(script.sql());
    }
    return SchemaInstallOutcome.INSTALLED;
  }

  private static boolean clientTableExists(Handle handle) {
    return handle
            .createQuery(
                "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_name = :table AND table_schema = ANY (current_schemas(false))")
            .bind("table", "client")
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  private static int userTableCount(Handle handle) {
    return handle
        .createQuery(
            "SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema = ANY (current_schemas(false))")
        .mapTo(Integer.class)
        .one();
  }
}
