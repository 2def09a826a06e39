package org.autoinvoice.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingCyclesTest {

  private static PaymentTerm term(int type, int days, String moreDays) {
    return new PaymentTerm(1, "t", type, days, moreDays, 0);
  }

  private static BillingCycle cycle(int type, int days, String moreDays, String anchor) {
    return BillingCycles.of(
        term(type, days, moreDays), anchor.isBlank() ? null : LocalDate.parse(anchor));
  }

  private static List<LocalDate> boundaries(BillingCycle c, String from, String to) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate b = c.nextBoundary(LocalDate.parse(from).minusDays(1));
        !b.isAfter(LocalDate.parse(to));
        b = c.nextBoundary(b)) {
      out.add(b);
    }
    return out;
  }

  @ParameterizedTest(name = "type {0} days {1} more_days ''{2}'' anchor {3}: {4}..{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        // type 1: every N days from invoice_start_from (also before it)
        "1 | 10 |              | 2024-02-20 | 2024-02-01 | 2024-03-20 | 2024-02-10 2024-02-20 2024-03-01 2024-03-11",
        "1 | 1  |              | 2024-02-27 | 2024-02-27 | 2024-03-01 | 2024-02-27 2024-02-28 2024-02-29 2024-03-01",
        "1 | 16 |              | 2025-01-01 | 2025-01-01 | 2025-03-31 | 2025-01-01 2025-01-17 2025-02-02 2025-02-18 2025-03-06 2025-03-22",
        "1 | 7  |              |            | 1970-01-01 | 1970-01-20 | 1970-01-01 1970-01-08 1970-01-15",
        // type 2: day D, clamped to the month's last day
        "2 | 31 |              |            | 2024-01-01 | 2024-05-31 | 2024-01-31 2024-02-29 2024-03-31 2024-04-30 2024-05-31",
        "2 | 31 |              |            | 2025-01-01 | 2025-04-30 | 2025-01-31 2025-02-28 2025-03-31 2025-04-30",
        "2 | 30 |              |            | 2024-01-01 | 2024-04-30 | 2024-01-30 2024-02-29 2024-03-30 2024-04-30",
        "2 | 30 |              |            | 2025-01-01 | 2025-03-31 | 2025-01-30 2025-02-28 2025-03-30",
        "2 | 29 |              |            | 2024-01-01 | 2024-03-31 | 2024-01-29 2024-02-29 2024-03-29",
        "2 | 29 |              |            | 2025-01-01 | 2025-03-31 | 2025-01-29 2025-02-28 2025-03-29",
        "2 | 1  |              |            | 2024-12-01 | 2025-02-28 | 2024-12-01 2025-01-01 2025-02-01",
        "2 | 15 |              |            | 2024-12-16 | 2025-02-14 | 2025-01-15",
        // type 3: weekday, 0 Sunday .. 6 Saturday (2024-03-03 is a Sunday)
        "3 | 0  |              |            | 2024-03-01 | 2024-03-20 | 2024-03-03 2024-03-10 2024-03-17",
        "3 | 1  |              |            | 2024-03-01 | 2024-03-20 | 2024-03-04 2024-03-11 2024-03-18",
        "3 | 6  |              |            | 2024-02-20 | 2024-03-10 | 2024-02-24 2024-03-02 2024-03-09",
        // type 4: listed days, clamped, duplicates collapse
        "4 | -1 | 1,15,31      |            | 2024-01-01 | 2024-03-01 | 2024-01-01 2024-01-15 2024-01-31 2024-02-01 2024-02-15 2024-02-29 2024-03-01",
        "4 | -1 | 1,15,31      |            | 2025-02-01 | 2025-04-30 | 2025-02-01 2025-02-15 2025-02-28 2025-03-01 2025-03-15 2025-03-31 2025-04-01 2025-04-15 2025-04-30",
        "4 | -1 | 30,31        |            | 2025-02-01 | 2025-04-30 | 2025-02-28 2025-03-30 2025-03-31 2025-04-30",
        "4 | -1 | ' 31 , 10, ' |            | 2024-02-01 | 2024-03-31 | 2024-02-10 2024-02-29 2024-03-10 2024-03-31",
        "4 | -1 | 5            |            | 2024-01-01 | 2024-03-31 | 2024-01-05 2024-02-05 2024-03-05",
        // type 5: 1st and 16th
        "5 | -1 |              |            | 2024-02-01 | 2024-03-31 | 2024-02-01 2024-02-16 2024-03-01 2024-03-16",
        "5 | -1 |              |            | 2024-12-02 | 2025-01-16 | 2024-12-16 2025-01-01 2025-01-16",
      })
  void boundariesPerType(
      int type, int days, String moreDays, String anchor, String from, String to, String expected) {
    BillingCycle c =
        cycle(type, days, moreDays == null ? "" : moreDays, anchor == null ? "" : anchor);
    List<LocalDate> exp = Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();
    assertThat(boundaries(c, from, to)).containsExactlyElementsOf(exp);
    for (LocalDate b : exp) {
      assertThat(c.isBoundary(b)).isTrue();
      assertThat(c.previousBoundary(b)).isEqualTo(b);
      assertThat(c.previousBoundary(c.nextBoundary(b).minusDays(1))).isEqualTo(b);
      assertThat(c.isBoundary(b.minusDays(1)) || c.nextBoundary(b.minusDays(1)).equals(b)).isTrue();
    }
  }

  @ParameterizedTest(name = "type {0}: period ending {2} = [{3} .. {4}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "2 | 31 | 2024-03-31 | 2024-02-29T00:00 | 2024-03-30T23:59:59",
        "2 | 31 | 2024-02-29 | 2024-01-31T00:00 | 2024-02-28T23:59:59",
        "2 | 31 | 2025-02-28 | 2025-01-31T00:00 | 2025-02-27T23:59:59",
        "2 | 1  | 2025-03-01 | 2025-02-01T00:00 | 2025-02-28T23:59:59",
        "5 | -1 | 2024-02-16 | 2024-02-01T00:00 | 2024-02-15T23:59:59",
        "5 | -1 | 2024-03-01 | 2024-02-16T00:00 | 2024-02-29T23:59:59",
        "5 | -1 | 2025-03-01 | 2025-02-16T00:00 | 2025-02-28T23:59:59",
        "3 | 1  | 2024-03-04 | 2024-02-26T00:00 | 2024-03-03T23:59:59",
      })
  void periodEndingAtBoundary(int type, int days, String boundary, String start, String end) {
    InvoicePeriod p =
        cycle(type, days, "", "").periodEndingAt(LocalDate.parse(boundary), ZoneSpec.UTC);
    assertThat(p.start()).isEqualTo(LocalDateTime.parse(start));
    assertThat(p.endInclusive()).isEqualTo(LocalDateTime.parse(end));
  }

  @Test
  void periodEndingAtRejectsNonBoundary() {
    assertThatThrownBy(
            () -> new SemiMonthly().periodEndingAt(LocalDate.parse("2024-02-02"), ZoneSpec.UTC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a boundary");
  }

  @ParameterizedTest(name = "type {0} days {1} more_days ''{2}'' -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | 0   |         | payment_term.days",
        "1 | -1  |         | payment_term.days",
        "2 | 0   |         | payment_term.days",
        "2 | 32  |         | payment_term.days",
        "2 | -1  |         | payment_term.days",
        "3 | 7   |         | payment_term.days",
        "3 | -1  |         | payment_term.days",
        "4 | -1  |         | payment_term.more_days",
        "4 | -1  | ' '     | payment_term.more_days",
        "4 | -1  | ,       | payment_term.more_days",
        "4 | -1  | 1,x     | payment_term.more_days",
        "4 | -1  | 1;15    | payment_term.more_days",
        "4 | -1  | 0,15    | payment_term.more_days",
        "4 | -1  | 1,32    | payment_term.more_days",
      })
  void invalidTermsNameTheFieldAndForm(int type, int days, String moreDays, String field) {
    assertThatThrownBy(() -> BillingCycles.of(term(type, days, moreDays), LocalDate.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageContaining("type " + type)
        .hasMessageNotContaining("\n");
  }

  @Test
  void typeOneWithoutStartFromCountsFromEpoch() {
    assertThat(BillingCycles.of(term(1, 16, null), null))
        .isEqualTo(new EveryNDays(16, BillingCycles.DEFAULT_ANCHOR));
  }

  @Test
  void directConstructionIsValidatedToo() {
    assertThatThrownBy(() -> new MonthlyOnDays(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payment_term.more_days");
    assertThatThrownBy(() -> new MonthlyOnDays(Arrays.asList(1, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payment_term.more_days");
    assertThat(new MonthlyOnDays(List.of(31, 1, 15, 1)).days()).containsExactly(1, 15, 31);
    assertThat(new WeeklyOnDay(0).dayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
    assertThat(new WeeklyOnDay(6).dayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
  }
}
