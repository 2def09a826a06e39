package org.autoinvoice.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintFormatTest {

  @ParameterizedTest(name = "amount {0} with {1} digits -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234.5        | 2 | 1,234.50",
        "-1234.5       | 2 | (1,234.50)",
        "0             | 2 | 0.00",
        "-0.001        | 2 | 0.00",
        "-0.005        | 2 | (0.01)",
        "0.005         | 2 | 0.01",
        "999.995       | 2 | 1,000.00",
        "1234567.891   | 0 | 1,234,568",
        "-1234567.5    | 0 | (1,234,568)",
        "123           | 2 | 123.00",
        "1000          | 2 | 1,000.00",
        "100000        | 2 | 100,000.00",
        "12.3456789    | 5 | 12.34568",
        "1E+6          | 1 | 1,000,000.0",
        "0.00000000005 | 10 | 0.0000000001",
      })
  void amounts(String value, int digits, String expected) {
    assertThat(PrintFormat.amount(new BigDecimal(value), digits)).isEqualTo(expected);
    assertThat(PrintFormat.amount(Money.of(value), digits)).isEqualTo(expected);
  }

  @Test
  void missingValuesPrintAsZero() {
    assertThat(PrintFormat.amount((Money) null, 2)).isEqualTo("0.00");
    assertThat(PrintFormat.amount((BigDecimal) null, 3)).isEqualTo("0.000");
    assertThat(PrintFormat.minutes(null)).isEqualTo("0.00");
  }

  @ParameterizedTest(name = "rate {0} with decimal_place {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.0123456789 | 4  | 0.0123",
        "0.01235      | 4  | 0.0124",
        "0.0123456789 | 10 | 0.0123456789",
        "0.5          | 0  | 1",
        "1234.5       | 1  | 1,234.5",
        "-0.25        | 2  | (0.25)",
      })
  void rates(String value, int decimalPlace, String expected) {
    assertThat(PrintFormat.rate(new BigDecimal(value), decimalPlace)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "minutes {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.0166666667 | 0.02",
        "12345.675    | 12,345.68",
        "59.994       | 59.99",
        "0            | 0.00",
      })
  void minutes(String value, String expected) {
    assertThat(PrintFormat.minutes(new BigDecimal(value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "percent {0} with {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12.5      | 2 | 12.50%",
        "33.333333 | 2 | 33.33%",
        "66.6666   | 0 | 67%",
        "-5        | 1 | (5.0)%",
      })
  void percents(String value, int decimals, String expected) {
    assertThat(PrintFormat.percent(new BigDecimal(value), decimals)).isEqualTo(expected);
  }

  @Test
  void independentOfDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(PrintFormat.amount(new BigDecimal("1234.5"), 2)).isEqualTo("1,234.50");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void rejectsDecimalsOutsideZeroToTen() {
    assertThatThrownBy(() -> PrintFormat.amount(BigDecimal.ONE, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("system_parameter.invoice_decimal_digits")
        .hasMessageContaining("0..10");
    assertThatThrownBy(() -> PrintFormat.rate(BigDecimal.ONE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoice.decimal_place");
    assertThatThrownBy(() -> PrintFormat.percent(BigDecimal.ONE, 12))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PrintFormat.number(BigDecimal.ONE, 11))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
