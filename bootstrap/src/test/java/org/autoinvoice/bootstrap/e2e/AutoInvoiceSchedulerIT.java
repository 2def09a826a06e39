package org.autoinvoice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.testing.DropwizardTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.service.AutoInvoiceService;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;
import org.autoinvoice.bootstrap.scheduling.AutoInvoiceScheduler;
import org.autoinvoice.bootstrap.scheduling.AutoInvoicingWiring;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two service instances with the scheduler on one DNL database, started at the same moment (their
 * start-up runs race), in memory and clustered: never a second invoice for a period (rule A4).
 */
class AutoInvoiceSchedulerIT {

  @ParameterizedTest(name = "clustered = {0}")
  @ValueSource(strings = {"0", "1"})
  void twoInstancesStartingTogetherNeverDuplicateAnInvoice(String clustered) throws Exception {
    Path work = Files.createTempDirectory("autoinvoice-scheduler-it");
    DemoDatabase db = new DemoDatabase(work.resolve("pg"));
    List<DropwizardTestSupport<AutoInvoiceConfiguration>> apps =
        List.of(
            ServiceOnDemoDatabase.app(
                db, work.resolve("a"), DemoDatabase.DEMO_CLOCK, "1", clustered),
            ServiceOnDemoDatabase.app(
                db, work.resolve("b"), DemoDatabase.DEMO_CLOCK, "1", clustered));
    ExecutorService starter = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<?>> started = new ArrayList<>();
      for (DropwizardTestSupport<AutoInvoiceConfiguration> app : apps) {
        started.add(
            starter.submit(
                (Callable<Void>)
                    () -> {
                      together.await();
                      app.before();
                      return null;
                    }));
      }
      for (Future<?> f : started) {
        f.get(120, TimeUnit.SECONDS);
      }
      assertThat(Thread.getAllStackTraces().keySet())
          .anyMatch(t -> t.getName().startsWith(AutoInvoiceScheduler.THREAD_PREFIX));
      // both start-up triggers fire; clustered, either instance may fire either of them
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (apps.stream().mapToLong(AutoInvoiceSchedulerIT::runs).sum() < 2
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(apps.stream().mapToLong(AutoInvoiceSchedulerIT::runs).sum())
          .isGreaterThanOrEqualTo(2);
      if (clustered.equals("0")) {
        assertThat(apps).allMatch(a -> runs(a) >= 1);
      }

      long created = apps.stream().mapToLong(AutoInvoiceSchedulerIT::created).sum();
      assertThat(created).isPositive();
      assertThat(db.count("SELECT count(*) FROM invoice WHERE create_type = 0")).isEqualTo(created);
      assertThat(AutoInvoiceHarness.duplicates(db)).isZero();
      assertThat(db.count("SELECT count(*) FROM invoice_log")).isGreaterThanOrEqualTo(2);
      // the job ran on the service's clock (the demo day), not Quartz's wall clock: client 3
      // (weekly on Monday, +02:00, hour 6) got the week before Monday 2026-01-19
      assertThat(AutoInvoiceHarness.autoInvoices(db, 3, 0))
          .extracting(AutoInvoiceHarness.Stored::end)
          .containsExactly(Instant.parse("2026-01-18T21:59:59Z"));
      for (DropwizardTestSupport<AutoInvoiceConfiguration> app : apps) {
        var health =
            app.getEnvironment().healthChecks().runHealthCheck(AutoInvoicingWiring.HEALTH_CHECK);
        assertThat(health.isHealthy()).as(health.getMessage()).isTrue();
        if (runs(app) > 0) {
          assertThat(health.getMessage()).startsWith("last run finished");
        }
      }
      if (clustered.equals("1")) {
        assertClusteredJobStore(db);
      } else {
        assertThat(
                db.count(
                    "SELECT count(*) FROM information_schema.schemata"
                        + " WHERE schema_name = 'autoinvoice_quartz'"))
            .isZero();
      }
    } finally {
      starter.shutdownNow();
      for (DropwizardTestSupport<AutoInvoiceConfiguration> app : apps) {
        app.after();
      }
    }
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.isAlive() && t.getName().startsWith(AutoInvoiceScheduler.THREAD_PREFIX));
    twoServicesRacingOnLaterPeriodsNeverDuplicate(db, work);
    db.stop();
  }

  private static void assertClusteredJobStore(DemoDatabase db) {
    assertThat(
            db.count(
                "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'autoinvoice_quartz' AND table_name LIKE 'qrtz_%'"))
        .isEqualTo(11);
    assertThat(
            db.count(
                "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema <> 'autoinvoice_quartz' AND table_name LIKE 'qrtz%'"))
        .isZero();
    // each instance checks in on its own period (clusterCheckinInterval): wait for both rows
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (db.count("SELECT count(*) FROM autoinvoice_quartz.qrtz_scheduler_state") < 2
        && System.nanoTime() < deadline) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertThat(db.count("SELECT count(*) FROM autoinvoice_quartz.qrtz_scheduler_state"))
        .isEqualTo(2);
    assertThat(
            db.count(
                "SELECT count(*) FROM autoinvoice_quartz.qrtz_cron_triggers"
                    + " WHERE cron_expression = ? AND time_zone_id = 'UTC'",
                AutoInvoiceScheduler.HOURLY))
        .isEqualTo(1);
    // CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW, set by
    // withMisfireHandlingInstructionFireAndProceed
    assertThat(
            db.count(
                "SELECT count(*) FROM autoinvoice_quartz.qrtz_triggers"
                    + " WHERE trigger_type = 'CRON' AND misfire_instr = 1"))
        .isEqualTo(1);
  }

  /** Two services (two pools) run at the same instant, a month later: each period once. */
  private static void twoServicesRacingOnLaterPeriodsNeverDuplicate(DemoDatabase db, Path work)
      throws Exception {
    long before = db.count("SELECT count(*) FROM invoice WHERE create_type = 0");
    SteppingClock clock = new SteppingClock(Instant.parse("2026-02-20T06:00:00Z"));
    ManagedDataSource poolA = db.pool("a");
    ManagedDataSource poolB = db.pool("b");
    try {
      AutoInvoiceService a = AutoInvoiceHarness.service(poolA, work.resolve("a"), clock, 2);
      AutoInvoiceService b = AutoInvoiceHarness.service(poolB, work.resolve("b"), clock, 2);
      CyclicBarrier together = new CyclicBarrier(2);
      ExecutorService both = Executors.newFixedThreadPool(2);
      try {
        Future<AutoInvoiceRunSummary> ra =
            both.submit(
                () -> {
                  together.await();
                  return a.run(AutoInvoiceRunCommand.now());
                });
        Future<AutoInvoiceRunSummary> rb =
            both.submit(
                () -> {
                  together.await();
                  return b.run(AutoInvoiceRunCommand.now());
                });
        AutoInvoiceRunSummary sa = ra.get(120, TimeUnit.SECONDS);
        AutoInvoiceRunSummary sb = rb.get(120, TimeUnit.SECONDS);
        assertThat(sa.failures()).isEmpty();
        assertThat(sb.failures()).isEmpty();
        long created = sa.invoicesCreated() + sb.invoicesCreated();
        assertThat(created).isPositive();
        assertThat(db.count("SELECT count(*) FROM invoice WHERE create_type = 0"))
            .isEqualTo(before + created);
        assertThat(AutoInvoiceHarness.duplicates(db)).isZero();
      } finally {
        both.shutdownNow();
      }
    } finally {
      poolA.stop();
      poolB.stop();
    }
  }

  /** Finished runs (the duration timer counts a run when it ends, failed or not). */
  private static long runs(DropwizardTestSupport<AutoInvoiceConfiguration> app) {
    return app.getEnvironment().metrics().timer("autoinvoice.auto.run-duration").getCount();
  }

  private static long created(DropwizardTestSupport<AutoInvoiceConfiguration> app) {
    return app.getEnvironment().metrics().meter("autoinvoice.auto.invoices-created").getCount();
  }
}
