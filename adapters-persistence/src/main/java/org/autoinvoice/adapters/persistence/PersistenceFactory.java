package org.autoinvoice.adapters.persistence;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import java.util.Objects;
import org.autoinvoice.application.port.out.BalanceQuery;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.application.port.out.UsageQuery;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * Wires the persistence adapters: from Dropwizard (managed connection pool, database health check
 * and SQL timing metrics through {@link JdbiFactory}) or from a ready {@link Jdbi} (tests). Both
 * install the PostgreSQL plugin.
 */
public final class PersistenceFactory {
  private final Jdbi jdbi;
  private final JdbiClientDirectory clients;
  private final JdbiUsageQuery usage;
  private final JdbiBalanceQuery balances;
  private final JdbiInvoiceRepository invoices;

  /** Adapters on {@code jdbi}, with the PostgreSQL plugin installed on it. */
  public PersistenceFactory(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi").installPlugin(new PostgresPlugin());
    this.clients = new JdbiClientDirectory(this.jdbi);
    this.usage = new JdbiUsageQuery(this.jdbi);
    this.balances = new JdbiBalanceQuery(this.jdbi);
    this.invoices = new JdbiInvoiceRepository(this.jdbi);
  }

  /**
   * Adapters on a pool managed by Dropwizard's lifecycle; {@code name} names the pool, its health
   * check and its metrics.
   */
  public static PersistenceFactory build(
      Environment environment, DataSourceFactory database, String name) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(name, "name");
    return new PersistenceFactory(new JdbiFactory().build(environment, database, name));
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public ClientDirectory clientDirectory() {
    return clients;
  }

  public UsageQuery usageQuery() {
    return usage;
  }

  public BalanceQuery balanceQuery() {
    return balances;
  }

  public InvoiceRepository invoiceRepository() {
    return invoices;
  }
}
