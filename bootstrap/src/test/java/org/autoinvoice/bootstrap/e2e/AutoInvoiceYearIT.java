package org.autoinvoice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.service.AutoInvoiceService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every payment-term type over a simulated year of hourly runs (rules A2, A3, A4) on the real JDBI
 * adapters: the demo clients (one per term type), no traffic after the demo day and {@code
 * invoice_zero = false}, so every period gets an invoice. The expected periods are derived here
 * from the terms, independently of the schedule under test.
 */
class AutoInvoiceYearIT {
  private static final Instant T0 = Instant.parse("2026-01-20T00:00:00Z");
  private static final Instant END = T0.plus(Duration.ofDays(365));
  private static final LocalDate START_FROM = LocalDate.of(2026, 1, 20).minusDays(60);

  private static Path work;
  private static DemoDatabase db;
  private static io.dropwizard.db.ManagedDataSource pool;
  private static final List<AutoInvoiceRunSummary> SUMMARIES = new ArrayList<>();

  /** A demo client's term: zone, auto_invoice_hour, sides, and which local dates are boundaries. */
  record Term(
      int client, int hours, int hour, List<Integer> sides, Predicate<LocalDate> boundary) {}

  private static final List<Term> TERMS =
      List.of(
          new Term(1, -5, 2, List.of(0), d -> (d.toEpochDay() - START_FROM.toEpochDay()) % 7 == 0),
          new Term(2, 0, 0, List.of(0, 1), d -> d.getDayOfMonth() == 1),
          new Term(3, 2, 6, List.of(0), d -> d.getDayOfWeek() == DayOfWeek.MONDAY),
          new Term(
              4,
              3,
              1,
              List.of(1),
              d -> d.getDayOfMonth() == 1 || d.getDayOfMonth() == 10 || d.getDayOfMonth() == 20),
          new Term(5, 8, 8, List.of(0, 1), d -> d.getDayOfMonth() == 1 || d.getDayOfMonth() == 16),
          new Term(6, 0, 0, List.of(1), d -> d.getDayOfMonth() == d.lengthOfMonth()));

  @BeforeAll
  static void simulateAYear() throws IOException {
    work = Files.createTempDirectory("autoinvoice-year-it");
    db = new DemoDatabase(work.resolve("pg"));
    db.execute("UPDATE client SET invoice_zero = false");
    SteppingClock clock = new SteppingClock(T0);
    pool = db.pool("year");
    AutoInvoiceService service = AutoInvoiceHarness.service(pool, work, clock, 1);
    for (Instant t = T0; !t.isAfter(END); t = t.plus(Duration.ofHours(1))) {
      clock.set(t);
      SUMMARIES.add(service.run(AutoInvoiceRunCommand.now()));
    }
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    pool.stop();
    db.stop();
  }

  /** The boundaries at local midnight of {@code term} from before START_FROM to after END. */
  private static List<Instant> boundaries(Term term) {
    ZoneOffset zone = ZoneOffset.ofHours(term.hours());
    List<Instant> result = new ArrayList<>();
    for (LocalDate d = START_FROM.minusDays(40);
        d.isBefore(LocalDate.of(2027, 3, 1));
        d = d.plusDays(1)) {
      if (term.boundary().test(d)) {
        result.add(d.atStartOfDay(zone).toInstant());
      }
    }
    return result;
  }

  /**
   * Index of the latest boundary whose invoice is due at {@code now} and starts after START_FROM.
   */
  private static int latestDue(Term term, List<Instant> b, Instant now) {
    Instant startFrom = START_FROM.atStartOfDay(ZoneOffset.ofHours(term.hours())).toInstant();
    int latest = -1;
    for (int i = 1; i < b.size(); i++) {
      if (!b.get(i).plus(Duration.ofHours(term.hour())).isAfter(now)
          && !b.get(i - 1).isBefore(startFrom)) {
        latest = i;
      }
    }
    return latest;
  }

  @Test
  void eachTermTypeGetsExactlyItsContiguousPeriodsFromTheLatestDueOneOnward() {
    assertThat(SUMMARIES).hasSize(365 * 24 + 1);
    assertThat(SUMMARIES).allMatch(s -> s.failures().isEmpty());
    assertThat(db.count("SELECT count(*) FROM invoice_log")).isEqualTo(SUMMARIES.size());
    int expectedTotal = 0;
    for (Term term : TERMS) {
      List<Instant> b = boundaries(term);
      int first = latestDue(term, b, T0);
      int last = latestDue(term, b, END);
      List<AutoInvoiceHarness.Stored> expected = new ArrayList<>();
      for (int side : term.sides()) {
        expected.clear();
        for (int i = first; i <= last; i++) {
          expected.add(new AutoInvoiceHarness.Stored(side, b.get(i - 1), b.get(i).minusSeconds(1)));
        }
        List<AutoInvoiceHarness.Stored> stored =
            AutoInvoiceHarness.autoInvoices(db, term.client(), side);
        assertThat(stored).as("client %d side %d", term.client(), side).isEqualTo(expected);
        for (int i = 1; i < stored.size(); i++) {
          assertThat(stored.get(i).start()).isEqualTo(stored.get(i - 1).end().plusSeconds(1));
        }
        expectedTotal += expected.size();
      }
    }
    assertThat(db.count("SELECT count(*) FROM invoice WHERE create_type = 0"))
        .isEqualTo(expectedTotal);
    assertThat(SUMMARIES.stream().mapToInt(AutoInvoiceRunSummary::invoicesCreated).sum())
        .isEqualTo(expectedTotal);
    assertThat(AutoInvoiceHarness.duplicates(db)).isZero();
  }

  @Test
  void aYearHoldsTheNumberOfPeriodsEachTermTypePromises() {
    // sanity of the independent derivation: 52 or 53 weekly, 12 monthly, 24 twice-monthly, 36
    assertThat(count(1, 0)).isBetween(52, 53);
    assertThat(count(2, 0)).isBetween(12, 13);
    assertThat(count(2, 1)).isEqualTo(count(2, 0));
    assertThat(count(3, 0)).isBetween(52, 53);
    assertThat(count(4, 1)).isBetween(36, 37);
    assertThat(count(5, 0)).isBetween(24, 25);
    assertThat(count(6, 1)).isBetween(12, 13);
  }

  private static int count(int client, int side) {
    return AutoInvoiceHarness.autoInvoices(db, client, side).size();
  }
}
