package org.autoinvoice.adapters.persistence;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaInstaller;
import org.autoinvoice.adapters.persistence.support.PostgresTestSupport;
import org.jdbi.v3.core.Jdbi;

/** A fresh database with the DNL migration on an embedded server, and the adapters on it. */
final class DnlDatabase {
  final DataSource dataSource;
  final Jdbi jdbi;
  final PersistenceFactory adapters;
  final DnlFixtures fixtures;

  private DnlDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
    new DnlSchemaInstaller(dataSource).installIfEmpty();
    this.jdbi = Jdbi.create(dataSource);
    this.adapters = new PersistenceFactory(jdbi);
    this.fixtures = new DnlFixtures(jdbi);
  }

  static EmbeddedPostgresServer startServer(Path dir) {
    return EmbeddedPostgresServer.start(dir.resolve("pg"), 0);
  }

  static DnlDatabase fresh(EmbeddedPostgresServer server) {
    return new DnlDatabase(PostgresTestSupport.freshDatabase(server));
  }
}
