package org.autoinvoice.adapters.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.application.port.out.BalanceQuery;
import org.autoinvoice.domain.balance.BalanceSnapshot;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.jdbi.v3.core.Jdbi;

/**
 * Persistence adapter for {@link BalanceQuery}: {@code client_payment} (payments 4, 5 by {@code
 * receiving_time}, falling back to {@code payment_time}; credit notes 8 by {@code payment_time}),
 * the daily closing balances of {@code balance_history_actual} / {@code balance_history}, and the
 * live {@code c4_client_balance}.
 */
public final class JdbiBalanceQuery implements BalanceQuery {
  private static final String PAYMENTS =
      """
      SELECT received_at, amount, payment_type
        FROM (SELECT client_payment_id, payment_type, amount,
                     CASE WHEN payment_type = 8 THEN payment_time
                          ELSE COALESCE(receiving_time, payment_time) END AS received_at
                FROM client_payment
               WHERE client_id = :client AND payment_type IN (4, 5, 8)) p
       WHERE received_at >= :start AND received_at < :end
       ORDER BY received_at, client_payment_id
      """;
  private static final String ACTUAL =
      """
      SELECT date, actual_balance AS balance FROM balance_history_actual
       WHERE client_id = :client AND date < :day ORDER BY date DESC, id DESC LIMIT 1
      """;
  private static final String MUTUAL =
      """
      SELECT date, mutual_balance AS balance FROM balance_history
       WHERE client_id = :client AND date < :day ORDER BY date DESC, id DESC LIMIT 1
      """;
  private static final String CURRENT =
      """
      SELECT balance FROM c4_client_balance
       WHERE client_id = :client ORDER BY create_time DESC, id DESC LIMIT 1
      """;

  private final Jdbi jdbi;

  public JdbiBalanceQuery(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public List<PaymentLine> paymentsAndCredits(ClientId client, InvoicePeriod period) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(period, "period");
    return DatabaseErrors.call(
        "reading payments of client " + client,
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(PAYMENTS)
                        .bind("client", client.value())
                        .bind("start", Rows.utc(period.startInstant()))
                        .bind("end", Rows.utc(period.endExclusive()))
                        .map(
                            (rs, ctx) ->
                                new PaymentLine(
                                    Rows.instant(rs, "received_at"),
                                    Money.of(rs.getBigDecimal("amount")),
                                    rs.getInt("payment_type")))
                        .list()));
  }

  @Override
  public Optional<BalanceSnapshot> closingBalanceBefore(
      ClientId client, BalanceType type, LocalDate day) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(day, "day");
    return DatabaseErrors.call(
        "reading the " + type + " balance history of client " + client,
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(type == BalanceType.ACTUAL ? ACTUAL : MUTUAL)
                        .bind("client", client.value())
                        .bind("day", day)
                        .map(
                            (rs, ctx) ->
                                new BalanceSnapshot(
                                    Money.of(rs.getBigDecimal("balance")),
                                    Rows.date(rs, "date")
                                        .plusDays(1)
                                        .atStartOfDay(ZoneOffset.UTC)
                                        .toInstant()))
                        .findOne()));
  }

  @Override
  public Money currentBalance(ClientId client) {
    Objects.requireNonNull(client, "client");
    return DatabaseErrors.call(
        "reading the current balance of client " + client,
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(CURRENT)
                        .bind("client", client.toString())
                        .map((rs, ctx) -> Money.of(rs.getBigDecimal("balance")))
                        .findOne()
                        .orElse(Money.ZERO)));
  }
}
