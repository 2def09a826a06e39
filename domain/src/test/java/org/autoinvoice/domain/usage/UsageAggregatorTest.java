package org.autoinvoice.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.money.Money;
import org.junit.jupiter.api.Test;

class UsageAggregatorTest {
  // r1 + r2 share trunk Alpha(11) and code name US-NJ (r1's has blanks around it); r3 is Beta, UK.
  static final UsageRecord R1 =
      Usage.ingress()
          .trunk(1, "Alpha", "11")
          .code("1201", " US-NJ ", "US")
          .day("2024-01-01")
          .effective("2023-12-01")
          .rate("0.01")
          .calls(10, 8)
          .billed(600, 540, "6.00")
          .inter(4, 300, 270, "3.00")
          .intra(2, 120, 100, "1.20")
          .shortCalls(1, 1, 0, 0, 0)
          .lrn(5, "0.05")
          .build();
  static final UsageRecord R2 =
      Usage.ingress()
          .trunk(1, "Alpha", "11")
          .code("1202", "US-NJ", "US")
          .day("2024-01-02")
          .effective("2023-12-01")
          .rate("0.02")
          .calls(5, 3)
          .billed(90, 80, "0.03")
          .inter(1, 30, 25, "0.01")
          .shortCalls(2, 0, 1, 0, 0)
          .lrn(1, "0.01")
          .build();
  static final UsageRecord R3 =
      Usage.ingress()
          .trunk(2, "Beta", "")
          .code("44", "UK", "GB")
          .day("2024-01-01")
          .effective("2023-11-01")
          .rate("0.05")
          .calls(4, 2)
          .billed(61, 70, "0.0508333")
          .build();
  static final List<UsageRecord> ALL = List.of(R1, R2, R3);

  static InvoiceOptions actualRate() {
    return new InvoiceOptions(
        true,
        BalanceType.ACTUAL,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        5,
        true);
  }

  static InvoiceOptions onlyJurisdictional() {
    return new InvoiceOptions(
        false,
        BalanceType.ACTUAL,
        false,
        false,
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        5,
        false);
  }

  private static void assertNumber(BigDecimal actual, String expected) {
    assertThat(actual).isEqualByComparingTo(expected);
  }

  @Test
  void totalsSumSecondsThenDivideOnce() {
    UsageTotals t =
        UsageAggregator.aggregate(Direction.INGRESS, ALL, InvoiceOptions.none()).totals();
    assertThat(t.attempts()).isEqualTo(19);
    assertThat(t.answeredCalls()).isEqualTo(13);
    // 751 s / 60 = 12.51666… → 12.5166666667 at scale 10
    assertNumber(t.minutes(), "12.5166666667");
    assertThat(t.cost()).isEqualTo(Money.of("6.0808333"));
    assertThat(t.shortCalls()).isEqualTo(new ShortCallBuckets(3, 1, 1, 0, 0));
    assertThat(t.lrn().calls()).isEqualTo(6);
    assertThat(t.lrn().cost()).isEqualTo(Money.of("0.06"));
    assertNumber(t.lrn().rate(), "0.01");
    // 6.0808333 / 12.5166666667
    assertNumber(t.averageRate(), "0.4858189055");
    assertThat(t.isZeroTraffic()).isFalse();
  }

  @Test
  void minutesAreNotRoundedPerRecord() {
    // 3 × 1 s = 3 s = 0.05 min; rounding each row first would give 3 × 0.0166666667 = 0.0500000001
    UsageRecord one = Usage.ingress().calls(1, 1).billed(1, 1, "0").build();
    UsageTotals t = UsageAggregator.totals(List.of(one, one, one));
    assertNumber(t.minutes(), "0.05");
  }

  @Test
  void emptyUsageIsZeroTrafficWithZeroLrnRate() {
    UsageSections s = UsageAggregator.aggregate(Direction.EGRESS, List.of(), InvoiceOptions.all());
    assertThat(s.direction()).isEqualTo(Direction.EGRESS);
    assertThat(s.totals().isZeroTraffic()).isTrue();
    assertNumber(s.totals().lrn().rate(), "0");
    assertNumber(s.totals().averageRate(), "0");
    assertThat(s.usageDetail()).isEmpty();
    assertThat(s.byDate()).isEmpty();
  }

