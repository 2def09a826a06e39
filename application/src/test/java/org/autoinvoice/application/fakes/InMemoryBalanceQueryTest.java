package org.autoinvoice.application.fakes;

import java.time.LocalDate;
import org.autoinvoice.application.contract.BalanceQueryContract;
import org.autoinvoice.application.port.out.BalanceQuery;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;

class InMemoryBalanceQueryTest extends BalanceQueryContract {
  private final InMemoryBalanceQuery balances = new InMemoryBalanceQuery();

  @Override
  protected BalanceQuery balances() {
    return balances;
  }

  @Override
  protected void givenClient(Client client) {}

  @Override
  protected void givenPayment(ClientId client, PaymentLine line) {
    balances.payment(client, line);
  }

  @Override
  protected void givenClosingBalance(
      ClientId client, BalanceType type, LocalDate day, Money balance) {
    balances.closingBalance(client, type, day, balance);
  }

  @Override
  protected void givenCurrentBalance(ClientId client, Money balance) {
    balances.currentBalance(client, balance);
  }
}
