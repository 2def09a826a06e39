package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import org.autoinvoice.domain.money.Money;

/** Totals of one side's usage over the period (rule N3): attempts, answered, minutes, cost. */
public record UsageTotals(
    long attempts,
    long answeredCalls,
    BigDecimal minutes,
    Money cost,
    ShortCallBuckets shortCalls,
    LrnCharges lrn) {
  public static final UsageTotals NONE =
      new UsageTotals(
          0,
          0,
          BigDecimal.ZERO,
          Money.ZERO,
          ShortCallBuckets.NONE,
          new LrnCharges(0, BigDecimal.ZERO, Money.ZERO));

  /** Cost ÷ minutes (0 when no minutes). */
  public BigDecimal averageRate() {
    return Ratios.rate(cost, minutes);
  }

  /** No answered call and no cost. */
  public boolean isZeroTraffic() {
    return answeredCalls == 0 && cost.isZero();
  }
}
