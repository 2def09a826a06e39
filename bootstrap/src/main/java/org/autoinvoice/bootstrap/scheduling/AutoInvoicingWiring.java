package org.autoinvoice.bootstrap.scheduling;

import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.application.port.out.InvoiceCreatedListener;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.application.service.AutoInvoiceService;
import org.autoinvoice.application.service.InvoicePipeline;
import org.autoinvoice.bootstrap.config.SchedulerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires automatic invoicing into Dropwizard: the {@link AutoInvoiceService} on the same ports and
 * pipeline as manual invoices, its metrics and {@code auto-invoicing} health check, the admin task
 * {@code POST /tasks/auto-invoice}, and (unless {@code [scheduler] enabled = 0}) the Quartz
 * scheduler, managed after the connection pool so that it stops first.
 */
public final class AutoInvoicingWiring {
  private static final Logger LOG = LoggerFactory.getLogger(AutoInvoicingWiring.class);

  /** The name of the health check. */
  public static final String HEALTH_CHECK = "auto-invoicing";

  private AutoInvoicingWiring() {}

  /**
   * Registers automatic invoicing on {@code environment} and returns its run counter. {@code pool}
   * is the service's connection pool (the Quartz job store's, with {@code clustered = 1}); {@code
   * listener} hears of every auto invoice after it is committed.
   */
  public static AutoInvoiceRuns register(
      Environment environment,
      SchedulerSettings settings,
      ClientDirectory clients,
      InvoiceRepository invoices,
      InvoicePipeline pipeline,
      InvoiceObserver observer,
      InvoiceCreatedListener listener,
      DataSource pool,
      Clock clock) {
    AutoInvoiceService service =
        new AutoInvoiceService(
            clients, invoices, pipeline, observer, listener, clock, settings.workers());
    AutoInvoiceRuns runs = new AutoInvoiceRuns(service, environment.metrics(), clock);
    environment
        .healthChecks()
        .register(HEALTH_CHECK, new AutoInvoicingHealthCheck(runs, settings.enabled()));
    environment
        .admin()
        .addFilter("auto-invoice-task-parameters", new AutoInvoiceTaskParameterFilter())
        .addMappingForUrlPatterns(
            EnumSet.of(DispatcherType.REQUEST), true, "/tasks/" + AutoInvoiceTask.NAME);
    environment.admin().addTask(new AutoInvoiceTask(runs));
    if (settings.enabled()) {
      environment.lifecycle().manage(new AutoInvoiceScheduler(runs, settings.clustered(), pool));
    } else {
      LOG.info("[scheduler] enabled = 0: no automatic invoicing on schedule");
    }
    return runs;
  }
}
