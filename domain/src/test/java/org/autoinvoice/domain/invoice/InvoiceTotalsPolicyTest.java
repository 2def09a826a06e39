package org.autoinvoice.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.usage.ShortCallBuckets;
import org.autoinvoice.domain.usage.UsageTotals;
import org.junit.jupiter.api.Test;

class InvoiceTotalsPolicyTest {
  static final UsageTotals BUY =
      new UsageTotals(
          20,
          10,
          new BigDecimal("12.5"),
          Money.of("100.00"),
          ShortCallBuckets.NONE,
          UsageTotals.NONE.lrn());
  static final UsageTotals SELL =
      new UsageTotals(
          8,
          4,
          new BigDecimal("3.25"),
          Money.of("40.00"),
          ShortCallBuckets.NONE,
          UsageTotals.NONE.lrn());
  static final BigDecimal TEN = BigDecimal.TEN;

  @Test
  void taxIsOnUsagePlusSurchargeOnlyWhenIncluded() {
    assertThat(TaxPolicy.tax(true, new BigDecimal("7.5"), Money.of("100"), Money.of("20")))
        .isEqualTo(Money.of("9")); // 120 × 7.5 / 100
    assertThat(TaxPolicy.tax(false, new BigDecimal("7.5"), Money.of("100"), Money.of("20")))
        .isEqualTo(Money.ZERO);
    assertThat(TaxPolicy.tax(true, new BigDecimal("3"), Money.of("0.01"), Money.ZERO))
        .isEqualTo(Money.of("0.0003")); // exact, not rounded
  }

  @Test
  void clientInvoiceAddsSurchargeAndTax() {
    InvoiceTotals t =
        InvoiceTotalsPolicy.compute(InvoiceType.CLIENT, BUY, SELL, Money.of("5"), true, TEN);
    assertThat(t.buyTotal()).isEqualTo(Money.of("100"));
    assertThat(t.buyMinutes()).isEqualByComparingTo("12.5");
    assertThat(t.sellTotal()).isEqualTo(Money.ZERO);
    assertThat(t.sellMinutes()).isEqualByComparingTo("0");
    assertThat(t.shortCallCost()).isEqualTo(Money.of("5"));
    assertThat(t.tax()).isEqualTo(Money.of("10.5")); // (100 + 5) × 10 %
    assertThat(t.totalAmount()).isEqualTo(Money.of("115.5"));
    assertThat(t.totalMinutes()).isEqualByComparingTo("12.5");
    assertThat(t.totalCalls()).isEqualTo(10);
  }

  @Test
  void clientInvoiceWithoutTax() {
    InvoiceTotals t =
        InvoiceTotalsPolicy.compute(InvoiceType.CLIENT, BUY, null, Money.of("5"), false, TEN);
    assertThat(t.tax()).isEqualTo(Money.ZERO);
    assertThat(t.totalAmount()).isEqualTo(Money.of("105"));
  }

  @Test
  void vendorInvoiceIsSellPlusTaxWithoutSurcharge() {
    InvoiceTotals t =
        InvoiceTotalsPolicy.compute(InvoiceType.VENDOR, BUY, SELL, Money.of("5"), true, TEN);
    assertThat(t.buyTotal()).isEqualTo(Money.ZERO);
    assertThat(t.sellTotal()).isEqualTo(Money.of("40"));
    assertThat(t.sellMinutes()).isEqualByComparingTo("3.25");
    assertThat(t.shortCallCost()).isEqualTo(Money.ZERO);
    assertThat(t.tax()).isEqualTo(Money.of("4"));
    assertThat(t.totalAmount()).isEqualTo(Money.of("44"));
    assertThat(t.totalMinutes()).isEqualByComparingTo("3.25");
    assertThat(t.totalCalls()).isEqualTo(4);
  }

  @Test
  void vendorInvoiceWithoutTaxIsTheSellTotal() {
    InvoiceTotals t = InvoiceTotalsPolicy.compute(InvoiceType.VENDOR, null, SELL, null, false, TEN);
    assertThat(t.totalAmount()).isEqualTo(Money.of("40"));
  }

  @Test
  void bothSidesNetsSellAgainstBuySurchargeAndTax() {
    InvoiceTotals t =
        InvoiceTotalsPolicy.compute(InvoiceType.BOTH, BUY, SELL, Money.of("5"), true, TEN);
    assertThat(t.buyTotal()).isEqualTo(Money.of("100"));
    assertThat(t.sellTotal()).isEqualTo(Money.of("40"));
    assertThat(t.tax()).isEqualTo(Money.of("10.5"));
    assertThat(t.totalAmount()).isEqualTo(Money.of("75.5")); // 100 + 5 + 10.5 − 40
    assertThat(t.totalMinutes()).isEqualByComparingTo("15.75");
    assertThat(t.totalCalls()).isEqualTo(14);
  }
}
