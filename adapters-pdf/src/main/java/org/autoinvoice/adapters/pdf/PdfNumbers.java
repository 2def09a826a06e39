package org.autoinvoice.adapters.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.autoinvoice.domain.money.Money;

/**
 * How numbers print on an invoice (rule N2): amounts with {@code invoice_decimal_digits}, rates
 * with the invoice's {@code decimal_place}, minutes with 2 decimals, all rounded HALF_UP with
 * thousands separators; negatives in parentheses; dates MM/dd/yyyy.
 */
final class PdfNumbers {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final int MINUTE_DIGITS = 2;

  private final int amountDigits;
  private final int rateDigits;

  PdfNumbers(int amountDigits, int rateDigits) {
    if (amountDigits < 0 || amountDigits > 10 || rateDigits < 0 || rateDigits > 10) {
      throw new IllegalArgumentException(
          "amount and rate decimals must be 0..10, got " + amountDigits + " and " + rateDigits);
    }
    this.amountDigits = amountDigits;
    this.rateDigits = rateDigits;
  }

  String amount(Money money) {
    return money == null
        ? fixed(BigDecimal.ZERO, amountDigits)
        : fixed(money.amount(), amountDigits);
  }

  String amount(BigDecimal value) {
    return fixed(value == null ? BigDecimal.ZERO : value, amountDigits);
  }

  String rate(BigDecimal value) {
    return fixed(value == null ? BigDecimal.ZERO : value, rateDigits);
  }

  /** Average rate = cost ÷ minutes (0 when there are no minutes), at rate decimals. */
  String rate(Money cost, BigDecimal minutes) {
    return rate(averageRate(cost, minutes));
  }

  String minutes(BigDecimal value) {
    return fixed(value == null ? BigDecimal.ZERO : value, MINUTE_DIGITS);
  }

  String count(long value) {
    return fixed(BigDecimal.valueOf(value), 0);
  }

  String percent(BigDecimal value) {
    return fixed(value == null ? BigDecimal.ZERO : value, 2);
  }

  static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  static BigDecimal averageRate(Money cost, BigDecimal minutes) {
    if (minutes == null || minutes.signum() == 0 || cost == null) {
      return BigDecimal.ZERO;
    }
    return cost.amount().divide(minutes, MathContext.DECIMAL64);
  }

  /** Rounds HALF_UP to {@code digits}, groups thousands, puts a negative result in parentheses. */
  static String fixed(BigDecimal value, int digits) {
    BigDecimal rounded = value.setScale(digits, RoundingMode.HALF_UP);
    DecimalFormat format =
        new DecimalFormat(
            digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
            DecimalFormatSymbols.getInstance(Locale.US));
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(rounded.abs());
    return rounded.signum() < 0 ? "(" + text + ")" : text;
  }
}
