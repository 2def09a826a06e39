package org.autoinvoice.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoicePeriodTest {
  private static final ZoneSpec NEW_YORK = ZoneSpec.parse("America/New_York");
  private static final ZoneSpec MINUS_5 = ZoneSpec.parse("-05:00");
  private static final ZoneSpec PLUS_8 = ZoneSpec.parse("+08:00");

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void ofDatesCoversWholeLocalDays() {
    InvoicePeriod p = InvoicePeriod.ofDates(d("2024-02-01"), d("2024-02-29"), PLUS_8);
    assertThat(p.start()).isEqualTo(LocalDateTime.parse("2024-02-01T00:00:00"));
    assertThat(p.endInclusive()).isEqualTo(LocalDateTime.parse("2024-02-29T23:59:59"));
    assertThat(p.startInstant()).isEqualTo(Instant.parse("2024-01-31T16:00:00Z"));
    assertThat(p.endInstantInclusive()).isEqualTo(Instant.parse("2024-02-29T15:59:59Z"));
    assertThat(p.endExclusive()).isEqualTo(Instant.parse("2024-02-29T16:00:00Z"));
    assertThat(p.lengthInDays()).isEqualTo(29);
    assertThat(p.duration()).isEqualTo(Duration.ofDays(29));
    assertThat(p.storedZone()).isEqualTo("+08:00");
  }

  @Test
  void ofDatesRejectsReversedDates() {
    assertThatThrownBy(() -> InvoicePeriod.ofDates(d("2024-02-02"), d("2024-02-01"), PLUS_8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-02-01")
        .hasMessageContaining("before");
    assertThatThrownBy(
            () ->
                new InvoicePeriod(
                    LocalDateTime.parse("2024-02-02T00:00"),
                    LocalDateTime.parse("2024-02-01T23:59:59"),
                    PLUS_8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before its start");
  }

  @ParameterizedTest(name = "{0}..{1} in {2} reads UTC days {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-01 | 2024-03-01 | +00:00           | 2024-03-01",
        "2024-03-01 | 2024-03-01 | -05:00           | 2024-03-01 2024-03-02",
        "2024-03-01 | 2024-03-01 | +08:00           | 2024-02-29 2024-03-01",
        "2024-03-01 | 2024-03-02 | +08:00           | 2024-02-29 2024-03-01 2024-03-02",
        "2024-12-31 | 2024-12-31 | -12:00           | 2024-12-31 2025-01-01",
        "2025-01-01 | 2025-01-01 | +14:00           | 2024-12-31 2025-01-01",
        "2024-03-10 | 2024-03-10 | America/New_York | 2024-03-10 2024-03-11",
        "2024-07-01 | 2024-07-01 | Asia/Shanghai    | 2024-06-30 2024-07-01",
      })
  void utcDaysTouched(String first, String last, String zone, String expected) {
    InvoicePeriod p = InvoicePeriod.ofDates(d(first), d(last), ZoneSpec.parse(zone));
    List<LocalDate> expectedDays =
        java.util.Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();
    assertThat(p.utcDaysTouched()).containsExactlyElementsOf(expectedDays);
  }

  @ParameterizedTest(name = "{0} in {1} belongs to {2}")
  @CsvSource({
    "2024-03-01T04:00:00Z, -05:00, 2024-02-29",
    "2024-03-01T05:00:00Z, -05:00, 2024-03-01",
    "2024-02-29T16:00:00Z, +08:00, 2024-03-01",
    "2024-02-29T15:00:00Z, +08:00, 2024-02-29",
    "2024-03-10T04:00:00Z, America/New_York, 2024-03-09",
    "2024-03-10T05:00:00Z, America/New_York, 2024-03-10",
    "2024-03-11T03:00:00Z, America/New_York, 2024-03-10",
    "2024-03-11T04:00:00Z, America/New_York, 2024-03-11",
  })
  void localDayOfHourlyRow(String at, String zone, String expected) {
    InvoicePeriod p = InvoicePeriod.ofDates(d("2024-02-01"), d("2024-03-31"), ZoneSpec.parse(zone));
    assertThat(p.localDayOf(Instant.parse(at))).isEqualTo(d(expected));
  }

  @ParameterizedTest(name = "New York {0}: {1} hours")
  @CsvSource({
    "2024-03-09, 24",
    "2024-03-10, 23",
    "2024-11-03, 25",
    "2025-03-09, 23",
    "2025-11-02, 25",
  })
  void dstDaysAreShortOrLongInIanaZones(String day, long hours) {
    InvoicePeriod p = InvoicePeriod.ofDates(d(day), d(day), NEW_YORK);
    assertThat(p.duration()).isEqualTo(Duration.ofHours(hours));
    assertThat(p.lengthInDays()).isEqualTo(1);
    InvoicePeriod fixed = InvoicePeriod.ofDates(d(day), d(day), MINUS_5);
    assertThat(fixed.duration()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void storedZoneOfDstPeriodIsTheOffsetAtItsStart() {
    assertThat(InvoicePeriod.ofDates(d("2024-03-01"), d("2024-03-31"), NEW_YORK).storedZone())
        .isEqualTo("-05:00");
    assertThat(InvoicePeriod.ofDates(d("2024-04-01"), d("2024-04-30"), NEW_YORK).storedZone())
        .isEqualTo("-04:00");
  }

  @Test
  void consecutiveDstMonthsMeetExactly() {
    InvoicePeriod march = InvoicePeriod.ofDates(d("2024-03-01"), d("2024-03-31"), NEW_YORK);
    InvoicePeriod april = InvoicePeriod.ofDates(d("2024-04-01"), d("2024-04-30"), NEW_YORK);
    assertThat(march.endExclusive()).isEqualTo(april.startInstant());
    assertThat(march.duration()).isEqualTo(Duration.ofDays(31).minusHours(1));
    assertThat(march.overlaps(april)).isFalse();
  }

  @Test
  void localMidnightInsideADaylightSavingGapMovesForward() {
    // Asia/Beirut switched to summer time at 00:00 local on 2024-03-31 (00:00 -> 01:00).
    ZoneSpec beirut = ZoneSpec.parse("Asia/Beirut");
    InvoicePeriod before = InvoicePeriod.ofDates(d("2024-03-30"), d("2024-03-30"), beirut);
    InvoicePeriod gapDay = InvoicePeriod.ofDates(d("2024-03-31"), d("2024-03-31"), beirut);
    assertThat(before.endExclusive()).isEqualTo(gapDay.startInstant());
    assertThat(gapDay.duration()).isEqualTo(Duration.ofHours(23));
  }

  @ParameterizedTest(name = "[{0} .. {1}] vs [{2} .. {3}] -> {4}")
  @CsvSource({
    "2024-01-01T00:00:00, 2024-01-31T23:59:59, 2024-02-01T00:00:00, 2024-02-29T23:59:59, false",
    "2024-01-01T00:00:00, 2024-02-01T00:00:00, 2024-02-01T00:00:00, 2024-02-29T23:59:59, true",
    "2024-01-01T00:00:00, 2024-01-31T23:59:59, 2024-01-15T00:00:00, 2024-01-15T00:00:00, true",
    "2024-01-10T00:00:00, 2024-01-20T00:00:00, 2024-01-01T00:00:00, 2024-01-31T00:00:00, true",
    "2024-03-01T00:00:00, 2024-03-31T23:59:59, 2024-01-01T00:00:00, 2024-02-29T23:59:59, false",
  })
  void overlapsWithInclusiveEnds(String s1, String e1, String s2, String e2, boolean expected) {
    InvoicePeriod a =
        new InvoicePeriod(LocalDateTime.parse(s1), LocalDateTime.parse(e1), ZoneSpec.UTC);
    InvoicePeriod b =
        new InvoicePeriod(LocalDateTime.parse(s2), LocalDateTime.parse(e2), ZoneSpec.UTC);
    assertThat(a.overlaps(b)).isEqualTo(expected);
    assertThat(b.overlaps(a)).isEqualTo(expected);
  }

  @Test
  void overlapIsDecidedOnInstantsAcrossZones() {
    InvoicePeriod utcJan = InvoicePeriod.ofDates(d("2024-01-01"), d("2024-01-31"), ZoneSpec.UTC);
    InvoicePeriod plus8Feb = InvoicePeriod.ofDates(d("2024-02-01"), d("2024-02-29"), PLUS_8);
    InvoicePeriod minus5Feb = InvoicePeriod.ofDates(d("2024-02-01"), d("2024-02-29"), MINUS_5);
    assertThat(utcJan.overlaps(plus8Feb)).isTrue(); // Feb 1 +08 starts Jan 31 16:00 UTC
    assertThat(utcJan.overlaps(minus5Feb)).isFalse();
  }

  @Test
  void containsIsInclusiveAtBothEnds() {
    InvoicePeriod p = InvoicePeriod.ofDates(d("2024-01-01"), d("2024-01-01"), MINUS_5);
    assertThat(p.contains(Instant.parse("2024-01-01T05:00:00Z"))).isTrue();
    assertThat(p.contains(Instant.parse("2024-01-02T04:59:59Z"))).isTrue();
    assertThat(p.contains(Instant.parse("2024-01-02T05:00:00Z"))).isFalse();
    assertThat(p.contains(Instant.parse("2024-01-01T04:59:59Z"))).isFalse();
  }

  @Test
  void lengthInDaysCountsLocalDatesTouched() {
    InvoicePeriod p =
        new InvoicePeriod(
            LocalDateTime.parse("2024-01-01T12:00:00"),
            LocalDateTime.parse("2024-01-02T11:59:59"),
            ZoneSpec.UTC);
    assertThat(p.lengthInDays()).isEqualTo(2);
    assertThat(p.duration()).isEqualTo(Duration.ofDays(1));
  }
}