  @Test
  void sectionsAreEmptyWhenTheirOptionIsOff() {
    UsageSections s = UsageAggregator.aggregate(Direction.INGRESS, ALL, InvoiceOptions.none());
    assertThat(s.usageDetail()).isEmpty();
    assertThat(s.dailyUsage()).isEmpty();
    assertThat(s.trunkSummary()).isEmpty();
    assertThat(s.trunkDetails()).isEmpty();
    assertThat(s.codeSummary()).isEmpty();
    assertThat(s.byCodeName()).isEmpty();
    assertThat(s.byCountry()).isEmpty();
    assertThat(s.byDate()).isEmpty();
  }

  @Test
  void jurisdictionalBreakDownAloneStillNeedsTheCodeNameRows() {
    UsageSections s = UsageAggregator.aggregate(Direction.INGRESS, ALL, onlyJurisdictional());
    assertThat(s.usageDetail()).extracting(CodeNameUsage::codeName).containsExactly("UK", "US-NJ");
    assertThat(s.dailyUsage()).isEmpty();
  }

  @Test
  void recordsOfTheOtherDirectionAreRejected() {
    assertThatThrownBy(() -> UsageAggregator.aggregate(Direction.EGRESS, ALL, InvoiceOptions.all()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direction must be EGRESS");
  }

  @Test
  void usageDetailGroupsByTrimmedCodeNameAndEffectiveDate() {
    List<CodeNameUsage> rows =
        UsageAggregator.aggregate(Direction.INGRESS, ALL, InvoiceOptions.all()).usageDetail();
    assertThat(rows).hasSize(2);
    CodeNameUsage uk = rows.get(0);
    assertThat(uk.codeName()).isEqualTo("UK");
    assertThat(uk.effectiveDate()).isEqualTo(LocalDate.of(2023, 11, 1));
    assertThat(uk.actualRate()).isNull();
    assertThat(uk.calls()).isEqualTo(2);
    assertNumber(uk.minutes(), "1.0166666667");
    assertNumber(uk.indeterminateMinutes(), "1.0166666667");
    assertThat(uk.indeterminateCost()).isEqualTo(Money.of("0.0508333"));
    assertNumber(uk.interRate(), "0");

    CodeNameUsage nj = rows.get(1);
    assertThat(nj.codeName()).isEqualTo("US-NJ");
    assertThat(nj.calls()).isEqualTo(11);
    assertNumber(nj.minutes(), "11.5");
    assertThat(nj.cost()).isEqualTo(Money.of("6.03"));
    assertNumber(nj.interMinutes(), "5.5");
    assertThat(nj.interCost()).isEqualTo(Money.of("3.01"));
    assertNumber(nj.intraMinutes(), "2");
    assertThat(nj.intraCost()).isEqualTo(Money.of("1.20"));
    assertNumber(nj.indeterminateMinutes(), "4");
    assertThat(nj.indeterminateCost()).isEqualTo(Money.of("1.82"));
    // 6.03 / 11.5 = 0.524347826…; 3.01 / 5.5 = 0.547272…; 1.20 / 2; 1.82 / 4
    assertNumber(nj.averageRate(), "0.5243478261");
    assertNumber(nj.printedRate(), "0.5243478261");
    assertNumber(nj.interRate(), "0.5472727273");
    assertNumber(nj.intraRate(), "0.6");
    assertNumber(nj.indeterminateRate(), "0.455");
  }

  @Test
  void actualRateSplitsCodeNamesByRate() {
    List<CodeNameUsage> rows =
        UsageAggregator.aggregate(Direction.INGRESS, ALL, actualRate()).usageDetail();
    assertThat(rows)
        .extracting(
            CodeNameUsage::codeName, r -> r.actualRate().toPlainString(), CodeNameUsage::calls)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("UK", "0.05", 2L),
            org.assertj.core.groups.Tuple.tuple("US-NJ", "0.01", 8L),
            org.assertj.core.groups.Tuple.tuple("US-NJ", "0.02", 3L));
    assertNumber(rows.get(1).printedRate(), "0.01");
  }

  @Test
  void dailyUsageByLocalDay() {
    List<DailyUsage> days =
        UsageAggregator.aggregate(Direction.INGRESS, List.of(R2, R1, R3), InvoiceOptions.all())
            .dailyUsage();
    assertThat(days)
        .extracting(DailyUsage::day)
        .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2));
    DailyUsage first = days.get(0);
    // r1 + r3: 661 s, inter 300 s, intra 120 s
    assertNumber(first.totalMinutes(), "11.0166666667");
    assertNumber(first.interMinutes(), "5");
    assertNumber(first.intraMinutes(), "2");
    assertNumber(first.indeterminateMinutes(), "4.0166666667");
    assertThat(first.totalCost()).isEqualTo(Money.of("6.0508333"));
    assertThat(first.interCost()).isEqualTo(Money.of("3.00"));
    assertThat(first.intraCost()).isEqualTo(Money.of("1.20"));
    assertThat(first.indeterminateCost()).isEqualTo(Money.of("1.8508333"));
    DailyUsage second = days.get(1);
    assertNumber(second.totalMinutes(), "1.5");
    assertNumber(second.interMinutes(), "0.5");
    assertThat(second.totalCost()).isEqualTo(Money.of("0.03"));
  }

  @Test
  void summaryByTrunkGroupsByAliasAndPrefix() {
    List<TrunkSummary> rows =
        UsageAggregator.aggregate(Direction.INGRESS, List.of(R3, R1, R2), InvoiceOptions.all())
            .trunkSummary();
    assertThat(rows).extracting(r -> r.trunk().label()).containsExactly("Alpha(11)", "Beta");
    assertThat(rows.get(0).traffic().calls()).isEqualTo(11);
    assertNumber(rows.get(0).traffic().minutes(), "11.5");
    assertThat(rows.get(0).traffic().amount()).isEqualTo(Money.of("6.03"));
    assertThat(rows.get(1).traffic().calls()).isEqualTo(2);
    assertNumber(rows.get(1).traffic().minutes(), "1.0166666667");
  }

  @Test
  void trunksWithTheSameAliasAreSortedByPrefix() {
    UsageRecord a = Usage.ingress().trunk(1, "T", "2").calls(1, 1).build();
    UsageRecord b = Usage.ingress().trunk(1, "T", "1").calls(1, 1).build();
    UsageRecord c = Usage.ingress().trunk(3, "S", null).calls(1, 1).build();
    List<TrunkSummary> rows =
        UsageAggregator.aggregate(Direction.INGRESS, List.of(a, b, c), InvoiceOptions.all())
            .trunkSummary();
    assertThat(rows).extracting(r -> r.trunk().label()).containsExactly("S", "T(1)", "T(2)");
  }

  @Test
  void detailByTrunkSplitsJurisdictions() {
    List<TrunkDetail> rows =
        UsageAggregator.aggregate(Direction.INGRESS, ALL, InvoiceOptions.all()).trunkDetails();
    assertThat(rows).hasSize(2);
    TrunkDetail alpha = rows.get(0);
    assertThat(alpha.trunk()).isEqualTo(new TrunkKey(1, "Alpha", "11"));
    assertThat(alpha.inter().calls()).isEqualTo(5);
    assertNumber(alpha.inter().minutes(), "5.5");
    assertThat(alpha.inter().durationSeconds()).isEqualTo(295);
    assertThat(alpha.inter().amount()).isEqualTo(Money.of("3.01"));
    assertNumber(alpha.inter().acdMinutes(), "0.9833333333"); // 295 / 5 / 60
    assertThat(alpha.intra().calls()).isEqualTo(2);
    assertNumber(alpha.intra().acdMinutes(), "0.8333333333"); // 100 / 2 / 60
    assertThat(alpha.indeterminate().calls()).isEqualTo(4); // 11 − 5 − 2
    assertNumber(alpha.indeterminate().minutes(), "4"); // (690 − 330 − 120) / 60
    assertThat(alpha.indeterminate().durationSeconds()).isEqualTo(225); // 620 − 295 − 100
    assertThat(alpha.indeterminate().amount()).isEqualTo(Money.of("1.82"));
    assertNumber(alpha.indeterminate().acdMinutes(), "0.9375");
    assertThat(alpha.shortCallsUnder6()).isEqualTo(3);
    assertThat(alpha.amount()).isEqualTo(Money.of("6.03"));
    assertThat(alpha.totalCalls()).isEqualTo(11);
    TrunkDetail beta = rows.get(1);
    assertThat(beta.inter().calls()).isZero();
    assertNumber(beta.inter().acdMinutes(), "0");
    assertThat(beta.indeterminate().calls()).isEqualTo(2);
  }

  @Test
  void trafficByCodeNameCountryAndDate() {
    UsageSections s = UsageAggregator.aggregate(Direction.INGRESS, ALL, InvoiceOptions.all());
    assertThat(s.byCodeName()).extracting(LabeledTraffic::label).containsExactly("UK", "US-NJ");
    assertThat(s.byCodeName().get(1).traffic().calls()).isEqualTo(11);
    assertNumber(s.byCodeName().get(1).traffic().averageRate(), "0.5243478261");
    assertThat(s.byCountry()).extracting(LabeledTraffic::label).containsExactly("GB", "US");
    assertThat(s.byCountry().get(1).traffic().amount()).isEqualTo(Money.of("6.03"));
    assertThat(s.byDate())
        .extracting(DateTraffic::day)
        .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2));
    assertThat(s.byDate().get(0).traffic().calls()).isEqualTo(10);
    assertNumber(s.byDate().get(0).traffic().minutes(), "11.0166666667");
    assertThat(s.byDate().get(1).traffic().amount()).isEqualTo(Money.of("0.03"));
  }

  @Test
  void codeSummaryKeepsTheTopTenByAmountTiesByCode() {
    List<UsageRecord> records = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      records.add(
          Usage.ingress()
              .code(String.format("c%02d", i), "N", "US")
              .calls(1, 1)
              .billed(60, 60, Integer.toString(i))
              .build());
    }
    // a second row for c01 lifts it to 1 + 11 = 12, tying with c12
    records.add(Usage.ingress().code("c01", "N", "US").calls(1, 1).billed(60, 60, "11").build());
    List<LabeledTraffic> top =
        UsageAggregator.aggregate(Direction.INGRESS, records, InvoiceOptions.all()).codeSummary();
    assertThat(top)
        .extracting(LabeledTraffic::label)
        .containsExactly("c01", "c12", "c11", "c10", "c09", "c08", "c07", "c06", "c05", "c04");
    assertThat(top.get(0).traffic().calls()).isEqualTo(2);
    assertThat(top.get(0).traffic().amount()).isEqualTo(Money.of("12"));
  }

  @Test
  void codeSummaryOrdersByAmountDescending() {
    List<LabeledTraffic> top =
        UsageAggregator.aggregate(Direction.INGRESS, ALL, InvoiceOptions.all()).codeSummary();
    assertThat(top).extracting(LabeledTraffic::label).containsExactly("1201", "44", "1202");
  }

  @Test
  void missingTextKeysGroupAsEmpty() {
    UsageRecord r =
        Usage.ingress().trunk(null, null, null).code(null, null, null).calls(1, 1).build();
    UsageSections s =
        UsageAggregator.aggregate(Direction.INGRESS, List.of(r), InvoiceOptions.all());
    assertThat(s.byCodeName()).extracting(LabeledTraffic::label).containsExactly("");
    assertThat(s.trunkSummary().get(0).trunk().label()).isEmpty();
  }

  @Test
  void trafficPlusAddsEveryField() {
    Traffic t =
        new Traffic(1, new BigDecimal("1.5"), Money.of("2"))
            .plus(new Traffic(2, new BigDecimal("0.5"), Money.of("1")));
    assertThat(t.calls()).isEqualTo(3);
    assertNumber(t.minutes(), "2");
    assertThat(t.amount()).isEqualTo(Money.of("3"));
    assertThat(Traffic.NONE.plus(Traffic.NONE).calls()).isZero();
    assertThatThrownBy(() -> new Traffic(0, null, Money.ZERO))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void usageRecordRequiresItsCounters() {
    assertThatThrownBy(() -> Usage.ingress().day(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("localDay");
  }
}
