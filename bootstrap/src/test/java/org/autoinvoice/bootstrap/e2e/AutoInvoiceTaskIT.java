package org.autoinvoice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;
import org.autoinvoice.bootstrap.scheduling.AutoInvoiceScheduler;
import org.autoinvoice.bootstrap.scheduling.AutoInvoicingWiring;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin task {@code POST /tasks/auto-invoice} end to end (rule A6) on the demo database, the
 * service's clock at the demo day, with {@code [scheduler] enabled = 0}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoInvoiceTaskIT {
  private static final Path WORK = tempDir();
  private static final DemoDatabase DB = new DemoDatabase(WORK.resolve("pg"));
  private static final LocalDate DEMO_DAY = LocalDate.of(2026, 1, 20);

  /** The demo clients' {@code invoice_start_from}. */
  private static final LocalDate START_FROM = DEMO_DAY.minusDays(60);

  static final DropwizardAppExtension<AutoInvoiceConfiguration> APP =
      new DropwizardAppExtension<>(
          ServiceOnDemoDatabase.app(DB, WORK, DemoDatabase.DEMO_CLOCK, "0", "0"));

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("autoinvoice-task-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopDatabase() {
    DB.stop();
  }

  private static HttpResponse<String> task(Map<String, String> form) throws Exception {
    return Forms.urlencoded("http://127.0.0.1:" + APP.getAdminPort() + "/tasks/auto-invoice", form);
  }

  private static long runs() {
    return DB.count("SELECT count(*) FROM invoice_log");
  }

  @Test
  @Order(1)
  void oneClientAsOfAPastDateGetsTheLatestDuePeriodInItsZoneOnce() throws Exception {
    long runsBefore = runs();

    HttpResponse<String> response = task(Map.of("date", "2026-01-19", "client_id", "1"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body().strip())
        .isEqualTo(
            "examined 1 client: 1 invoice created, 0 skipped (zero traffic), 0 already done,"
                + " 0 failed");
    assertThat(runs()).isEqualTo(runsBefore + 1);
    // client 1 "Alpha": every 7 days from invoice_start_from, in -05:00
    LocalDate end = START_FROM;
    while (!end.plusDays(7).isAfter(LocalDate.of(2026, 1, 19))) {
      end = end.plusDays(7);
    }
    ZoneOffset zone = ZoneOffset.ofHours(-5);
    List<Map<String, Object>> rows = DB.invoicesOf(1);
    assertThat(rows).hasSize(1);
    Map<String, Object> row = rows.get(0);
    assertThat(row.get("create_type")).isEqualTo(0);
    assertThat(row.get("type")).isEqualTo(0);
    assertThat(row.get("invoice_zone")).isEqualTo("-05:00");
    assertThat(AutoInvoiceHarness.instant(row.get("invoice_start")))
        .isEqualTo(end.minusDays(7).atStartOfDay(zone).toInstant());
    assertThat(AutoInvoiceHarness.instant(row.get("invoice_end")))
        .isEqualTo(end.atStartOfDay(zone).toInstant().minusSeconds(1));
    assertThat(row.get("due_date").toString()).isEqualTo(end.plusDays(3).toString());
    assertThat(row.get("invoice_log_id")).isNotNull();
    assertThat(
            DB.count(
                "SELECT count(*) FROM invoice_history WHERE client_id = 1"
                    + " AND invoice_filename IS NOT NULL"))
        .isEqualTo(1);
    assertThat(DB.count("SELECT count(*) FROM invoice WHERE client_id <> 1")).isZero();
    // Alpha has "Auto Send Invoice" on: its e-mail is queued in the service's outbox
    assertThat(
            DB.count(
                "SELECT count(*) FROM autoinvoice.email_outbox WHERE invoice_number = ?",
                row.get("invoice_number")))
        .isEqualTo(1);

    HttpResponse<String> again = task(Map.of("date", "2026-01-19", "client_id", "1"));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body())
        .contains("examined 1 client: 0 invoices created")
        .contains("1 already done");
    assertThat(DB.invoicesOf(1)).hasSize(1);
    assertThat(runs()).isEqualTo(runsBefore + 2);
  }

  @Test
  @Order(2)
  void everyClientAsOfAnOlderDateMakesEachSidesLatestPeriodAndNothingTwice() throws Exception {
    long runsBefore = runs();

    HttpResponse<String> response = task(Map.of("date", "2026-01-05"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).startsWith("examined 6 clients:").contains(" 0 failed");
    assertThat(runs()).isEqualTo(runsBefore + 1);
    // client 3 "Charlie": weekly on Monday in +02:00; 2026-01-05 is itself a boundary
    LocalDate monday =
        LocalDate.of(2026, 1, 5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    ZoneOffset plus2 = ZoneOffset.ofHours(2);
    assertThat(AutoInvoiceHarness.autoInvoices(DB, 3, 0))
        .containsExactly(
            new AutoInvoiceHarness.Stored(
                0,
                monday.minusDays(7).atStartOfDay(plus2).toInstant(),
                monday.atStartOfDay(plus2).toInstant().minusSeconds(1)));
    // client 2 "Bravo": auto_invoice_type 2, monthly on the 1st in +00:00 -> December, both sides
    AutoInvoiceHarness.Stored december =
        new AutoInvoiceHarness.Stored(
            0,
            LocalDate.of(2025, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
    assertThat(AutoInvoiceHarness.autoInvoices(DB, 2, 0)).containsExactly(december);
    assertThat(AutoInvoiceHarness.autoInvoices(DB, 2, 1))
        .containsExactly(new AutoInvoiceHarness.Stored(1, december.start(), december.end()));
    // client 1 was invoiced up to a later period by the first test: nothing new
    assertThat(DB.invoicesOf(1)).hasSize(1);
    long created = DB.count("SELECT count(*) FROM invoice WHERE create_type = 0");

    HttpResponse<String> again = task(Map.of("date", "2026-01-05"));

    assertThat(again.body()).contains(" 0 invoices created");
    assertThat(DB.count("SELECT count(*) FROM invoice WHERE create_type = 0")).isEqualTo(created);
    assertThat(AutoInvoiceHarness.duplicates(DB)).isZero();
  }

  @Test
  @Order(3)
  void badParametersAreRefusedWith400AndOneLineNamingTheParameter() throws Exception {
    long runsBefore = runs();

    HttpResponse<String> badDate = task(Map.of("date", "2026-02-30"));
    HttpResponse<String> badClient = task(Map.of("client_id", "abc"));

    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body().strip())
        .isEqualTo("date: expected a date as yyyy-MM-dd, got '2026-02-30'");
    assertThat(badClient.statusCode()).isEqualTo(400);
    assertThat(badClient.body().strip())
        .isEqualTo("client_id: expected a whole number >= 1, got 'abc'");
    assertThat(runs()).isEqualTo(runsBefore);
  }

  @Test
  @Order(4)
  void withTheSchedulerDisabledThereIsNoQuartzThreadAndTheHealthCheckIsHealthy() throws Exception {
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().startsWith(AutoInvoiceScheduler.THREAD_PREFIX))
        .noneMatch(t -> t.getName().contains("QuartzScheduler"));
    var result =
        APP.getEnvironment().healthChecks().runHealthCheck(AutoInvoicingWiring.HEALTH_CHECK);
    assertThat(result.isHealthy()).as(result.getMessage()).isTrue();
    HttpResponse<byte[]> health =
        Forms.get("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck");
    assertThat(new String(health.body())).contains("\"auto-invoicing\"");
    assertThat(
            DB.count(
                "SELECT count(*) FROM information_schema.schemata"
                    + " WHERE schema_name = 'autoinvoice_quartz'"))
        .isZero();
  }
}
