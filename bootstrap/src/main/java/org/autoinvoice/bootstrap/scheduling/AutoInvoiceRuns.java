package org.autoinvoice.bootstrap.scheduling;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.port.in.RunAutoInvoicingUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link RunAutoInvoicingUseCase} for the hourly job and the admin task alike, counting every
 * run in the metrics under {@code autoinvoice.auto.*} and remembering how the last one ended for
 * the health check.
 */
public final class AutoInvoiceRuns {
  private static final Logger LOG = LoggerFactory.getLogger(AutoInvoiceRuns.class);

  /** How the last run ended: when, whether it failed entirely, and its one-line summary. */
  public record LastRun(Instant finishedAt, boolean failedEntirely, String line) {
    public LastRun {
      Objects.requireNonNull(finishedAt, "finishedAt");
      Objects.requireNonNull(line, "line");
    }
  }

  private final RunAutoInvoicingUseCase useCase;
  private final Clock clock;
  private final Instant since;
  private final Meter runs;
  private final Meter created;
  private final Meter skippedZero;
  private final Meter failures;
  private final Timer duration;
  private final AtomicReference<LastRun> last = new AtomicReference<>();

  public AutoInvoiceRuns(RunAutoInvoicingUseCase useCase, MetricRegistry metrics, Clock clock) {
    this.useCase = Objects.requireNonNull(useCase, "useCase");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.since = clock.instant();
    this.runs = metrics.meter("autoinvoice.auto.runs");
    this.created = metrics.meter("autoinvoice.auto.invoices-created");
    this.skippedZero = metrics.meter("autoinvoice.auto.skipped-zero");
    this.failures = metrics.meter("autoinvoice.auto.failures");
    this.duration = metrics.timer("autoinvoice.auto.run-duration");
  }

  /**
   * One run. A run that throws counts as one failure and is remembered as failed entirely; the
   * exception goes on to the caller.
   */
  public AutoInvoiceRunSummary run(AutoInvoiceRunCommand command) {
    runs.mark();
    try (Timer.Context ignored = duration.time()) {
      AutoInvoiceRunSummary summary = useCase.run(command);
      created.mark(summary.invoicesCreated());
      skippedZero.mark(summary.skippedZeroTraffic());
      failures.mark(summary.failed());
      boolean allFailed = summary.failed() > 0 && summary.failed() >= summary.clientsExamined();
      last.set(new LastRun(clock.instant(), allFailed, summary.line()));
      if (summary.failed() > 0) {
        LOG.warn("auto-invoicing {}", summary);
      } else {
        LOG.info("auto-invoicing {}", summary);
      }
      return summary;
    } catch (RuntimeException e) {
      failures.mark();
      last.set(new LastRun(clock.instant(), true, "the run failed: " + oneLine(e)));
      LOG.error("auto-invoicing run failed: {}", e.toString(), e);
      throw e;
    }
  }

  /** How the last run ended; empty before the first one. */
  public Optional<LastRun> lastRun() {
    return Optional.ofNullable(last.get());
  }

  /** When this service started counting runs (its start-up). */
  public Instant since() {
    return since;
  }

  Clock clock() {
    return clock;
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.replaceAll("\\s+", " ").strip();
  }
}
