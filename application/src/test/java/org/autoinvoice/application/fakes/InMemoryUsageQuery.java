package org.autoinvoice.application.fakes;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.autoinvoice.application.port.out.UsageQuery;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.UsageRecord;

/**
 * In-memory {@link UsageQuery}: holds usage records with their client and report time, and returns
 * those of the client and direction whose time is in [period start, end inclusive + 1 s), with the
 * local day recomputed in the period's zone and the actual rate dropped unless asked.
 */
public final class InMemoryUsageQuery implements UsageQuery {
  private record Row(ClientId client, Instant at, UsageRecord record) {}

  private final List<Row> rows = new CopyOnWriteArrayList<>();

  /** Adds {@code record} as {@code client}'s usage reported at {@code at}. */
  public InMemoryUsageQuery add(ClientId client, Instant at, UsageRecord record) {
    rows.add(new Row(client, at, record));
    return this;
  }

  @Override
  public List<UsageRecord> usage(
      ClientId client, Direction direction, InvoicePeriod period, boolean byActualRate) {
    Instant from = period.startInstant();
    Instant until = period.endExclusive();
    return rows.stream()
        .filter(r -> r.client().equals(client))
        .filter(r -> r.record().direction() == direction)
        .filter(r -> !r.at().isBefore(from) && r.at().isBefore(until))
        .map(r -> localized(r, period, byActualRate))
        .toList();
  }

  private static UsageRecord localized(Row row, InvoicePeriod period, boolean byActualRate) {
    UsageRecord r = row.record();
    return new UsageRecord(
        r.direction(),
        r.trunkId(),
        r.trunkAlias(),
        r.prefix(),
        r.code(),
        r.codeName(),
        r.country(),
        row.at().atZone(period.zone().zoneId()).toLocalDate(),
        r.effectiveDate(),
        byActualRate ? r.actualRate() : null,
        r.attempts(),
        r.answeredCalls(),
        r.billedSeconds(),
        r.durationSeconds(),
        r.cost(),
        r.interBilledSeconds(),
        r.interCost(),
        r.intraBilledSeconds(),
        r.intraCost(),
        r.interCalls(),
        r.intraCalls(),
        r.interDurationSeconds(),
        r.intraDurationSeconds(),
        r.shortCalls(),
        r.lrnCalls(),
        r.lrnCost());
  }
}
