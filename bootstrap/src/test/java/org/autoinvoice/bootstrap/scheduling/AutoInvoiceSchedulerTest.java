package org.autoinvoice.bootstrap.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Trigger;

/** The in-memory Quartz scheduler: start-up run, the hourly trigger, and a stop that waits. */
class AutoInvoiceSchedulerTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-20T06:00:00Z"), ZoneOffset.UTC);

  @Test
  void runsOnceAtStartUpAndSchedulesEveryHourOnTheHourInUtcFiringOnceAfterAMisfire()
      throws Exception {
    List<AutoInvoiceRunCommand> commands = new CopyOnWriteArrayList<>();
    CountDownLatch ran = new CountDownLatch(1);
    AutoInvoiceRuns runs =
        new AutoInvoiceRuns(
            command -> {
              commands.add(command);
              ran.countDown();
              return new AutoInvoiceRunSummary(1, 0, 0, 0, 0, List.of());
            },
            new MetricRegistry(),
            clock);
    AutoInvoiceScheduler scheduler = new AutoInvoiceScheduler(runs, false, null);
    scheduler.start();
    try {
      assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(commands).containsExactly(AutoInvoiceRunCommand.now());
      Trigger hourly = scheduler.quartz().getTrigger(AutoInvoiceScheduler.HOURLY_TRIGGER);
      assertThat(hourly).isInstanceOf(CronTrigger.class);
      CronTrigger cron = (CronTrigger) hourly;
      assertThat(cron.getCronExpression()).isEqualTo("0 0 * * * ?");
      assertThat(cron.getTimeZone().getID()).isEqualTo("UTC");
      assertThat(cron.getMisfireInstruction())
          .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
      assertThat(cron.getJobKey()).isEqualTo(AutoInvoiceScheduler.JOB);
    } finally {
      scheduler.stop();
    }
    assertThat(scheduler.quartz()).isNull();
  }

  @Test
  void stopWaitsForTheRunningJob() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    AutoInvoiceRuns runs =
        new AutoInvoiceRuns(
            command -> {
              started.countDown();
              try {
                Thread.sleep(700);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              finished.set(true);
              return new AutoInvoiceRunSummary(1, 0, 0, 0, 0, List.of());
            },
            new MetricRegistry(),
            clock);
    AutoInvoiceScheduler scheduler = new AutoInvoiceScheduler(runs, false, null);
    scheduler.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    scheduler.stop();

    assertThat(finished).isTrue();
    assertThat(runs.lastRun()).isPresent();
  }
}
