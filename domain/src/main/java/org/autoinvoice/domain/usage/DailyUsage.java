package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.autoinvoice.domain.money.Money;

/** One local day of "Daily Usage": minutes and cost split interstate / intrastate / total. */
public record DailyUsage(
    LocalDate day,
    BigDecimal interMinutes,
    BigDecimal intraMinutes,
    BigDecimal totalMinutes,
    Money interCost,
    Money intraCost,
    Money totalCost) {

  /** Total − inter − intra minutes. */
  public BigDecimal indeterminateMinutes() {
    return totalMinutes.subtract(interMinutes).subtract(intraMinutes);
  }

  /** Total − inter − intra cost. */
  public Money indeterminateCost() {
    return totalCost.minus(interCost).minus(intraCost);
  }
}
