package org.autoinvoice.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;

/**
 * Rule A3 over random spans: hourly runs (the Quartz job) produce periods that tile time, start and
 * end at local midnight boundaries, and catching up after downtime gives the same periods.
 */
class AutoInvoiceScheduleProperties {
  private static final LocalDate EARLIEST = LocalDate.of(2023, 1, 1);
  private static final int SPAN_DAYS = 6 * 365;

  /** Zones without a daylight-saving switch at local midnight, so every midnight exists. */
  private static final List<String> IANA =
      List.of(
          "America/New_York",
          "Europe/London",
          "Asia/Shanghai",
          "Asia/Kolkata",
          "Australia/Lord_Howe",
          "Pacific/Chatham",
          "America/St_Johns");

  @Property(tries = 100)
  void hourlyRunsTileTimeAtLocalMidnightBoundaries(
      @ForAll("cycles") BillingCycle cycle,
      @ForAll("zones") ZoneSpec zone,
      @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 0, max = SPAN_DAYS) int startOffset,
      @ForAll @IntRange(min = 0, max = 40) int firstRunDelayDays,
      // longer than the longest cycle (60 days) plus a day for the zone and hour, so at least one
      // period always falls due inside the span
      @ForAll @IntRange(min = 62, max = 150) int spanDays) {
    LocalDate startFrom = EARLIEST.plusDays(startOffset);
    AutoInvoiceSchedule s = new AutoInvoiceSchedule(cycle, zone, hour, startFrom, 0);
    Instant from = startFrom.plusDays(firstRunDelayDays).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<Run> runs = runHourly(s, from, from.plus(Duration.ofDays(spanDays)), null, null);
    List<DuePeriod> periods = runs.stream().flatMap(r -> r.due.stream()).toList();

    assertThat(periods).isNotEmpty();
    for (int i = 0; i < periods.size(); i++) {
      DuePeriod p = periods.get(i);
      InvoicePeriod ip = p.period();
      assertThat(ip.start()).isAfterOrEqualTo(startFrom.atStartOfDay());
      assertThat(ip.start().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
      assertThat(ip.endInclusive().toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
      assertThat(cycle.isBoundary(p.invoiceDate())).isTrue();
      assertThat(ip.endExclusive().atZone(zone.zoneId()).toLocalDateTime())
          .isEqualTo(p.invoiceDate().atStartOfDay());
      assertThat(ip.start().toLocalDate())
          .isIn(cycle.previousBoundary(p.invoiceDate().minusDays(1)), startFrom);
      if (i > 0) {
        assertThat(ip.startInstant()).isEqualTo(periods.get(i - 1).period().endExclusive());
        assertThat(cycle.isBoundary(ip.start().toLocalDate())).isTrue();
      }
    }
    for (Run r : runs) {
      for (DuePeriod p : r.due) {
        Instant dueAt = s.dueAt(p.invoiceDate());
        assertThat(r.now).isAfterOrEqualTo(dueAt);
        if (r != runs.get(0)) {
          assertThat(r.now).isBefore(dueAt.plus(Duration.ofHours(1)));
        }
      }
    }
  }

  @Property(tries = 60)
  void catchUpAfterDowntimeGivesTheSamePeriods(
      @ForAll("cycles") BillingCycle cycle,
      @ForAll("zones") ZoneSpec zone,
      @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 0, max = SPAN_DAYS) int startOffset,
      @ForAll @IntRange(min = 40, max = 150) int spanDays,
      @ForAll @IntRange(min = 0, max = 10_000) int downtimeStartPermille,
      @ForAll @IntRange(min = 1, max = 90 * 24) int downtimeHours) {
    LocalDate startFrom = EARLIEST.plusDays(startOffset);
    AutoInvoiceSchedule s = new AutoInvoiceSchedule(cycle, zone, hour, startFrom, 0);
    Instant from = startFrom.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = from.plus(Duration.ofDays(spanDays));

    List<DuePeriod> uninterrupted =
        runHourly(s, from, to, null, null).stream().flatMap(r -> r.due.stream()).toList();
    if (uninterrupted.isEmpty()) {
      return;
    }
    // Downtime starts after the first auto invoice exists (a first run never back-fills).
    Instant firstDue = s.dueAt(uninterrupted.get(0).invoiceDate());
    long room = Duration.between(firstDue, to).toHours();
    Instant downFrom = firstDue.plus(Duration.ofHours(1 + room * downtimeStartPermille / 10_000));
    Instant downTo = downFrom.plus(Duration.ofHours(downtimeHours));
    List<DuePeriod> interrupted =
        runHourly(s, from, to, downFrom, downTo).stream().flatMap(r -> r.due.stream()).toList();

    List<DuePeriod> expected =
        uninterrupted.stream()
            .filter(p -> !s.dueAt(p.invoiceDate()).isAfter(lastRunBefore(to, downFrom, downTo)))
            .toList();
    assertThat(interrupted).containsExactlyElementsOf(expected);
  }

  /** The last hourly run instant strictly before {@code to} that is not inside the downtime. */
  private static Instant lastRunBefore(Instant to, Instant downFrom, Instant downTo) {
    Instant last = to.minus(Duration.ofHours(1));
    return !last.isBefore(downFrom) && last.isBefore(downTo)
        ? downFrom.minus(Duration.ofHours(1))
        : last;
  }

  private record Run(Instant now, List<DuePeriod> due) {}

  /** Runs the schedule every hour in [from, to), skipping [downFrom, downTo), feeding back ends. */
  private static List<Run> runHourly(
      AutoInvoiceSchedule s, Instant from, Instant to, Instant downFrom, Instant downTo) {
    List<Run> runs = new ArrayList<>();
    Optional<Instant> lastEnd = Optional.empty();
    for (Instant now = from; now.isBefore(to); now = now.plus(Duration.ofHours(1))) {
      if (downFrom != null && !now.isBefore(downFrom) && now.isBefore(downTo)) {
        continue;
      }
      List<DuePeriod> due = s.duePeriods(lastEnd, now);
      if (!due.isEmpty()) {
        runs.add(new Run(now, due));
        lastEnd = Optional.of(due.get(due.size() - 1).period().endInstantInclusive());
      }
    }
    return runs;
  }

  @Provide
  Arbitrary<BillingCycle> cycles() {
    Arbitrary<BillingCycle> everyN =
        Combinators.combine(
                Arbitraries.integers().between(1, 60),
                Arbitraries.integers().between(0, SPAN_DAYS).map(EARLIEST::plusDays))
            .as(EveryNDays::new);
    Arbitrary<BillingCycle> monthly = Arbitraries.integers().between(1, 31).map(MonthlyOnDay::new);
    Arbitrary<BillingCycle> weekly = Arbitraries.integers().between(0, 6).map(WeeklyOnDay::new);
    Arbitrary<BillingCycle> listed =
        Arbitraries.integers()
            .between(1, 31)
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(MonthlyOnDays::new);
    Arbitrary<BillingCycle> semi = Arbitraries.just(new SemiMonthly());
    return Arbitraries.oneOf(everyN, monthly, weekly, listed, semi);
  }

  @Provide
  Arbitrary<ZoneSpec> zones() {
    Arbitrary<ZoneSpec> wholeHours =
        Arbitraries.integers().between(-12, 14).map(h -> new ZoneSpec(ZoneOffset.ofHours(h)));
    Arbitrary<ZoneSpec> oddOffsets =
        Arbitraries.of("+05:30", "+05:45", "-09:30", "+12:45", "-03:30").map(ZoneSpec::parse);
    Arbitrary<ZoneSpec> regions = Arbitraries.of(IANA).map(ZoneSpec::parse);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, wholeHours),
        net.jqwik.api.Tuple.of(1, oddOffsets),
        net.jqwik.api.Tuple.of(3, regions));
  }
}
