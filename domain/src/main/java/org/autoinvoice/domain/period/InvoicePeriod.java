package org.autoinvoice.domain.period;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A billing period: local wall-clock start and inclusive end (to the second) in a zone. The UTC
 * instants it covers are [{@link #startInstant()}, {@link #endExclusive()}).
 *
 * <p>Local times are turned into instants with {@link java.time.ZonedDateTime}'s rules: a time in a
 * daylight-saving gap moves forward by the gap, a time in an overlap takes the earlier offset. So
 * in an IANA zone a local day is 23 or 25 hours long on the switch dates (see {@link #duration()}),
 * and consecutive periods built on the same local midnight still meet exactly.
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

  /** Whole local days: {@code first} 00:00:00 to {@code last} 23:59:59 in {@code zone}. */
  public static InvoicePeriod ofDates(LocalDate first, LocalDate last, ZoneSpec zone) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "period last day " + last + " is before its first " + first);
    }
    return new InvoicePeriod(first.atStartOfDay(), last.atTime(LocalTime.of(23, 59, 59)), zone);
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

  /** Elapsed time from start to end exclusive; a DST day counts 23 or 25 hours. */
  public Duration duration() {
    return Duration.between(startInstant(), endExclusive());
  }

  /** Number of local calendar dates the period touches (first to last, inclusive). */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start.toLocalDate(), endInclusive.toLocalDate()) + 1;
  }

  /**
   * The UTC dates, in order, from {@link #startInstant()} to {@link #endInstantInclusive()}: the
   * daily traffic tables that must be read for this period.
   */
  public List<LocalDate> utcDaysTouched() {
    LocalDate first = LocalDate.ofInstant(startInstant(), ZoneOffset.UTC);
    LocalDate last = LocalDate.ofInstant(endInstantInclusive(), ZoneOffset.UTC);
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      days.add(d);
    }
    return List.copyOf(days);
  }

  /** The local date in this period's zone that an hourly row at {@code at} belongs to. */
  public LocalDate localDayOf(Instant at) {
    Objects.requireNonNull(at, "at");
    return LocalDate.ofInstant(at, zone.zoneId());
  }

  /** True when {@code at} is inside [start, end inclusive]. */
  public boolean contains(Instant at) {
    return !at.isBefore(startInstant()) && !at.isAfter(endInstantInclusive());
  }

  /**
   * True when the two periods share at least one instant (ends inclusive), whatever their zones.
   */
  public boolean overlaps(InvoicePeriod other) {
    Objects.requireNonNull(other, "other");
    return !endInstantInclusive().isBefore(other.startInstant())
        && !other.endInstantInclusive().isBefore(startInstant());
  }

  /** The stored {@code invoice.invoice_zone} for this period: the offset at its start. */
  public String storedZone() {
    return zone.storedForm(startInstant());
  }
}
