package org.autoinvoice.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.port.out.BalanceQuery;
import org.autoinvoice.domain.balance.BalanceSnapshot;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BalanceQuery} must do. */
public abstract class BalanceQueryContract {
  protected static final ClientId A = new ClientId(71);
  protected static final ClientId B = new ClientId(72);
  protected static final InvoicePeriod JANUARY = TestData.days("2024-01-01", "2024-01-31");

  protected abstract BalanceQuery balances();

  protected abstract void givenClient(Client client);

  /** A {@code client_payment} row of {@code line.paymentType()} received at its time. */
  protected abstract void givenPayment(ClientId client, PaymentLine line);

  /** The closing balance of {@code day} in the actual or mutual history. */
  protected abstract void givenClosingBalance(
      ClientId client, BalanceType type, LocalDate day, Money balance);

  protected abstract void givenCurrentBalance(ClientId client, Money balance);

  @BeforeEach
  void clients() {
    givenClient(TestData.client(A.value()));
    givenClient(TestData.client(B.value()));
  }

  private static PaymentLine pay(String at, String amount, int type) {
    return new PaymentLine(Instant.parse(at), Money.of(amount), type);
  }

  @Test
  void paymentsReceivedAndCreditNotesSentInsideThePeriod() {
    givenPayment(A, pay("2023-12-31T23:59:59Z", "1", 4)); // before
    givenPayment(A, pay("2024-01-01T00:00:00Z", "2", 4)); // first second
    givenPayment(A, pay("2024-01-15T12:00:00Z", "4", 5));
    givenPayment(A, pay("2024-01-20T12:00:00Z", "8", 8)); // credit note sent
    givenPayment(A, pay("2024-01-20T12:00:00Z", "16", 3)); // payment sent: not ours
    givenPayment(A, pay("2024-01-21T12:00:00Z", "32", 15)); // scc: not a payment
    givenPayment(A, pay("2024-01-31T23:59:59Z", "64", 4)); // last second
    givenPayment(A, pay("2024-02-01T00:00:00Z", "128", 4)); // after
    givenPayment(B, pay("2024-01-10T00:00:00Z", "256", 4)); // other client
    Money sum =
        balances().paymentsAndCredits(A, JANUARY).stream()
            .map(PaymentLine::amount)
            .reduce(Money.ZERO, Money::plus);
    assertThat(sum).isEqualTo(Money.of("78")); // 2 + 4 + 8 + 64
    assertThat(balances().paymentsAndCredits(A, JANUARY))
        .extracting(PaymentLine::paymentType)
        .containsOnly(4, 5, 8);
  }

  @Test
  void closingBalanceOfTheLastDayStrictlyBefore() {
    givenClosingBalance(A, BalanceType.ACTUAL, LocalDate.of(2023, 12, 30), Money.of("10"));
    givenClosingBalance(A, BalanceType.ACTUAL, LocalDate.of(2023, 12, 31), Money.of("20"));
    givenClosingBalance(A, BalanceType.ACTUAL, LocalDate.of(2024, 1, 1), Money.of("40"));
    givenClosingBalance(A, BalanceType.MUTUAL, LocalDate.of(2023, 12, 31), Money.of("-5"));
    Optional<BalanceSnapshot> actual =
        balances().closingBalanceBefore(A, BalanceType.ACTUAL, LocalDate.of(2024, 1, 1));
    assertThat(actual).isPresent();
    assertThat(actual.get().balance()).isEqualTo(Money.of("20"));
    assertThat(actual.get().asOf()).isBeforeOrEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(actual.get().asOf()).isAfter(Instant.parse("2023-12-30T23:59:59Z"));
    assertThat(
            balances()
                .closingBalanceBefore(A, BalanceType.MUTUAL, LocalDate.of(2024, 1, 1))
                .map(BalanceSnapshot::balance))
        .contains(Money.of("-5"));
  }

  @Test
  void noHistoryBeforeTheDayIsEmpty() {
    givenClosingBalance(A, BalanceType.ACTUAL, LocalDate.of(2024, 1, 1), Money.of("40"));
    assertThat(balances().closingBalanceBefore(A, BalanceType.ACTUAL, LocalDate.of(2024, 1, 1)))
        .isEmpty();
    assertThat(balances().closingBalanceBefore(B, BalanceType.ACTUAL, LocalDate.of(2024, 2, 1)))
        .isEmpty();
  }

  @Test
  void currentBalanceIsZeroWhenAbsent() {
    givenCurrentBalance(A, Money.of("12.5"));
    assertThat(balances().currentBalance(A)).isEqualTo(Money.of("12.5"));
    assertThat(balances().currentBalance(B)).isEqualTo(Money.ZERO);
  }
}
