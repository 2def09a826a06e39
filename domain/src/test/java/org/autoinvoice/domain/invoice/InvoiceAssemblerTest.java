package org.autoinvoice.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.domain.balance.BalanceSnapshot;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.client.Clients;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.surcharge.ShortCallSettings;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.Usage;
import org.autoinvoice.domain.usage.UsageRecord;
import org.junit.jupiter.api.Test;

class InvoiceAssemblerTest {
  // tax 10 %; surcharge when more than 10 % of answered calls are ≤ 6 s, 0.5 per short call
  static final Client CLIENT =
      Clients.client(
          7,
          2,
          "-100",
          false,
          true,
          "10",
          new ShortCallSettings(6, BigDecimal.TEN, new BigDecimal("0.5"), 0));
  static final InvoicePeriod JANUARY =
      new InvoicePeriod(
          LocalDateTime.parse("2024-01-01T00:00:00"),
          LocalDateTime.parse("2024-01-31T23:59:59"),
          ZoneSpec.UTC);
  // 10 answered, 3 of them ≤ 6 s (30 %), 600 s, 20.00
  static final UsageRecord IN =
      Usage.ingress().calls(12, 10).billed(600, 590, "20.00").shortCalls(3, 0, 0, 0, 0).build();
  // 4 answered, 120 s, 8.00
  static final UsageRecord OUT = Usage.egress().calls(5, 4).billed(120, 130, "8.00").build();
  static final List<PaymentLine> PAYMENTS =
      List.of(new PaymentLine(Instant.parse("2024-01-10T00:00:00Z"), Money.of("5"), 4));
  static final PaymentLine CREDIT_NOTE =
      new PaymentLine(Instant.parse("2024-01-12T00:00:00Z"), Money.of("2"), 8);
  static final Optional<BalanceSnapshot> BEFORE =
      Optional.of(new BalanceSnapshot(Money.of("10"), Instant.parse("2023-12-31T00:00:00Z")));

  static InvoiceInputs inputs(
      InvoiceType type, InvoiceOptions options, List<UsageRecord> in, List<UsageRecord> out) {
    return new InvoiceInputs(
        CLIENT,
        options,
        type,
        CreateType.MANUAL,
        JANUARY,
        LocalDate.of(2024, 2, 1),
        LocalDate.of(2024, 2, 15),
        "1001",
        in,
        out,
        PAYMENTS,
        BEFORE,
        Money.of("-3"));
  }

  @Test
  void summaryOfPaymentsListsPaymentsReceivedButCreditNotesStillCountInTheAccountSummary() {
    InvoiceInputs base = inputs(InvoiceType.CLIENT, InvoiceOptions.all(), List.of(IN), List.of());
    List<PaymentLine> withCreditNote = List.of(PAYMENTS.get(0), CREDIT_NOTE);
    Invoice inv =
        InvoiceAssembler.assemble(
            new InvoiceInputs(
                base.client(),
                base.options(),
                base.type(),
                base.createType(),
                base.period(),
                base.invoiceDate(),
                base.dueDate(),
                base.number(),
                base.clientUsage(),
                base.vendorUsage(),
                withCreditNote,
                base.previousBalance(),
                base.currentBalance()));

    assertThat(inv.payments()).isEqualTo(PAYMENTS);
    // payments 5 + credit note 2
    assertThat(inv.accountSummary().paymentsAndCredits()).isEqualTo(Money.of("7"));
  }

  @Test
  void clientInvoiceWithEverySection() {
    Invoice inv =
        InvoiceAssembler.assemble(
            inputs(InvoiceType.CLIENT, InvoiceOptions.all(), List.of(IN), List.of(OUT)));
    assertThat(inv.number()).isEqualTo("1001");
    assertThat(inv.clientId()).isEqualTo(new ClientId(7));
    assertThat(inv.createType()).isEqualTo(CreateType.MANUAL);
    assertThat(inv.state()).isEqualTo(InvoiceState.NORMAL);
    assertThat(inv.status()).isEqualTo(InvoiceStatus.DONE);
    assertThat(inv.clientUsage().direction()).isEqualTo(Direction.INGRESS);
    assertThat(inv.vendorUsage()).isNull();
    assertThat(inv.clientUsage().usageDetail()).hasSize(1);
    // 3 / 10 = 30 % > 10 % → 3 × 0.5 = 1.5
    assertThat(inv.shortCallSurcharge()).isPresent();
    assertThat(inv.surcharge().shortCalls()).isEqualTo(3);
    assertThat(inv.surcharge().cost()).isEqualTo(Money.of("1.5"));
    InvoiceTotals t = inv.totals();
    assertThat(t.buyTotal()).isEqualTo(Money.of("20"));
    assertThat(t.buyMinutes()).isEqualByComparingTo("10");
    assertThat(t.shortCallCost()).isEqualTo(Money.of("1.5"));
    assertThat(t.tax()).isEqualTo(Money.of("2.15")); // (20 + 1.5) × 10 %
    assertThat(t.totalAmount()).isEqualTo(Money.of("23.65"));
    assertThat(t.totalCalls()).isEqualTo(10);
    // previous −10, paid 5, charge 23.65 → 8.65
    assertThat(inv.account()).isPresent();
    assertThat(inv.accountSummary().previousBalance()).isEqualTo(Money.of("-10"));
    assertThat(inv.accountSummary().currentCharge()).isEqualTo(Money.of("23.65"));
    assertThat(inv.accountSummary().newBalance()).isEqualTo(Money.of("8.65"));
    assertThat(inv.accountSummary().currentBalance()).isEqualTo(Money.of("-3"));
    assertThat(inv.payments()).isEqualTo(PAYMENTS);
    assertThat(inv.pdfFileName()).isEqualTo("1001_2024-02-01.pdf");
  }

