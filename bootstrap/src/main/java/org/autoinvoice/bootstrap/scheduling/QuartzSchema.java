package org.autoinvoice.bootstrap.scheduling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.quartz.impl.jdbcjobstore.JobStoreSupport;

/**
 * Creates Quartz's JDBC job-store tables in the service's own schema ({@value #SCHEMA}) from the
 * {@code tables_postgres.sql} that ships in the Quartz jar, once: an existing set of tables is left
 * alone, and instances starting together take turns under an advisory lock. DNL tables are never
 * touched.
 */
final class QuartzSchema {
  /** The schema that holds the Quartz tables. */
  static final String SCHEMA = "autoinvoice_quartz";

  /** {@code org.quartz.jobStore.tablePrefix} for the tables in {@link #SCHEMA}. */
  static final String TABLE_PREFIX = SCHEMA + ".qrtz_";

  private static final String SCRIPT = "tables_postgres.sql";
  private static final Pattern TABLE_NAME = Pattern.compile("(?<![A-Za-z0-9_.])QRTZ_");

  private QuartzSchema() {}

  /** Creates the schema and the tables unless they are there; returns true if it created them. */
  static boolean ensure(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(hashtext('" + SCHEMA + "'))");
        boolean exists;
        try (ResultSet r =
            s.executeQuery("SELECT to_regclass('" + TABLE_PREFIX + "locks') IS NOT NULL")) {
          r.next();
          exists = r.getBoolean(1);
        }
        if (!exists) {
          s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
          for (String statement : statements()) {
            s.execute(statement);
          }
        }
        c.commit();
        return !exists;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create the Quartz tables in schema " + SCHEMA + ": " + e.getMessage(), e);
    }
  }

  /** The script's CREATE statements, each table name moved into {@link #SCHEMA}. */
  static List<String> statements() {
    String script = readScript();
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\\R")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String raw : withoutComments.toString().split(";")) {
      String statement = raw.strip();
      String upper = statement.toUpperCase(Locale.ROOT);
      if (statement.isEmpty() || upper.startsWith("DROP ") || upper.equals("COMMIT")) {
        continue;
      }
      if (!upper.startsWith("CREATE ")) {
        throw new IllegalStateException("unexpected statement in Quartz " + SCRIPT + ": " + raw);
      }
      statements.add(TABLE_NAME.matcher(statement).replaceAll(SCHEMA + ".QRTZ_"));
    }
    return statements;
  }

  private static String readScript() {
    try (InputStream in = JobStoreSupport.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("the Quartz jar has no " + SCRIPT);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
