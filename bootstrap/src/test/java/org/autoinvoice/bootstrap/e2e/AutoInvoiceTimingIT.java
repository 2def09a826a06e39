package org.autoinvoice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.ManagedDataSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.service.AutoInvoiceService;
import org.autoinvoice.domain.client.ClientId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When auto invoices are made (rules A3–A5) on the real database: the first run over history,
 * {@code auto_invoice_hour} in −05:00 and +08:00, {@code auto_invoice_type} 2, downtime, and zero
 * traffic with {@code invoice_zero} true (remembered in {@code invoice_history}) and false. Each
 * test works on its own demo client, with its own clock.
 */
class AutoInvoiceTimingIT {
  private static Path work;
  private static DemoDatabase db;
  private static ManagedDataSource pool;

  @BeforeAll
  static void startDatabase() throws IOException {
    work = Files.createTempDirectory("autoinvoice-timing-it");
    db = new DemoDatabase(work.resolve("pg"));
    pool = db.pool("timing");
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    pool.stop();
    db.stop();
  }

  private static AutoInvoiceRunSummary runAt(int client, String instant) {
    SteppingClock clock = new SteppingClock(Instant.parse(instant));
    AutoInvoiceService service = AutoInvoiceHarness.service(pool, work, clock, 2);
    return service.run(
        new AutoInvoiceRunCommand(Optional.empty(), Optional.of(new ClientId(client))));
  }

  private static Instant local(String date, int offsetHours) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.ofHours(offsetHours)).toInstant();
  }

  private static AutoInvoiceHarness.Stored period(int side, String from, String to, int hours) {
    return new AutoInvoiceHarness.Stored(
        side, local(from, hours), local(to, hours).minusSeconds(1));
  }

  @Test
  void minusFiveHoursFirstRunTakesOnlyTheLatestPeriodAndTheNextWaitsForTheInvoiceHour() {
    // client 1 "Alpha": every 7 days from 2025-11-21 (boundaries ... 01-09, 01-16, 01-23),
    // -05:00, auto_invoice_hour 2: the 01-23 boundary is due at 01-23 02:00 local = 07:00Z
    AutoInvoiceRunSummary first = runAt(1, "2026-01-23T06:59:59Z");

    assertThat(first.invoicesCreated()).isEqualTo(1);
    assertThat(AutoInvoiceHarness.autoInvoices(db, 1, 0))
        .containsExactly(period(0, "2026-01-09", "2026-01-16", -5));

    AutoInvoiceRunSummary onTheHour = runAt(1, "2026-01-23T07:00:00Z");

    assertThat(onTheHour.invoicesCreated()).isEqualTo(1);
    assertThat(AutoInvoiceHarness.autoInvoices(db, 1, 0))
        .containsExactly(
            period(0, "2026-01-09", "2026-01-16", -5), period(0, "2026-01-16", "2026-01-23", -5));
  }

  @Test
  void plusEightHoursTypeTwoMakesBothSidesOnceTheLocalHourIsReached() {
    // client 5 "Echo": 1st and 16th, +08:00, auto_invoice_hour 8, auto_invoice_type 2:
    // the 02-01 boundary (01-31T16:00Z) is due at 02-01 08:00 local = 02-01T00:00Z
    AutoInvoiceRunSummary first = runAt(5, "2026-01-20T00:00:00Z");
    AutoInvoiceRunSummary early = runAt(5, "2026-01-31T23:59:59Z");
    AutoInvoiceRunSummary due = runAt(5, "2026-02-01T00:00:00Z");

    assertThat(first.invoicesCreated()).isEqualTo(2);
    assertThat(early.invoicesCreated()).isZero();
    assertThat(early.alreadyDone()).isEqualTo(2);
    assertThat(due.invoicesCreated()).isEqualTo(2);
    for (int side : List.of(0, 1)) {
      assertThat(AutoInvoiceHarness.autoInvoices(db, 5, side))
          .containsExactly(
              period(side, "2026-01-01", "2026-01-16", 8),
              period(side, "2026-01-16", "2026-02-01", 8));
    }
    assertThat(db.count("SELECT count(*) FROM invoice_history WHERE client_id = 5")).isEqualTo(4);
  }

  @Test
  void afterDowntimeEachMissedPeriodIsMadeInOrderAndZeroTrafficIsInvoicedWhenAsked() {
    // client 3 "Charlie": weekly on Monday, +02:00, auto_invoice_hour 6, invoice_zero false;
    // no traffic after 2026-01-19
    runAt(3, "2026-01-20T00:00:00Z");
    AutoInvoiceRunSummary back = runAt(3, "2026-02-03T00:00:00Z");

    assertThat(back.invoicesCreated()).isEqualTo(2);
    assertThat(AutoInvoiceHarness.autoInvoices(db, 3, 0))
        .containsExactly(
            period(0, "2026-01-12", "2026-01-19", 2),
            period(0, "2026-01-19", "2026-01-26", 2),
            period(0, "2026-01-26", "2026-02-02", 2));
    List<Map<String, Object>> rows = db.invoicesOf(3);
    assertThat((BigDecimal) rows.get(2).get("total_amount")).isEqualByComparingTo("0");
  }

  @Test
  void zeroTrafficIsSkippedRememberedInTheHistoryAndNotRetried() {
    // client 2 "Bravo": monthly on the 1st, +00:00, auto_invoice_type 2, invoice_zero true;
    // January has traffic (to 01-19), February none
    runAt(2, "2026-02-01T00:00:00Z");
    assertThat(AutoInvoiceHarness.autoInvoices(db, 2, 0)).hasSize(1);
    long invoices = db.invoicesOf(2).size();

    AutoInvoiceRunSummary skipped = runAt(2, "2026-03-01T00:00:00Z");
    AutoInvoiceRunSummary again = runAt(2, "2026-03-01T05:00:00Z");

    assertThat(skipped.skippedZeroTraffic()).isEqualTo(2);
    assertThat(skipped.invoicesCreated()).isZero();
    assertThat(again.skippedZeroTraffic()).isZero();
    assertThat(again.invoicesCreated()).isZero();
    assertThat(again.alreadyDone()).isEqualTo(2);
    assertThat(db.invoicesOf(2)).hasSize((int) invoices);
    assertThat(
            db.count(
                "SELECT count(*) FROM invoice_history WHERE client_id = 2"
                    + " AND invoice_filename IS NULL"))
        .isEqualTo(2);

    AutoInvoiceRunSummary march = runAt(2, "2026-04-01T00:00:00Z");

    assertThat(march.skippedZeroTraffic()).isEqualTo(2);
    assertThat(db.invoicesOf(2)).hasSize((int) invoices);
  }
}
