package org.autoinvoice.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.money.Money;

class UsageAggregatorPropertiesTest {
  @Provide
  Arbitrary<List<UsageRecord>> records() {
    Arbitrary<UsageRecord> one =
        Combinators.combine(
                Arbitraries.of("A", "B", " A ", "C"),
                Arbitraries.integers().between(1, 5),
                Arbitraries.longs().between(0, 50),
                Arbitraries.longs().between(0, 5000),
                Arbitraries.integers().between(0, 100000),
                Arbitraries.integers().between(1, 28))
            .as(
                (name, trunk, answered, seconds, cents, day) ->
                    Usage.ingress()
                        .trunk(trunk, "T" + trunk, "p")
                        .code("c" + trunk, name, name.trim() + "land")
                        .day(String.format("2024-01-%02d", day))
                        .calls(answered, answered)
                        .billed(seconds, seconds, BigDecimal.valueOf(cents, 4).toPlainString())
                        .build());
    return one.list().ofMaxSize(30);
  }

  @Property
  void everyGroupingAddsUpToTheTotals(@ForAll("records") List<UsageRecord> records) {
    UsageSections s = UsageAggregator.aggregate(Direction.INGRESS, records, InvoiceOptions.all());
    UsageTotals t = s.totals();
    for (List<Traffic> grouping :
        List.of(
            s.byCodeName().stream().map(LabeledTraffic::traffic).toList(),
            s.byCountry().stream().map(LabeledTraffic::traffic).toList(),
            s.byDate().stream().map(DateTraffic::traffic).toList(),
            s.trunkSummary().stream().map(TrunkSummary::traffic).toList())) {
      Traffic sum = grouping.stream().reduce(Traffic.NONE, Traffic::plus);
      assertThat(sum.calls()).isEqualTo(t.answeredCalls());
      assertThat(sum.amount()).isEqualTo(t.cost());
      // each group rounds its minutes once at scale 10: at most half a unit each
      assertThat(sum.minutes().subtract(t.minutes()).abs())
          .isLessThanOrEqualTo(
              new BigDecimal("1E-10").multiply(BigDecimal.valueOf(grouping.size())));
    }
    Money detail =
        s.usageDetail().stream().map(CodeNameUsage::cost).reduce(Money.ZERO, Money::plus);
    assertThat(detail).isEqualTo(t.cost());
    assertThat(s.codeSummary().size()).isLessThanOrEqualTo(UsageAggregator.CODE_SUMMARY_SIZE);
  }
}
