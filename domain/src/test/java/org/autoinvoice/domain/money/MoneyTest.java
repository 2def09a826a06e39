package org.autoinvoice.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @Test
  void sumsStayExact() {
    Money sum = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(Money.of("0.1"));
    }
    assertThat(sum.amount()).isEqualByComparingTo("1.0");
    assertThat(Money.of("0.00001").plus(Money.of("0.00002")).amount()).isEqualTo("0.00003");
  }

  @Test
  void arithmetic() {
    Money a = Money.of("10.125");
    assertThat(a.minus(Money.of("0.125"))).isEqualTo(Money.of("10"));
    assertThat(a.times(new BigDecimal("2"))).isEqualTo(Money.of("20.25"));
    assertThat(a.times(3)).isEqualTo(Money.of("30.375"));
    assertThat(a.negate()).isEqualTo(Money.of("-10.125"));
    assertThat(a.negate().abs()).isEqualTo(a);
    assertThat(a.signum()).isEqualTo(1);
    assertThat(a.negate().signum()).isEqualTo(-1);
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(Money.of("0.000").isZero()).isTrue();
    assertThat(a.isZero()).isFalse();
  }

  @Test
  void nullAmountIsZeroInFactoryButRejectedInConstructor() {
    assertThat(Money.of((BigDecimal) null)).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> new Money(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void equalityIgnoresScale() {
    assertThat(Money.of("1.50")).isEqualTo(Money.of("1.5"));
    assertThat(Money.of("1.50")).hasSameHashCodeAs(Money.of("1.5000"));
    assertThat(Money.of("1.5")).isNotEqualTo(Money.of("1.51"));
    assertThat(Money.of("1.5")).isNotEqualTo("1.5");
    assertThat(Money.of("1.5").compareTo(Money.of("1.50"))).isZero();
    assertThat(Money.of("-1").compareTo(Money.of("1"))).isNegative();
    assertThat(Money.of("1.50").toString()).isEqualTo("1.50");
    assertThat(Money.of("1E+3").toString()).isEqualTo("1000");
  }

  @ParameterizedTest(name = "{0} at scale {1} -> {2}")
  @CsvSource({
    "1.005, 2, 1.01",
    "1.004, 2, 1.00",
    "-1.005, 2, -1.01",
    "2.5, 0, 3",
    "-2.5, 0, -3",
    "0.123456789, 5, 0.12346",
    "7, 3, 7.000",
  })
  void roundsHalfUpOnlyWhenAsked(String amount, int scale, String expected) {
    Money m = Money.of(amount);
    assertThat(m.rounded(scale)).isEqualTo(new BigDecimal(expected));
    assertThat(m.amount()).isEqualTo(new BigDecimal(amount));
  }
}
