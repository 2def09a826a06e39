package org.autoinvoice.domain.balance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.money.Money;

/**
 * The Account Summary (rule N6, domain §4.6 "Recommended computation"); sign: positive = client
 * owes.
 *
 * <ul>
 *   <li>previous balance = −B₀, B₀ the closing balance (DNL sign: positive = client has credit) of
 *       the last history day before the period; no history → 0, dated at the period start.
 *   <li>payments and credits = Σ payments received and credit notes sent in the period.
 *   <li>new balance = previous − payments and credits + current charge (this invoice's total;
 *       recurring, non-recurring and finance charges are 0).
 *   <li>please pay = max(new balance, 0); credit remaining = |allowed credit| − new balance for
 *       postpaid clients, 0 for prepaid ones (never printed for them).
 * </ul>
 */
public final class AccountSummaryPolicy {
  private AccountSummaryPolicy() {}

  public static AccountSummary summarize(
      Client client,
      BalanceType balanceType,
      Optional<BalanceSnapshot> previous,
      Instant periodStart,
      List<PaymentLine> paymentsAndCredits,
      Money currentCharge,
      Money currentBalance) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(balanceType, "balanceType");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(currentCharge, "currentCharge");
    Objects.requireNonNull(currentBalance, "currentBalance");
    Money previousBalance = previous.map(p -> p.balance().negate()).orElse(Money.ZERO);
    Instant balanceTime = previous.map(BalanceSnapshot::asOf).orElse(periodStart);
    Money paid = Money.ZERO;
    for (PaymentLine p : paymentsAndCredits) {
      paid = paid.plus(p.amount());
    }
    Money newBalance = previousBalance.minus(paid).plus(currentCharge);
    Money pleasePay = newBalance.signum() > 0 ? newBalance : Money.ZERO;
    Money creditRemaining =
        client.postpaid() ? new Money(client.allowedCredit().abs()).minus(newBalance) : Money.ZERO;
    return new AccountSummary(
        balanceType,
        previousBalance,
        paid,
        currentCharge,
        Money.ZERO,
        Money.ZERO,
        Money.ZERO,
        newBalance,
        pleasePay,
        creditRemaining,
        client.unlimitedCredit(),
        balanceTime,
        currentBalance);
  }
}
