package org.autoinvoice.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of money (rule N1/N2): sums never round; rounding HALF_UP happens only in {@link
 * #rounded(int)} when a value is stored or printed.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    Objects.requireNonNull(amount, "amount");
  }

  public static Money of(BigDecimal amount) {
    return amount == null ? ZERO : new Money(amount);
  }

  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor));
  }

  public Money times(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)));
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  public Money abs() {
    return new Money(amount.abs());
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public int signum() {
    return amount.signum();
  }

  /** The amount rounded HALF_UP to {@code scale} decimals, for storing or printing only. */
  public BigDecimal rounded(int scale) {
    return amount.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  /** Equal when the amounts are numerically equal, whatever their scale. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
