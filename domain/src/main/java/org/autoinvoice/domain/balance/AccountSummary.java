package org.autoinvoice.domain.balance;

import java.time.Instant;
import org.autoinvoice.domain.money.Money;

/**
 * The Account Summary snapshot stored on an invoice (rule N6, domain §4.6); sign: positive = client
 * owes. {@code creditRemaining} and {@code pleasePay} matter for postpaid clients only.
 */
public record AccountSummary(
    BalanceType balanceType,
    Money previousBalance,
    Money paymentsAndCredits,
    Money currentCharge,
    Money recurringCharge,
    Money nonRecurringCharge,
    Money financeCharge,
    Money newBalance,
    Money pleasePay,
    Money creditRemaining,
    boolean unlimitedCredit,
    Instant balanceTime,
    Money currentBalance) {
  /** "Balance Forward": previous balance minus payments and credits. */
  public Money balanceForward() {
    return previousBalance.minus(paymentsAndCredits);
  }
}
