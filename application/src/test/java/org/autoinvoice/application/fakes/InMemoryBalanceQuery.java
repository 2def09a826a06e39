package org.autoinvoice.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.autoinvoice.application.port.out.BalanceQuery;
import org.autoinvoice.domain.balance.BalanceSnapshot;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;

/**
 * In-memory {@link BalanceQuery}: payments of any type (only 4, 5 and 8 are reported), daily
 * closing balances per balance type (a day's balance refers to the end of that UTC day) and current
 * balances.
 */
public final class InMemoryBalanceQuery implements BalanceQuery {
  private static final Set<Integer> PAYMENT_AND_CREDIT_TYPES = Set.of(4, 5, 8);

  private record Payment(ClientId client, PaymentLine line) {}

  private record HistoryKey(ClientId client, BalanceType type) {}

  private final List<Payment> payments = new CopyOnWriteArrayList<>();
  private final Map<HistoryKey, NavigableMap<LocalDate, Money>> history = new ConcurrentHashMap<>();
  private final Map<ClientId, Money> current = new ConcurrentHashMap<>();

  public InMemoryBalanceQuery payment(ClientId client, PaymentLine line) {
    payments.add(new Payment(client, line));
    return this;
  }

  public InMemoryBalanceQuery closingBalance(
      ClientId client, BalanceType type, LocalDate day, Money balance) {
    history
        .computeIfAbsent(new HistoryKey(client, type), k -> new ConcurrentSkipListMap<>())
        .put(day, balance);
    return this;
  }

  public InMemoryBalanceQuery currentBalance(ClientId client, Money balance) {
    current.put(client, balance);
    return this;
  }

  @Override
  public List<PaymentLine> paymentsAndCredits(ClientId client, InvoicePeriod period) {
    Instant from = period.startInstant();
    Instant until = period.endExclusive();
    return payments.stream()
        .filter(p -> p.client().equals(client))
        .map(Payment::line)
        .filter(l -> PAYMENT_AND_CREDIT_TYPES.contains(l.paymentType()))
        .filter(l -> !l.receivedAt().isBefore(from) && l.receivedAt().isBefore(until))
        .sorted(Comparator.comparing(PaymentLine::receivedAt))
        .toList();
  }

  @Override
  public Optional<BalanceSnapshot> closingBalanceBefore(
      ClientId client, BalanceType type, LocalDate day) {
    NavigableMap<LocalDate, Money> days = history.get(new HistoryKey(client, type));
    if (days == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, Money> e = days.lowerEntry(day);
    if (e == null) {
      return Optional.empty();
    }
    Instant endOfDay = e.getKey().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    return Optional.of(new BalanceSnapshot(e.getValue(), endOfDay));
  }

  @Override
  public Money currentBalance(ClientId client) {
    return current.getOrDefault(client, Money.ZERO);
  }
}
