package org.autoinvoice.domain.surcharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.usage.ShortCallBuckets;
import org.autoinvoice.domain.usage.UsageTotals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortCallSurchargePolicyTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // case,                        threshold, percent, charge, type, answered, b6, b12, b18, b24,
    // b30, short, used, percentOut, cost
    "'6 s bucket, type 0',                 6, 5,    0.5, 0, 100, 10, 5, 4, 3, 2, 10,  6, 10, 5.0",
    "'12 s adds call_12s',                12, 5,    0.5, 0, 100, 10, 5, 4, 3, 2, 15, 12, 15, 7.5",
    "'18 s adds call_18s',                18, 5,    0.5, 0, 100, 10, 5, 4, 3, 2, 19, 18, 19, 9.5",
    "'24 s adds call_24s',                24, 5,    0.5, 0, 100, 10, 5, 4, 3, 2, 22, 24, 22, 11.0",
    "'30 s adds not_zero_calls_30',       30, 5,    0.5, 0, 100, 10, 5, 4, 3, 2, 24, 30, 24, 12.0",
    "'type 1 charges calls over 5 %',     12, 5,    0.5, 1, 100, 10, 5, 4, 3, 2, 15, 12, 15, 5.0",
    "'type 1 ceil(7.5) = 8',               6, 7.5,  0.5, 1, 100, 10, 5, 4, 3, 2, 10,  6, 10, 1.0",
    "'type 1 ceil(0.7) = 1',               6, 10,  1.25, 1,   7,  2, 0, 0, 0, 0,  2,  6, 28.5714285714, 1.25",
    "'exactly at the threshold: none',     6, 10,   0.5, 0, 100, 10, 5, 4, 3, 2, 10,  6, 10, 0",
    "'type 1 exactly at threshold: none',  6, 10,   0.5, 1, 100, 10, 5, 4, 3, 2, 10,  6, 10, 0",
    "'just over the threshold',            6, 9.99, 0.5, 0, 100, 10, 5, 4, 3, 2, 10,  6, 10, 5.0",
    "'no answered calls',                  6, 5,    0.5, 0,   0,  0, 0, 0, 0, 0,  0,  6,  0, 0",
    "'percent 0 is off',                   6, 0,    0.5, 0, 100, 10, 5, 4, 3, 2, 10,  6, 10, 0",
    "'charge 0 is off',                    6, 5,    0,   0, 100, 10, 5, 4, 3, 2, 10,  6, 10, 0",
    "'15 s rounds down to 12',            15, 5,    0.5, 0, 100, 10, 5, 4, 3, 2, 15, 12, 15, 7.5",
    "'45 s rounds down to 30',            45, 5,    0.5, 0, 100, 10, 5, 4, 3, 2, 24, 30, 24, 12.0",
    "'5 s is off',                         5, 5,    0.5, 0, 100, 10, 5, 4, 3, 2,  0,  0,  0, 0",
    "'0 s is off',                         0, 5,    0.5, 0, 100, 10, 5, 4, 3, 2,  0,  0,  0, 0",
    "'negative is off',                   -6, 5,    0.5, 0, 100, 10, 5, 4, 3, 2,  0,  0,  0, 0",
  })
  void surcharge(
      String name,
      int threshold,
      BigDecimal percent,
      BigDecimal charge,
      int type,
      long answered,
      long b6,
      long b12,
      long b18,
      long b24,
      long b30,
      long expectedShort,
      int expectedThreshold,
      BigDecimal expectedPercent,
      BigDecimal expectedCost) {
    ShortCallSurcharge s =
        ShortCallSurchargePolicy.apply(
            new ShortCallSettings(threshold, percent, charge, type),
            answered,
            new ShortCallBuckets(b6, b12, b18, b24, b30));
    assertThat(s.answeredCalls()).isEqualTo(answered);
    assertThat(s.shortCalls()).isEqualTo(expectedShort);
    assertThat(s.thresholdSeconds()).isEqualTo(expectedThreshold);
    assertThat(s.shortPercent()).isEqualByComparingTo(expectedPercent);
    assertThat(s.type()).isEqualTo(type);
    assertThat(s.cost()).isEqualTo(new Money(expectedCost));
  }

  @Test
  void readsAnsweredCallsAndBucketsFromIngressTotals() {
    UsageTotals totals =
        new UsageTotals(
            50,
            40,
            BigDecimal.TEN,
            Money.of("3"),
            new ShortCallBuckets(8, 0, 0, 0, 0),
            UsageTotals.NONE.lrn());
    // 8 / 40 = 20 % > 10 % → 8 × 0.25
    ShortCallSurcharge s =
        ShortCallSurchargePolicy.apply(
            new ShortCallSettings(6, BigDecimal.TEN, new BigDecimal("0.25"), 0), totals);
    assertThat(s.cost()).isEqualTo(Money.of("2.00"));
  }

  @Test
  void settingsRejectAnUnknownType() {
    assertThatThrownBy(() -> new ShortCallSettings(6, BigDecimal.ONE, BigDecimal.ONE, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scc_type must be 0");
    assertThat(ShortCallSettings.NONE.thresholdSeconds()).isZero();
  }

  @Property
  void costIsNeverNegativeAndTypeOneNeverExceedsTypeZero(
      @ForAll @IntRange(min = -10, max = 40) int threshold,
      @ForAll @IntRange(min = 0, max = 100) int percent,
      @ForAll @LongRange(min = 0, max = 50) long b6,
      @ForAll @LongRange(min = 0, max = 50) long b30,
      @ForAll @LongRange(min = 0, max = 200) long others) {
    ShortCallBuckets buckets = new ShortCallBuckets(b6, 0, 0, 0, b30);
    long answered = b6 + b30 + others;
    BigDecimal p = BigDecimal.valueOf(percent);
    Money all =
        ShortCallSurchargePolicy.apply(
                new ShortCallSettings(threshold, p, BigDecimal.ONE, 0), answered, buckets)
            .cost();
    Money over =
        ShortCallSurchargePolicy.apply(
                new ShortCallSettings(threshold, p, BigDecimal.ONE, 1), answered, buckets)
            .cost();
    assertThat(over.signum()).isGreaterThanOrEqualTo(0);
    assertThat(over).isLessThanOrEqualTo(all);
  }
}
