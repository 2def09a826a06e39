package org.autoinvoice.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoInvoiceScheduleTest {
  private static final ZoneSpec MINUS_5 = ZoneSpec.parse("-05:00");
  private static final ZoneSpec PLUS_8 = ZoneSpec.parse("+08:00");
  private static final ZoneSpec NEW_YORK = ZoneSpec.parse("America/New_York");

  private static AutoInvoiceSchedule schedule(
      int type, int days, String moreDays, ZoneSpec zone, int hour, String startFrom, int grace) {
    return AutoInvoiceSchedule.of(
        new PaymentTerm(1, "t", type, days, moreDays, grace),
        zone,
        hour,
        startFrom == null ? null : LocalDate.parse(startFrom));
  }

  private static LocalDateTime t(String s) {
    return LocalDateTime.parse(s);
  }

  private static Instant at(String local, ZoneSpec zone) {
    return t(local).atZone(zone.zoneId()).toInstant();
  }

  @Test
  void dueAtExactlyBoundaryPlusHourNotASecondBefore() {
    AutoInvoiceSchedule s = schedule(2, 1, null, MINUS_5, 6, null, 0);
    Instant due = at("2024-03-01T06:00:00", MINUS_5);
    assertThat(due).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
    assertThat(s.dueAt(LocalDate.parse("2024-03-01"))).isEqualTo(due);

    List<DuePeriod> before = s.duePeriods(Optional.empty(), due.minusSeconds(1));
    assertThat(before)
        .singleElement()
        .extracting(DuePeriod::invoiceDate)
        .isEqualTo(LocalDate.parse("2024-02-01"));

    List<DuePeriod> atDue = s.duePeriods(Optional.empty(), due);
    assertThat(atDue).hasSize(1);
    DuePeriod p = atDue.get(0);
    assertThat(p.period())
        .isEqualTo(
            InvoicePeriod.ofDates(
                LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29"), MINUS_5));
    assertThat(p.invoiceDate()).isEqualTo(LocalDate.parse("2024-03-01"));

    Instant lastEnd = atDue.get(0).period().endInstantInclusive();
    assertThat(s.duePeriods(Optional.of(lastEnd), due.minusSeconds(1))).isEmpty();
    assertThat(s.duePeriods(Optional.of(lastEnd), due)).isEmpty();
    Instant lastEndBefore = before.get(0).period().endInstantInclusive();
    assertThat(s.duePeriods(Optional.of(lastEndBefore), due.minusSeconds(1))).isEmpty();
    assertThat(s.duePeriods(Optional.of(lastEndBefore), due)).containsExactly(p);
  }

  @ParameterizedTest(name = "{0}: due from {1} UTC")
  @CsvSource({
    "-05:00, 2024-03-01T05:00:00Z",
    "+08:00, 2024-02-29T16:00:00Z",
    "+00:00, 2024-03-01T00:00:00Z",
    "America/New_York, 2024-03-01T05:00:00Z",
    "America/New_York, 2024-07-01T04:00:00Z",
  })
  void hourZeroIsLocalMidnightOfTheBoundary(String zone, String dueUtc) {
    ZoneSpec z = ZoneSpec.parse(zone);
    AutoInvoiceSchedule s = schedule(2, 1, null, z, 0, null, 0);
    Instant due = Instant.parse(dueUtc);
    LocalDate boundary = LocalDate.ofInstant(due, z.zoneId());
    assertThat(s.latestDueBoundary(due)).isEqualTo(boundary);
    assertThat(s.latestDueBoundary(due.minusSeconds(1))).isEqualTo(boundary.minusMonths(1));
  }

  @Test
  void newYorkAcrossSpringForwardUsesLocalHour() {
    // Weekly on Monday; 2024-03-11 is the first Monday after the 2024-03-10 switch to EDT.
    AutoInvoiceSchedule s = schedule(3, 1, null, NEW_YORK, 2, null, 7);
    List<DuePeriod> due = s.duePeriods(Optional.empty(), Instant.parse("2024-03-11T06:00:00Z"));
    assertThat(due)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.period().start()).isEqualTo(t("2024-03-04T00:00"));
              assertThat(p.period().endInclusive()).isEqualTo(t("2024-03-10T23:59:59"));
              assertThat(p.period().startInstant())
                  .isEqualTo(Instant.parse("2024-03-04T05:00:00Z"));
              assertThat(p.period().endExclusive())
                  .isEqualTo(Instant.parse("2024-03-11T04:00:00Z"));
              assertThat(p.period().duration()).hasHours(7 * 24 - 1);
              assertThat(p.invoiceDate()).isEqualTo(LocalDate.parse("2024-03-11"));
              assertThat(p.dueDate()).isEqualTo(LocalDate.parse("2024-03-18"));
            });
    // 02:00 EDT = 06:00 UTC; one second earlier it is not yet due.
    assertThat(s.duePeriods(Optional.empty(), Instant.parse("2024-03-11T05:59:59Z")))
        .singleElement()
        .extracting(DuePeriod::invoiceDate)
        .isEqualTo(LocalDate.parse("2024-03-04"));
  }

  @Test
  void newYorkAcrossFallBackMonthIsOneHourLonger() {
    AutoInvoiceSchedule s = schedule(2, 1, null, NEW_YORK, 0, null, 0);
    DuePeriod nov = s.duePeriods(Optional.empty(), Instant.parse("2024-12-01T05:00:00Z")).get(0);
    assertThat(nov.period().duration()).hasHours(30 * 24 + 1);
    assertThat(nov.period().storedZone()).isEqualTo("-04:00");
  }

  @Test
  void firstRunGivesOnlyTheMostRecentPeriod() {
    AutoInvoiceSchedule s = schedule(3, 1, null, PLUS_8, 0, "2023-01-01", 0);
    List<DuePeriod> due = s.duePeriods(Optional.empty(), at("2024-03-13T10:00", PLUS_8));
    assertThat(due)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.period().start()).isEqualTo(t("2024-03-04T00:00"));
              assertThat(p.period().endInclusive()).isEqualTo(t("2024-03-10T23:59:59"));
              assertThat(p.invoiceDate()).isEqualTo(LocalDate.parse("2024-03-11"));
            });
  }

  @ParameterizedTest(name = "start_from {0}, now {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // monthly on the 1st, client starts mid-month: first period starts at start_from
        "2024-02-10 | 2024-03-01T00:00 | 2024-02-10T00:00 2024-02-29T23:59:59",
        // start_from on the boundary itself: the period ending there is before it
        "2024-03-01 | 2024-03-01T00:00 | ",
        "2024-03-01 | 2024-03-31T23:00 | ",
        "2024-03-01 | 2024-04-01T00:00 | 2024-03-01T00:00 2024-03-31T23:59:59",
        "2024-02-29 | 2024-03-01T00:00 | 2024-02-29T00:00 2024-02-29T23:59:59",
        "2024-05-20 | 2024-03-01T00:00 | ",
        "2023-06-15 | 2024-03-01T00:00 | 2024-02-01T00:00 2024-02-29T23:59:59",
      })
  void firstRunNeverStartsBeforeStartFrom(String startFrom, String nowLocal, String expected) {
    AutoInvoiceSchedule s = schedule(2, 1, null, MINUS_5, 0, startFrom, 0);
    List<DuePeriod> due = s.duePeriods(Optional.empty(), at(nowLocal, MINUS_5));
    if (expected == null) {
      assertThat(due).isEmpty();
    } else {
      String[] se = expected.split(" ");
      assertThat(due)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.period().start()).isEqualTo(t(se[0]));
                assertThat(p.period().endInclusive()).isEqualTo(t(se[1]));
              });
    }
  }

  @Test
  void typeOneCountsFromStartFrom() {
    AutoInvoiceSchedule s = schedule(1, 16, null, ZoneSpec.UTC, 0, "2025-01-01", 3);
    List<DuePeriod> due = s.duePeriods(Optional.empty(), Instant.parse("2025-02-03T00:00:00Z"));
    assertThat(due)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.period())
                  .isEqualTo(
                      InvoicePeriod.ofDates(
                          LocalDate.parse("2025-01-17"),
                          LocalDate.parse("2025-02-01"),
                          ZoneSpec.UTC));
              assertThat(p.invoiceDate()).isEqualTo(LocalDate.parse("2025-02-02"));
              assertThat(p.dueDate()).isEqualTo(LocalDate.parse("2025-02-05"));
            });
  }

  @Test
  void catchUpAfterDowntimeReturnsEveryMissedPeriodInOrder() {
    AutoInvoiceSchedule s = schedule(5, -1, null, PLUS_8, 3, null, 10);
    Instant lastEnd = at("2024-01-15T23:59:59", PLUS_8);
    List<DuePeriod> due = s.duePeriods(Optional.of(lastEnd), at("2024-03-16T03:00", PLUS_8));
    assertThat(due)
        .extracting(p -> p.period().start().toLocalDate() + ".." + p.period().endInclusive())
        .containsExactly(
            "2024-01-16..2024-01-31T23:59:59",
            "2024-02-01..2024-02-15T23:59:59",
            "2024-02-16..2024-02-29T23:59:59",
            "2024-03-01..2024-03-15T23:59:59");
    assertThat(due)
        .extracting(DuePeriod::invoiceDate)
        .containsExactly(
            LocalDate.parse("2024-02-01"),
            LocalDate.parse("2024-02-16"),
            LocalDate.parse("2024-03-01"),
            LocalDate.parse("2024-03-16"));
    assertThat(due.get(3).dueDate()).isEqualTo(LocalDate.parse("2024-03-26"));
  }

  @Test
  void typeFourListWithMonthEndClamp() {
    AutoInvoiceSchedule s = schedule(4, -1, "1,15,31", ZoneSpec.UTC, 0, null, 0);
    Instant lastEnd = Instant.parse("2025-01-31T23:59:59Z");
    List<DuePeriod> due = s.duePeriods(Optional.of(lastEnd), Instant.parse("2025-03-15T00:00:00Z"));
    assertThat(due)
        .extracting(
            p -> p.period().start().toLocalDate() + ".." + p.period().endInclusive().toLocalDate())
        .containsExactly(
            "2025-02-01..2025-02-14",
            "2025-02-15..2025-02-27",
            "2025-02-28..2025-02-28",
            "2025-03-01..2025-03-14");
  }

  @Test
  void continuationPicksUpAfterAnOddPreviousEnd() {
    // A previous auto invoice that ended mid-day (e.g. zone changed since): no gap, no overlap.
    AutoInvoiceSchedule s = schedule(2, 1, null, ZoneSpec.UTC, 0, null, 0);
    Instant lastEnd = Instant.parse("2024-02-10T11:59:59Z");
    List<DuePeriod> due = s.duePeriods(Optional.of(lastEnd), Instant.parse("2024-03-01T00:00:00Z"));
    assertThat(due)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.period().startInstant()).isEqualTo(lastEnd.plusSeconds(1));
              assertThat(p.period().endInclusive()).isEqualTo(t("2024-02-29T23:59:59"));
            });
  }

  @Test
  void startFromMovedForwardSkipsPeriodsBeforeIt() {
    AutoInvoiceSchedule s = schedule(5, -1, null, ZoneSpec.UTC, 0, "2024-02-20", 0);
    Instant lastEnd = Instant.parse("2024-01-15T23:59:59Z");
    List<DuePeriod> due = s.duePeriods(Optional.of(lastEnd), Instant.parse("2024-03-16T00:00:00Z"));
    assertThat(due)
        .extracting(
            p -> p.period().start().toLocalDate() + ".." + p.period().endInclusive().toLocalDate())
        .containsExactly("2024-02-20..2024-02-29", "2024-03-01..2024-03-15");
  }

  @Test
  void nothingDueWhenLastEndIsAtOrAfterLatestBoundary() {
    AutoInvoiceSchedule s = schedule(2, 1, null, ZoneSpec.UTC, 0, null, 0);
    assertThat(
            s.duePeriods(
                Optional.of(Instant.parse("2024-02-29T23:59:59Z")),
                Instant.parse("2024-03-20T00:00:00Z")))
        .isEmpty();
  }

  @Test
  void validation() {
    BillingCycle c = new SemiMonthly();
    assertThatThrownBy(() -> new AutoInvoiceSchedule(c, ZoneSpec.UTC, 24, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auto_invoice_hour");
    assertThatThrownBy(() -> new AutoInvoiceSchedule(c, ZoneSpec.UTC, -1, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AutoInvoiceSchedule(c, ZoneSpec.UTC, 0, null, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grace_days");
    LocalDate d = LocalDate.parse("2024-01-01");
    InvoicePeriod p = InvoicePeriod.ofDates(d, d, ZoneSpec.UTC);
    assertThatThrownBy(() -> new DuePeriod(p, d, d.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("due date");
  }
}
