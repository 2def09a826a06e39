package org.autoinvoice.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinutesTest {

  @ParameterizedTest(name = "{0} s -> {1} min")
  @CsvSource({
    "0, 0.0000000000",
    "60, 1.0000000000",
    "1, 0.0166666667",
    "90, 1.5000000000",
    "100, 1.6666666667",
    "3600000, 60000.0000000000",
    "-30, -0.5000000000",
  })
  void minutesFromSeconds(long seconds, String expected) {
    assertThat(Minutes.ofSeconds(seconds)).isEqualTo(new BigDecimal(expected));
    assertThat(Minutes.ofSeconds(BigDecimal.valueOf(seconds))).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void fractionalSeconds() {
    assertThat(Minutes.ofSeconds(new BigDecimal("30.6"))).isEqualTo(new BigDecimal("0.5100000000"));
  }

  @ParameterizedTest(name = "{0} / {1} min -> {2}")
  @CsvSource({
    "10, 5, 2.0000000000",
    "1, 3, 0.3333333333",
    "2, 3, 0.6666666667",
    "0.012, 1.0000000000, 0.0120000000",
    "5, 0, 0E-10",
    "5, 0.0000, 0E-10",
  })
  void averageRate(String cost, String minutes, String expected) {
    assertThat(Minutes.averageRate(new BigDecimal(cost), new BigDecimal(minutes)))
        .isEqualTo(new BigDecimal(expected));
    assertThat(Minutes.averageRate(Money.of(cost), new BigDecimal(minutes)))
        .isEqualTo(new BigDecimal(expected));
  }

  @Test
  void averageRateOfSummedSecondsIsConsistentWithPrintedRate() {
    BigDecimal minutes = Minutes.ofSeconds(7);
    BigDecimal rate = Minutes.averageRate(new BigDecimal("0.0014"), minutes);
    assertThat(PrintFormat.rate(rate, 4)).isEqualTo("0.0120");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Minutes.ofSeconds(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Minutes.averageRate((BigDecimal) null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Minutes.averageRate(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Minutes.averageRate((Money) null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
  }
}
