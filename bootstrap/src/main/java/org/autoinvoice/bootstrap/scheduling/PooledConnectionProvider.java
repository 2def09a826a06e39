package org.autoinvoice.bootstrap.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Gives Quartz's JDBC job store connections from the service's own pool; the pool belongs to
 * Dropwizard's lifecycle, so Quartz neither starts nor closes it.
 */
final class PooledConnectionProvider implements ConnectionProvider {
  private final DataSource dataSource;

  PooledConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {}

  @Override
  public void initialize() {}
}
