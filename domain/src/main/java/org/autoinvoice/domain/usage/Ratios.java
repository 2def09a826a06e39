package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.autoinvoice.domain.money.Minutes;
import org.autoinvoice.domain.money.Money;

/** The few divisions the usage sections need (rule N3), each done once at scale 10 HALF_UP. */
public final class Ratios {
  /** Scale of every quotient (minutes, rates, ACD, percentages) before printing. */
  public static final int SCALE = Minutes.SCALE;

  private Ratios() {}

  /** Billed seconds as minutes: seconds ÷ 60 at scale 10 HALF_UP. */
  public static BigDecimal minutes(long seconds) {
    return Minutes.ofSeconds(seconds);
  }

  /** {@code amount ÷ divisor} at scale 10 HALF_UP; 0 when the divisor is 0. */
  public static BigDecimal ratio(BigDecimal amount, BigDecimal divisor) {
    if (divisor.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return amount.divide(divisor, SCALE, RoundingMode.HALF_UP);
  }

  /** Average rate = cost ÷ minutes, 0 when minutes are 0. */
  public static BigDecimal rate(Money cost, BigDecimal minutes) {
    return Minutes.averageRate(cost, minutes);
  }

  /** Average call duration in minutes: talk seconds ÷ calls ÷ 60, 0 without calls. */
  public static BigDecimal acdMinutes(long durationSeconds, long calls) {
    return ratio(BigDecimal.valueOf(durationSeconds), BigDecimal.valueOf(calls * 60));
  }
}
