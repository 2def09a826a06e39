package org.autoinvoice.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Billed minutes and average rates (rule N3): minutes = Σ billed seconds / 60, average rate = cost
 * / minutes (0 when minutes are 0).
 *
 * <p>Why a fixed scale: seconds / 60 has no finite decimal expansion in general (1 s = 0.0166…
 * min), so exact {@code BigDecimal} division would throw. Both quotients are therefore taken
 * HALF_UP at {@link #SCALE} = 10 decimals, far below anything printed (minutes 2 decimals, rates at
 * most 10) or stored, so the result is exact for every practical purpose. Divide the <em>sum</em>
 * of seconds, not each row, so that the only rounding happens once.
 */
public final class Minutes {
  /** Decimals kept by {@link #ofSeconds} and {@link #averageRate}. */
  public static final int SCALE = 10;

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private Minutes() {}

  /** {@code seconds / 60} at {@link #SCALE} decimals, HALF_UP. */
  public static BigDecimal ofSeconds(long seconds) {
    return ofSeconds(BigDecimal.valueOf(seconds));
  }

  /** {@code seconds / 60} at {@link #SCALE} decimals, HALF_UP. */
  public static BigDecimal ofSeconds(BigDecimal seconds) {
    Objects.requireNonNull(seconds, "seconds");
    return seconds.divide(SIXTY, SCALE, RoundingMode.HALF_UP);
  }

  /** {@code cost / minutes} at {@link #SCALE} decimals, HALF_UP; zero when minutes are zero. */
  public static BigDecimal averageRate(BigDecimal cost, BigDecimal minutes) {
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(minutes, "minutes");
    if (minutes.signum() == 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    return cost.divide(minutes, SCALE, RoundingMode.HALF_UP);
  }

  /** {@code cost / minutes} at {@link #SCALE} decimals, HALF_UP; zero when minutes are zero. */
  public static BigDecimal averageRate(Money cost, BigDecimal minutes) {
    Objects.requireNonNull(cost, "cost");
    return averageRate(cost.amount(), minutes);
  }
}
