package org.autoinvoice.domain.cycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Payment-term type 1: a boundary every {@code days} days counted from {@code anchor} ({@code
 * client.invoice_start_from}), forwards and backwards: anchor + k·days for every integer k.
 */
public record EveryNDays(int days, LocalDate anchor) implements BillingCycle {
  public EveryNDays {
    if (days < 1) {
      throw new IllegalArgumentException(
          "payment_term.days must be a number of days >= 1 for type 1 (every N days), got " + days);
    }
    Objects.requireNonNull(anchor, "anchor");
  }

  @Override
  public LocalDate previousBoundary(LocalDate onOrBefore) {
    long offset = Math.floorMod(onOrBefore.toEpochDay() - anchor.toEpochDay(), (long) days);
    return onOrBefore.minusDays(offset);
  }

  @Override
  public LocalDate nextBoundary(LocalDate after) {
    return previousBoundary(after).plusDays(days);
  }
}
