package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import java.util.Objects;
import org.autoinvoice.domain.money.Money;

/** Answered calls, exact billed minutes and amount of one group of usage (rule N3). */
public record Traffic(long calls, BigDecimal minutes, Money amount) {
  public static final Traffic NONE = new Traffic(0, BigDecimal.ZERO, Money.ZERO);

  public Traffic {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(amount, "amount");
  }

  public Traffic plus(Traffic o) {
    return new Traffic(calls + o.calls, minutes.add(o.minutes), amount.plus(o.amount));
  }

  /** Amount ÷ minutes (0 when no minutes). */
  public BigDecimal averageRate() {
    return Ratios.rate(amount, minutes);
  }
}
