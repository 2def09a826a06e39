package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.autoinvoice.domain.money.Money;

/**
 * One row of usage at the grain the database returns: one direction, trunk, tech prefix, code, code
 * name, country, local day, rate effective date and (optionally) actual rate, with the traffic
 * counters summed over the hourly rows of that group. Seconds are billed seconds unless named
 * duration. NULL counters in the database arrive here as 0.
 */
public record UsageRecord(
    Direction direction,
    Integer trunkId,
    String trunkAlias,
    String prefix,
    String code,
    String codeName,
    String country,
    LocalDate localDay,
    LocalDate effectiveDate,
    BigDecimal actualRate,
    long attempts,
    long answeredCalls,
    long billedSeconds,
    long durationSeconds,
    Money cost,
    long interBilledSeconds,
    Money interCost,
    long intraBilledSeconds,
    Money intraCost,
    long interCalls,
    long intraCalls,
    long interDurationSeconds,
    long intraDurationSeconds,
    ShortCallBuckets shortCalls,
    long lrnCalls,
    Money lrnCost) {
  public UsageRecord {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(localDay, "localDay");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(interCost, "interCost");
    Objects.requireNonNull(intraCost, "intraCost");
    Objects.requireNonNull(shortCalls, "shortCalls");
    Objects.requireNonNull(lrnCost, "lrnCost");
  }
}
