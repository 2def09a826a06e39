package org.autoinvoice.bootstrap;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.autoinvoice.adapters.persistence.demo.DemoDataLoader;
import org.autoinvoice.adapters.persistence.demo.DemoDataSummary;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaInstaller;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaVerifier;
import org.autoinvoice.adapters.persistence.schema.SchemaInstallOutcome;
import org.autoinvoice.bootstrap.config.PostgresSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings up the database the service works on: with {@code [postgres] embedded = 1} an embedded
 * PostgreSQL under {@code data_dir}, given the DNL tables and demo data when empty; otherwise the
 * configured DNL database, which must already hold every table and column the service uses (it is
 * never created or altered).
 */
final class DatabaseBootstrap implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseBootstrap.class);

  private final PostgresSettings settings;
  private final Clock clock;
  private EmbeddedPostgresServer embedded;

  DatabaseBootstrap(PostgresSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts or checks the database and returns the pool settings that reach it. */
  DataSourceFactory prepare() {
    DataSourceFactory factory = settings.toDataSourceFactory();
    if (settings.embedded()) {
      Path dataDir = Path.of(settings.dataDir());
      try {
        embedded = EmbeddedPostgresServer.start(dataDir, settings.port());
      } catch (RuntimeException e) {
        throw new StartupException(
            "config.ini [postgres] embedded = 1: cannot start PostgreSQL in '"
                + dataDir.toAbsolutePath()
                + "': "
                + e.getMessage());
      }
      factory.setUrl(embedded.jdbcUrl());
      factory.setUser(embedded.user());
      factory.setPassword(embedded.password());
      LOG.info("embedded PostgreSQL listening on port {}, data in {}", embedded.port(), dataDir);
      SchemaInstallOutcome outcome = new DnlSchemaInstaller(embedded.dataSource()).installIfEmpty();
      if (outcome == SchemaInstallOutcome.INSTALLED) {
        DemoDataSummary demo = new DemoDataLoader(embedded.dataSource(), clock).load();
        LOG.info("empty database: created the DNL tables and loaded demo data {}", demo);
      }
    } else {
      List<String> missing;
      try {
        missing = new DnlSchemaVerifier(plainDataSource()).missing();
      } catch (RuntimeException e) {
        throw new StartupException(
            "config.ini [postgres]: cannot reach "
                + settings.jdbcUrl()
                + " as "
                + settings.user()
                + ": "
                + oneLine(e.getMessage()));
      }
      if (!missing.isEmpty()) {
        throw new StartupException(
            "database "
                + settings.jdbcUrl()
                + " is not a DNL database this service can use; missing: "
                + String.join("; ", missing));
      }
    }
    return factory;
  }

  private javax.sql.DataSource plainDataSource() {
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setUrl(settings.jdbcUrl());
    ds.setUser(settings.user());
    ds.setPassword(settings.password());
    ds.setConnectTimeout(10);
    return ds;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
  }

  @Override
  public void start() {}

  @Override
  public void stop() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
