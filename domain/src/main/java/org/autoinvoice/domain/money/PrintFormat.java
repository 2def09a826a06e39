package org.autoinvoice.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are printed on an invoice (rule N2): rounded HALF_UP to a fixed number of decimals,
 * thousands separated by commas ({@code 1,234.50}), negative values in parentheses ({@code
 * (1,234.50)}). Amounts use {@code system_parameter.invoice_decimal_digits}, rates the invoice's
 * {@code decimal_place}, minutes always 2 decimals.
 *
 * <p>A value that rounds to zero prints without parentheses ({@code -0.001} → {@code 0.00}); a
 * {@code null} value prints as zero. Output does not depend on the JVM's locale.
 */
public final class PrintFormat {
  /** Decimals of printed minutes. */
  public static final int MINUTE_DECIMALS = 2;

  /** The largest number of decimals the DNL settings allow (0–10). */
  public static final int MAX_DECIMALS = 10;

  private PrintFormat() {}

  /** An amount with {@code invoiceDecimalDigits} decimals, e.g. {@code (1,234.50)}. */
  public static String amount(Money value, int invoiceDecimalDigits) {
    return amount(value == null ? null : value.amount(), invoiceDecimalDigits);
  }

  /** An amount with {@code invoiceDecimalDigits} decimals, e.g. {@code (1,234.50)}. */
  public static String amount(BigDecimal value, int invoiceDecimalDigits) {
    check(invoiceDecimalDigits, "system_parameter.invoice_decimal_digits");
    return number(value, invoiceDecimalDigits);
  }

  /** A rate with the invoice's {@code decimal_place} (0–10) decimals. */
  public static String rate(BigDecimal value, int decimalPlace) {
    check(decimalPlace, "invoice.decimal_place");
    return number(value, decimalPlace);
  }

  /** Minutes with 2 decimals, e.g. {@code 12,345.68}. */
  public static String minutes(BigDecimal value) {
    return number(value, MINUTE_DECIMALS);
  }

  /** A percentage with {@code decimals} decimals and a trailing {@code %}, e.g. {@code 12.50%}. */
  public static String percent(BigDecimal value, int decimals) {
    check(decimals, "percent decimals");
    return number(value, decimals) + "%";
  }

  /**
   * The common form: HALF_UP to {@code decimals}, comma thousands separators, parentheses when the
   * rounded value is negative.
   */
  public static String number(BigDecimal value, int decimals) {
    check(decimals, "decimals");
    BigDecimal rounded =
        (value == null ? BigDecimal.ZERO : value).setScale(decimals, RoundingMode.HALF_UP);
    String plain = rounded.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder grouped = new StringBuilder(integer.length() + integer.length() / 3);
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(integer.charAt(i));
    }
    String text = grouped.append(fraction).toString();
    return rounded.signum() < 0 ? "(" + text + ")" : text;
  }

  private static void check(int decimals, String field) {
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          field + " must be 0.." + MAX_DECIMALS + " decimals, got " + decimals);
    }
  }
}
