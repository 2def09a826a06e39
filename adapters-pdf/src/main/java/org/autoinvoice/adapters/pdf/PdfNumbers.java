package org.autoinvoice.adapters.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.autoinvoice.domain.money.Minutes;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.money.PrintFormat;

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

  /** Average rate as the domain computes it (the same value the detail rows store). */
  static BigDecimal averageRate(Money cost, BigDecimal minutes) {
    if (minutes == null || cost == null) {
      return BigDecimal.ZERO;
    }
    return Minutes.averageRate(cost, minutes);
  }

  /** Rule N2's printed form, see {@link PrintFormat#number}. */
  static String fixed(BigDecimal value, int digits) {
    return PrintFormat.number(value, digits);
  }
}
