package org.autoinvoice.bootstrap.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary.Failure;
import org.autoinvoice.domain.client.ClientId;
import org.junit.jupiter.api.Test;

class AutoInvoicingHealthCheckTest {
  private final MovableClock clock = new MovableClock(Instant.parse("2026-01-20T06:00:00Z"));
  private final Deque<Supplier<AutoInvoiceRunSummary>> outcomes = new ArrayDeque<>();
  private final MetricRegistry metrics = new MetricRegistry();
  private final AutoInvoiceRuns runs =
      new AutoInvoiceRuns(command -> outcomes.pop().get(), metrics, clock);

  private static AutoInvoiceRunSummary summary(int examined, int created, int failed) {
    List<Failure> failures =
        java.util.stream.IntStream.rangeClosed(1, failed)
            .mapToObj(i -> new Failure(new ClientId(i), "bad data"))
            .toList();
    return new AutoInvoiceRunSummary(1, examined, created, 0, 0, failures);
  }

  private Result check(boolean enabled) {
    return new AutoInvoicingHealthCheck(runs, enabled).execute();
  }

  @Test
  void healthyAtStartUpAndAfterARunWithSomeFailures() {
    assertThat(check(true).isHealthy()).isTrue();
    outcomes.add(() -> summary(3, 1, 2));
    runs.run(AutoInvoiceRunCommand.now());
    assertThat(check(true).isHealthy()).isTrue();
    assertThat(metrics.meter("autoinvoice.auto.failures").getCount()).isEqualTo(2);
    assertThat(metrics.meter("autoinvoice.auto.invoices-created").getCount()).isEqualTo(1);
  }

  @Test
  void unhealthyWhenEveryClientFailedOrTheRunThrew() {
    outcomes.add(() -> summary(2, 0, 2));
    runs.run(AutoInvoiceRunCommand.now());
    Result allFailed = check(false);
    assertThat(allFailed.isHealthy()).isFalse();
    assertThat(allFailed.getMessage()).contains("2 failed");

    outcomes.add(
        () -> {
          throw new IllegalStateException("database down");
        });
    assertThatThrownBy(() -> runs.run(AutoInvoiceRunCommand.now())).hasMessage("database down");
    assertThat(check(false).getMessage()).contains("database down");
    assertThat(metrics.timer("autoinvoice.auto.run-duration").getCount()).isEqualTo(2);

    outcomes.add(() -> summary(2, 2, 0));
    runs.run(AutoInvoiceRunCommand.now());
    assertThat(check(false).isHealthy()).isTrue();
  }

  @Test
  void anEmptyRunIsNotAFailure() {
    outcomes.add(() -> summary(0, 0, 0));
    runs.run(AutoInvoiceRunCommand.now());
    assertThat(check(true).isHealthy()).isTrue();
  }

  @Test
  void unhealthyAfterTwoHoursWithoutAFinishedRunOnlyWhileTheSchedulerIsEnabled() {
    clock.advance(Duration.ofHours(2));
    assertThat(check(true).isHealthy()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(check(true).isHealthy()).isFalse();
    assertThat(check(true).getMessage()).contains("since start-up");
    assertThat(check(false).isHealthy()).isTrue();

    outcomes.add(() -> summary(1, 1, 0));
    runs.run(AutoInvoiceRunCommand.now());
    assertThat(check(true).isHealthy()).isTrue();
    clock.advance(Duration.ofHours(2).plusMinutes(1));
    assertThat(check(true).isHealthy()).isFalse();
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