  @Test
  void vendorInvoiceHasNoSurcharge() {
    Invoice inv =
        InvoiceAssembler.assemble(
            inputs(InvoiceType.VENDOR, InvoiceOptions.all(), List.of(IN), List.of(OUT)));
    assertThat(inv.clientUsage()).isNull();
    assertThat(inv.vendorUsage().direction()).isEqualTo(Direction.EGRESS);
    assertThat(inv.shortCallSurcharge()).isEmpty();
    assertThat(inv.totals().sellTotal()).isEqualTo(Money.of("8"));
    assertThat(inv.totals().tax()).isEqualTo(Money.of("0.8"));
    assertThat(inv.totals().totalAmount()).isEqualTo(Money.of("8.8"));
    assertThat(inv.totals().totalMinutes()).isEqualByComparingTo("2");
    assertThat(inv.status()).isEqualTo(InvoiceStatus.DONE);
  }

  @Test
  void bothSidesInvoiceNetsSellAgainstBuy() {
    Invoice inv =
        InvoiceAssembler.assemble(
            inputs(InvoiceType.BOTH, InvoiceOptions.all(), List.of(IN), List.of(OUT)));
    assertThat(inv.clientUsage()).isNotNull();
    assertThat(inv.vendorUsage()).isNotNull();
    assertThat(inv.surcharge().cost()).isEqualTo(Money.of("1.5"));
    // 20 + 1.5 + 2.15 − 8
    assertThat(inv.totals().totalAmount()).isEqualTo(Money.of("15.65"));
    assertThat(inv.totals().totalMinutes()).isEqualByComparingTo("12");
    assertThat(inv.totals().totalCalls()).isEqualTo(14);
  }

  @Test
  void optionsOffLeaveOutSurchargeAccountAndPayments() {
    Invoice inv =
        InvoiceAssembler.assemble(
            inputs(InvoiceType.CLIENT, InvoiceOptions.none(), List.of(IN), List.of()));
    assertThat(inv.surcharge()).isNull();
    assertThat(inv.accountSummary()).isNull();
    assertThat(inv.account()).isEmpty();
    assertThat(inv.payments()).isEmpty();
    assertThat(inv.clientUsage().usageDetail()).isEmpty();
    assertThat(inv.totals().tax()).isEqualTo(Money.of("2"));
    assertThat(inv.totals().totalAmount()).isEqualTo(Money.of("22"));
  }

  @Test
  void noUsageIsZeroTraffic() {
    Invoice inv =
        InvoiceAssembler.assemble(
            inputs(InvoiceType.BOTH, InvoiceOptions.all(), List.of(), List.of()));
    assertThat(inv.status()).isEqualTo(InvoiceStatus.ZERO_TRAFFIC);
    assertThat(inv.totals().totalAmount()).isEqualTo(Money.ZERO);
    assertThat(inv.surcharge().cost()).isEqualTo(Money.ZERO);
  }

  @Test
  void attemptsWithoutAnsweredCallsOrCostAreZeroTraffic() {
    UsageRecord unanswered = Usage.ingress().calls(9, 0).build();
    Invoice inv =
        InvoiceAssembler.assemble(
            inputs(InvoiceType.CLIENT, InvoiceOptions.none(), List.of(unanswered), null));
    assertThat(inv.status()).isEqualTo(InvoiceStatus.ZERO_TRAFFIC);
  }

  @Test
  void oneSideWithTrafficIsDone() {
    Invoice inv =
        InvoiceAssembler.assemble(
            inputs(InvoiceType.BOTH, InvoiceOptions.none(), List.of(), List.of(OUT)));
    assertThat(inv.status()).isEqualTo(InvoiceStatus.DONE);
    assertThat(inv.totals().totalAmount()).isEqualTo(Money.of("-8"));
  }

  @Test
  void inputsDefaultMissingListsAndBalances() {
    InvoiceInputs in =
        new InvoiceInputs(
            CLIENT,
            InvoiceOptions.all(),
            InvoiceType.CLIENT,
            CreateType.AUTO,
            JANUARY,
            LocalDate.of(2024, 2, 1),
            LocalDate.of(2024, 2, 1),
            "9",
            null,
            null,
            null,
            null,
            null);
    assertThat(in.clientUsage()).isEmpty();
    assertThat(in.payments()).isEmpty();
    assertThat(in.previousBalance()).isEmpty();
    assertThat(in.currentBalance()).isEqualTo(Money.ZERO);
    Invoice inv = InvoiceAssembler.assemble(in);
    assertThat(inv.accountSummary().balanceTime()).isEqualTo(JANUARY.startInstant());
  }
}
