package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import org.autoinvoice.domain.money.Money;

/** Calls, minutes, talk time and amount of one jurisdiction of a trunk ("Detail by Trunk"). */
public record JurisdictionTraffic(
    long calls, BigDecimal minutes, long durationSeconds, Money amount) {

  /** ACD in minutes: talk seconds ÷ calls ÷ 60 (0 without calls). */
  public BigDecimal acdMinutes() {
    return Ratios.acdMinutes(durationSeconds, calls);
  }
}
