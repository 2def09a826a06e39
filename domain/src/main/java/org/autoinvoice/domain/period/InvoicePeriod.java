package org.autoinvoice.domain.period;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A billing period: local wall-clock start and inclusive end (to the second) in a zone. The UTC
 * instants it covers are [{@link #startInstant()}, {@link #endExclusive()}).
 */
public record InvoicePeriod(LocalDateTime start, LocalDateTime endInclusive, ZoneSpec zone) {
  public InvoicePeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endInclusive, "endInclusive");
    Objects.requireNonNull(zone, "zone");
    if (endInclusive.isBefore(start)) {
      throw new IllegalArgumentException(
          "period end " + endInclusive + " is before its start " + start);
    }
  }

  public Instant startInstant() {
    return start.atZone(zone.zoneId()).toInstant();
  }

  /** The first instant after the period: the inclusive end plus one second. */
  public Instant endExclusive() {
    return endInclusive.plusSeconds(1).atZone(zone.zoneId()).toInstant();
  }

  public Instant endInstantInclusive() {
    return endInclusive.atZone(zone.zoneId()).toInstant();
  }
}
