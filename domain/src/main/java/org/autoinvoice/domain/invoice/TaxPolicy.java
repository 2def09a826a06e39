package org.autoinvoice.domain.invoice;

import java.math.BigDecimal;
import java.util.Objects;
import org.autoinvoice.domain.money.Money;

/**
 * Tax (rule N5): when the client includes tax, tax = (usage + short-call surcharge) × tax% ÷ 100,
 * exact; otherwise 0.
 */
public final class TaxPolicy {
  private TaxPolicy() {}

  public static Money tax(boolean includeTax, BigDecimal taxPercent, Money usage, Money surcharge) {
    Objects.requireNonNull(taxPercent, "taxPercent");
    if (!includeTax) {
      return Money.ZERO;
    }
    return new Money(usage.plus(surcharge).amount().multiply(taxPercent).movePointLeft(2));
  }
}
