package org.autoinvoice.domain.balance;

import java.time.Instant;
import org.autoinvoice.domain.money.Money;

/**
 * A closing balance from {@code balance_history_actual} / {@code balance_history} and the instant
 * it refers to; DNL sign: positive = the client has money (credit) with us.
 */
public record BalanceSnapshot(Money balance, Instant asOf) {}
