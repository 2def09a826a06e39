package org.autoinvoice.domain.cycle;

import java.time.LocalDate;
import java.util.Objects;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;

/**
 * A billing cycle policy (rule A2): the local dates that are cycle boundaries. A boundary B means
 * 00:00 local on B; the period that ends at B is [previous boundary 00:00, B 00:00 − 1 s].
 * Boundaries exist on every side of any date, so both methods always answer.
 */
public sealed interface BillingCycle
    permits EveryNDays, MonthlyOnDay, WeeklyOnDay, MonthlyOnDays, SemiMonthly {

  /** The latest boundary on or before {@code onOrBefore}. */
  LocalDate previousBoundary(LocalDate onOrBefore);

  /** The earliest boundary strictly after {@code after}. */
  LocalDate nextBoundary(LocalDate after);

  /** True when {@code date} is a boundary of this cycle. */
  default boolean isBoundary(LocalDate date) {
    return previousBoundary(date).equals(date);
  }

  /**
   * The full cycle period that ends at boundary {@code boundary}: [the boundary before it 00:00,
   * {@code boundary} 00:00 − 1 s] in {@code zone}.
   */
  default InvoicePeriod periodEndingAt(LocalDate boundary, ZoneSpec zone) {
    Objects.requireNonNull(boundary, "boundary");
    if (!isBoundary(boundary)) {
      throw new IllegalArgumentException(boundary + " is not a boundary of " + this);
    }
    LocalDate start = previousBoundary(boundary.minusDays(1));
    return new InvoicePeriod(start.atStartOfDay(), boundary.atStartOfDay().minusSeconds(1), zone);
  }
}
