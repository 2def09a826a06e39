package org.autoinvoice.bootstrap.scheduling;

import com.codahale.metrics.health.HealthCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code auto-invoicing} health check: unhealthy when the last run failed entirely (every
 * client it examined failed, or the run itself threw), or, while the scheduler is enabled, when no
 * run has finished within {@link #MAX_SILENCE} (counted from start-up until the first run).
 */
public final class AutoInvoicingHealthCheck extends HealthCheck {
  /** How long the scheduler may go without finishing a run. */
  public static final Duration MAX_SILENCE = Duration.ofHours(2);

  private final AutoInvoiceRuns runs;
  private final boolean schedulerEnabled;

  public AutoInvoicingHealthCheck(AutoInvoiceRuns runs, boolean schedulerEnabled) {
    this.runs = runs;
    this.schedulerEnabled = schedulerEnabled;
  }

  @Override
  protected Result check() {
    Optional<AutoInvoiceRuns.LastRun> last = runs.lastRun();
    if (last.isPresent() && last.get().failedEntirely()) {
      return Result.unhealthy(
          "the last auto-invoicing run (finished "
              + last.get().finishedAt()
              + ") failed: "
              + last.get().line());
    }
    if (schedulerEnabled) {
      Instant reference = last.map(AutoInvoiceRuns.LastRun::finishedAt).orElse(runs.since());
      Instant now = runs.clock().instant();
      if (Duration.between(reference, now).compareTo(MAX_SILENCE) > 0) {
        return Result.unhealthy(
            last.isPresent()
                ? "no auto-invoicing run finished since " + reference + " (over 2 hours)"
                : "no auto-invoicing run finished since start-up at "
                    + reference
                    + " (over 2 hours)");
      }
    }
    return last.map(l -> Result.healthy("last run finished " + l.finishedAt() + ": " + l.line()))
        .orElseGet(
            () ->
                Result.healthy(
                    schedulerEnabled ? "no run finished yet" : "scheduler disabled; no run yet"));
  }
}
