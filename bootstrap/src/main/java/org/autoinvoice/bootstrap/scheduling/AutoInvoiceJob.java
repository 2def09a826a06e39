package org.autoinvoice.bootstrap.scheduling;

import java.util.Objects;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job: one auto-invoicing run "now" (rule A3; the run reads the service's clock, not
 * Quartz's fire time). Never two at once, also across a cluster. A failed run is counted and logged
 * by {@link AutoInvoiceRuns}; the next firing simply runs again.
 */
@DisallowConcurrentExecution
public final class AutoInvoiceJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(AutoInvoiceJob.class);

  private final AutoInvoiceRuns runs;

  public AutoInvoiceJob(AutoInvoiceRuns runs) {
    this.runs = Objects.requireNonNull(runs, "runs");
  }

  @Override
  public void execute(JobExecutionContext context) {
    LOG.debug("auto-invoicing fired by trigger {}", context.getTrigger().getKey());
    try {
      runs.run(AutoInvoiceRunCommand.now());
    } catch (RuntimeException e) {
      // already counted and logged; the next hourly firing retries
      LOG.debug("auto-invoicing run ended with {}", e.toString());
    }
  }
}
