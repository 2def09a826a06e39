package org.autoinvoice.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.Clients;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.surcharge.ShortCallSettings;
import org.junit.jupiter.api.Test;

class AccountSummaryPolicyTest {
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant SNAPSHOT_TIME = Instant.parse("2023-12-31T00:00:00Z");
  static final Client POSTPAID =
      Clients.client(1, 2, "-500", false, false, "0", ShortCallSettings.NONE);
  static final Client PREPAID =
      Clients.client(2, 1, "-500", false, false, "0", ShortCallSettings.NONE);
  static final Client UNLIMITED =
      Clients.client(3, 2, "0", true, false, "0", ShortCallSettings.NONE);
  static final List<PaymentLine> PAYMENTS =
      List.of(
          new PaymentLine(Instant.parse("2024-01-05T10:00:00Z"), Money.of("30"), 4),
          new PaymentLine(Instant.parse("2024-01-06T10:00:00Z"), Money.of("20"), 5),
          new PaymentLine(Instant.parse("2024-01-07T10:00:00Z"), Money.of("5.5"), 8));

  @Test
  void actualWithHistoryPostpaid() {
    // B₀ = +100 (client has credit) → previous = −100; paid 55.5; new = −100 − 55.5 + 80 = −75.5
    AccountSummary a =
        AccountSummaryPolicy.summarize(
            POSTPAID,
            BalanceType.ACTUAL,
            Optional.of(new BalanceSnapshot(Money.of("100"), SNAPSHOT_TIME)),
            START,
            PAYMENTS,
            Money.of("80"),
            Money.of("42"));
    assertThat(a.balanceType()).isEqualTo(BalanceType.ACTUAL);
    assertThat(a.previousBalance()).isEqualTo(Money.of("-100"));
    assertThat(a.paymentsAndCredits()).isEqualTo(Money.of("55.5"));
    assertThat(a.balanceForward()).isEqualTo(Money.of("-155.5"));
    assertThat(a.currentCharge()).isEqualTo(Money.of("80"));
    assertThat(a.newBalance()).isEqualTo(Money.of("-75.5"));
    assertThat(a.pleasePay()).isEqualTo(Money.ZERO);
    assertThat(a.creditRemaining()).isEqualTo(Money.of("575.5")); // 500 − (−75.5)
    assertThat(a.recurringCharge()).isEqualTo(Money.ZERO);
    assertThat(a.nonRecurringCharge()).isEqualTo(Money.ZERO);
    assertThat(a.financeCharge()).isEqualTo(Money.ZERO);
    assertThat(a.unlimitedCredit()).isFalse();
    assertThat(a.balanceTime()).isEqualTo(SNAPSHOT_TIME);
    assertThat(a.currentBalance()).isEqualTo(Money.of("42"));
  }

  @Test
  void mutualWithDebtPostpaidAsksToPay() {
    // B₀ = −200 (client owes) → previous = 200; new = 200 − 55.5 + 80 = 224.5
    AccountSummary a =
        AccountSummaryPolicy.summarize(
            POSTPAID,
            BalanceType.MUTUAL,
            Optional.of(new BalanceSnapshot(Money.of("-200"), SNAPSHOT_TIME)),
            START,
            PAYMENTS,
            Money.of("80"),
            Money.ZERO);
    assertThat(a.balanceType()).isEqualTo(BalanceType.MUTUAL);
    assertThat(a.previousBalance()).isEqualTo(Money.of("200"));
    assertThat(a.newBalance()).isEqualTo(Money.of("224.5"));
    assertThat(a.pleasePay()).isEqualTo(Money.of("224.5"));
    assertThat(a.creditRemaining()).isEqualTo(Money.of("275.5"));
  }

  @Test
  void withoutHistoryStartsFromZeroAtThePeriodStart() {
    AccountSummary a =
        AccountSummaryPolicy.summarize(
            POSTPAID,
            BalanceType.MUTUAL,
            Optional.empty(),
            START,
            List.of(),
            Money.of("12.34"),
            Money.ZERO);
    assertThat(a.previousBalance()).isEqualTo(Money.ZERO);
    assertThat(a.paymentsAndCredits()).isEqualTo(Money.ZERO);
    assertThat(a.balanceTime()).isEqualTo(START);
    assertThat(a.newBalance()).isEqualTo(Money.of("12.34"));
    assertThat(a.pleasePay()).isEqualTo(Money.of("12.34"));
  }

  @Test
  void prepaidHasNoCreditRemaining() {
    AccountSummary a =
        AccountSummaryPolicy.summarize(
            PREPAID,
            BalanceType.ACTUAL,
            Optional.of(new BalanceSnapshot(Money.of("10"), SNAPSHOT_TIME)),
            START,
            PAYMENTS,
            Money.of("80"),
            Money.ZERO);
    assertThat(a.newBalance()).isEqualTo(Money.of("14.5")); // −10 − 55.5 + 80
    assertThat(a.pleasePay()).isEqualTo(Money.of("14.5"));
    assertThat(a.creditRemaining()).isEqualTo(Money.ZERO);
  }

  @Test
  void unlimitedCreditIsFlagged() {
    AccountSummary a =
        AccountSummaryPolicy.summarize(
            UNLIMITED,
            BalanceType.ACTUAL,
            Optional.empty(),
            START,
            List.of(),
            Money.of("5"),
            Money.ZERO);
    assertThat(a.unlimitedCredit()).isTrue();
    assertThat(a.creditRemaining()).isEqualTo(Money.of("-5"));
  }

  @Test
  void balanceTypeCodes() {
    assertThat(BalanceType.fromCode(0)).isEqualTo(BalanceType.ACTUAL);
    assertThat(BalanceType.fromCode(1)).isEqualTo(BalanceType.MUTUAL);
    assertThat(BalanceType.MUTUAL.code()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BalanceType.fromCode(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoice_use_balance_type");
  }
}
