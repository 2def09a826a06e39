package org.autoinvoice.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.domain.balance.BalanceSnapshot;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;

/** Out-port: payments and balances behind the Account Summary and Summary of Payments (N6). */
public interface BalanceQuery {
  /** Payments received (types 4, 5 by receiving time) and credit notes sent (8) in the period. */
  List<PaymentLine> paymentsAndCredits(ClientId client, InvoicePeriod period);

  /** The closing balance of the last history day strictly before {@code day}, if any. */
  Optional<BalanceSnapshot> closingBalanceBefore(ClientId client, BalanceType type, LocalDate day);

  /** {@code c4_client_balance.balance} now; zero when absent. */
  Money currentBalance(ClientId client);
}
