package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.autoinvoice.domain.money.Money;

/**
 * One row of "Usage Detail" and of its "Jurisdictional Break-down": a code name (with its rate
 * effective date, and actual rate when the invoice prints actual rates); indeterminate = total −
 * inter − intra.
 */
public record CodeNameUsage(
    String codeName,
    LocalDate effectiveDate,
    BigDecimal actualRate,
    long calls,
    BigDecimal minutes,
    Money cost,
    BigDecimal interMinutes,
    Money interCost,
    BigDecimal intraMinutes,
    Money intraCost) {

  /** Cost ÷ minutes (0 when no minutes). */
  public BigDecimal averageRate() {
    return Ratios.rate(cost, minutes);
  }

  /** The actual rate when grouped by it, else the average rate. */
  public BigDecimal printedRate() {
    return actualRate != null ? actualRate : averageRate();
  }

  public BigDecimal interRate() {
    return Ratios.rate(interCost, interMinutes);
  }

  public BigDecimal intraRate() {
    return Ratios.rate(intraCost, intraMinutes);
  }

  public BigDecimal indeterminateMinutes() {
    return minutes.subtract(interMinutes).subtract(intraMinutes);
  }

  public Money indeterminateCost() {
    return cost.minus(interCost).minus(intraCost);
  }

  public BigDecimal indeterminateRate() {
    return Ratios.rate(indeterminateCost(), indeterminateMinutes());
  }
}
