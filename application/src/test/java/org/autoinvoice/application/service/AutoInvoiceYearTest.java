package org.autoinvoice.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.autoinvoice.application.service.AutoInvoiceWorld.client;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.cycle.PaymentTerm;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A simulated year of hourly runs (2024-01-01 00:00 to 2025-01-01 00:00 UTC, both included) for a
 * client of each payment-term type that starts invoicing on 2024-01-01: the exact invoices, their
 * boundaries as the rule of each type states them (counted independently of the domain's cycle
 * classes), no gap and no overlap.
 */
class AutoInvoiceYearTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST_BOUNDARY_CANDIDATE = LocalDate.of(2025, 1, 1);

  static Stream<Arguments> terms() {
    return Stream.of(
        // every 10 days from 2024-01-01: day 10, 20, ..., 360 of the year -> 36
        Arguments.of(
            AutoInvoiceWorld.everyNDays(10),
            36,
            (Predicate<LocalDate>) d -> ChronoUnit.DAYS.between(START, d) % 10 == 0),
        // day 31 of each month, clamped to the month's last day -> 12 (Jan 31 ... Dec 31)
        Arguments.of(
            AutoInvoiceWorld.monthlyOnDay(31),
            12,
            (Predicate<LocalDate>) d -> d.getDayOfMonth() == d.lengthOfMonth()),
        // Mondays (weekday 1): 2024 has 53 Mondays, the first one is the start itself -> 52
        Arguments.of(
            AutoInvoiceWorld.weeklyOn(1),
            52,
            (Predicate<LocalDate>) d -> d.getDayOfWeek() == DayOfWeek.MONDAY),
        // the 1st and 15th: 2 x 12 minus 2024-01-01 plus 2025-01-01 -> 24
        Arguments.of(
            AutoInvoiceWorld.monthlyOnDays("1,15"),
            24,
            (Predicate<LocalDate>) d -> d.getDayOfMonth() == 1 || d.getDayOfMonth() == 15),
        // the 1st and the 16th: Jan 16, then two a month, then 2025-01-01 -> 24
        Arguments.of(
            AutoInvoiceWorld.semiMonthly(),
            24,
            (Predicate<LocalDate>) d -> d.getDayOfMonth() == 1 || d.getDayOfMonth() == 16));
  }

  @ParameterizedTest(name = "payment term type {0}")
  @MethodSource("terms")
  void aYearOfHourlyRunsMakesOneInvoicePerCycleWithoutGapOrOverlap(
      PaymentTerm term, int expected, Predicate<LocalDate> isBoundary) {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-01T00:00:00Z");
    world.put(client(1, term).build());

    List<AutoInvoiceRunSummary> runs = world.hourly("2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z");

    List<StoredInvoice> invoices = world.autoInvoices(1);
    assertThat(invoices).hasSize(expected);
    assertThat(runs.stream().mapToInt(AutoInvoiceRunSummary::invoicesCreated).sum())
        .isEqualTo(expected);
    assertThat(runs).allSatisfy(r -> assertThat(r.failures()).isEmpty());
    assertThat(runs).hasSize(366 * 24 + 1);

    List<LocalDate> boundaries = new ArrayList<>();
    for (LocalDate d = START.plusDays(1); !d.isAfter(LAST_BOUNDARY_CANDIDATE); d = d.plusDays(1)) {
      if (isBoundary.test(d)) {
        boundaries.add(d);
      }
    }
    assertThat(boundaries).hasSize(expected);

    LocalDateTime expectedStart = START.atStartOfDay();
    for (int i = 0; i < invoices.size(); i++) {
      StoredInvoice inv = invoices.get(i);
      LocalDate boundary = boundaries.get(i);
      assertThat(inv.type()).isEqualTo(InvoiceType.CLIENT);
      assertThat(inv.period().start()).as("start of invoice %d", i).isEqualTo(expectedStart);
      assertThat(inv.period().endInclusive())
          .as("end of invoice %d", i)
          .isEqualTo(boundary.atStartOfDay().minusSeconds(1));
      assertThat(inv.invoiceDate()).isEqualTo(boundary);
      assertThat(inv.dueDate()).isEqualTo(boundary.plusDays(term.graceDays()));
      expectedStart = boundary.atStartOfDay();
    }
    // each invoice was made by the first run at or after its boundary (hour 0)
    assertThat(world.history(1)).hasSize(expected);
  }
}
