package org.autoinvoice.adapters.persistence;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Supplier;
import org.autoinvoice.application.port.out.DatabaseUnavailableException;
import org.jdbi.v3.core.ConnectionException;

/**
 * Turns "the database cannot be reached" failures (lost connection, server shutting down, timeout,
 * exhausted pool) into {@link DatabaseUnavailableException}; every other failure passes unchanged.
 */
final class DatabaseErrors {
  /** admin_shutdown, crash_shutdown, cannot_connect_now, query_canceled (statement timeout). */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "57014");

  private DatabaseErrors() {}

  /** Runs {@code action}, translating an unavailable database for the operation {@code what}. */
  static <T> T call(String what, Supplier<T> action) {
    try {
      return action.get();
    } catch (DatabaseUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      if (isUnavailable(e)) {
        throw new DatabaseUnavailableException(
            "the database is unavailable (" + what + "): " + rootMessage(e), e);
      }
      throw e;
    }
  }

  static void run(String what, Runnable action) {
    call(
        what,
        () -> {
          action.run();
          return null;
        });
  }

  static boolean isUnavailable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectionException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLTimeoutException
          || t.getClass().getSimpleName().equals("PoolExhaustedException")) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
