package org.autoinvoice.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.client.AutoInvoiceSettings;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.client.Clients;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.UsageAggregator;
import org.autoinvoice.domain.usage.UsageSections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceValuesTest {
  static final InvoicePeriod PERIOD =
      new InvoicePeriod(
          LocalDateTime.parse("2024-01-01T00:00:00"),
          LocalDateTime.parse("2024-01-31T23:59:59"),
          ZoneSpec.UTC);
  static final UsageSections IN =
      UsageAggregator.aggregate(Direction.INGRESS, List.of(), InvoiceOptions.none());
  static final UsageSections OUT =
      UsageAggregator.aggregate(Direction.EGRESS, List.of(), InvoiceOptions.none());
  static final InvoiceTotals TOTALS =
      InvoiceTotalsPolicy.compute(
          InvoiceType.CLIENT, null, null, Money.ZERO, false, BigDecimal.ZERO);

  static Invoice invoice(
      InvoiceType type, LocalDate date, LocalDate due, UsageSections in, UsageSections out) {
    return new Invoice(
        "1",
        new ClientId(1),
        type,
        CreateType.AUTO,
        PERIOD,
        date,
        due,
        InvoiceOptions.none(),
        TOTALS,
        InvoiceState.NORMAL,
        InvoiceStatus.DONE,
        in,
        out,
        null,
        null,
        List.of());
  }

  @Test
  void invoiceChecksDatesAndSides() {
    LocalDate d = LocalDate.of(2024, 2, 1);
    assertThat(invoice(InvoiceType.BOTH, d, d, IN, OUT).type()).isEqualTo(InvoiceType.BOTH);
    assertThatThrownBy(() -> invoice(InvoiceType.CLIENT, d, d.minusDays(1), IN, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoice_due_date");
    assertThatThrownBy(() -> invoice(InvoiceType.CLIENT, d, d, null, OUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs client usage");
    assertThatThrownBy(() -> invoice(InvoiceType.VENDOR, d, d, IN, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs vendor usage");
    assertThatThrownBy(() -> invoice(InvoiceType.BOTH, d, d, null, OUT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invoiceTypeCodes() {
    for (InvoiceType t : InvoiceType.values()) {
      assertThat(InvoiceType.fromCode(t.code())).isEqualTo(t);
    }
    assertThat(InvoiceType.fromCode(2)).isEqualTo(InvoiceType.BOTH);
    assertThatThrownBy(() -> InvoiceType.fromCode(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be 0 (client), 1 (vendor) or 2 (both), got 3");
  }

  @Test
  void stateAndStatusCodes() {
    assertThat(InvoiceState.fromCode(-1)).isEqualTo(InvoiceState.VOID);
    assertThat(InvoiceState.fromCode(9)).isEqualTo(InvoiceState.SENT);
    assertThat(InvoiceState.VERIFIED.code()).isEqualTo(1);
    assertThatThrownBy(() -> InvoiceState.fromCode(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoice.state");
    assertThat(InvoiceStatus.fromCode(-1)).isEqualTo(InvoiceStatus.VOID);
    assertThat(InvoiceStatus.fromCode(1)).isEqualTo(InvoiceStatus.ZERO_TRAFFIC);
    assertThat(InvoiceStatus.fromCode(2)).isEqualTo(InvoiceStatus.DONE);
    assertThat(InvoiceStatus.SENT.code()).isEqualTo(3);
    assertThatThrownBy(() -> InvoiceStatus.fromCode(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoice.status");
    assertThat(CreateType.fromCode(1)).isEqualTo(CreateType.MANUAL);
    assertThat(CreateType.fromCode(0)).isEqualTo(CreateType.AUTO);
    assertThat(CreateType.MANUAL.code()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void optionsRejectDecimalPlacesOutsideZeroToTen(int places) {
    assertThatThrownBy(
            () ->
                new InvoiceOptions(
                    false,
                    BalanceType.ACTUAL,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    places,
                    false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimal_place must be an integer from 0 to 10");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10})
  void optionsAcceptTheDecimalPlaceBounds(int places) {
    assertThat(
            new InvoiceOptions(
                    true,
                    BalanceType.MUTUAL,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    places,
                    true)
                .decimalPlace())
        .isEqualTo(places);
    assertThat(InvoiceOptions.all().usageDetail()).isTrue();
    assertThat(InvoiceOptions.none().usageDetail()).isFalse();
  }

  @Test
  void systemParameters() {
    SystemParameters d = SystemParameters.defaults();
    assertThat(d.invoiceDecimalDigits()).isEqualTo(2);
    assertThat(d.overlapProtection()).isTrue();
    assertThatThrownBy(() -> new SystemParameters(11, true, "", 0, "", 0, "", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoice_decimal_digits");
    assertThatThrownBy(() -> new SystemParameters(-1, true, "", 0, "", 0, "", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void clientValues() {
    assertThat(new ClientId(5).toString()).isEqualTo("5");
    assertThatThrownBy(() -> new ClientId(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("client_id must be a positive integer, got 0");
    Client c = Clients.plain(3);
    assertThat(c.postpaid()).isTrue();
    assertThat(Clients.client(4, 1, "0", false, false, "0", c.shortCalls()).postpaid()).isFalse();
    assertThatThrownBy(() -> new AutoInvoiceSettings(true, 0, null, null, 24, true, false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auto_invoice_hour");
    assertThatThrownBy(() -> new AutoInvoiceSettings(true, 0, null, null, -1, true, false, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
