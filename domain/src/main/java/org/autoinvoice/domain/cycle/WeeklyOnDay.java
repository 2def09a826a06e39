package org.autoinvoice.domain.cycle;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Payment-term type 3: a boundary every week on weekday {@code days} (0 Sunday … 6 Saturday). */
public record WeeklyOnDay(int days) implements BillingCycle {
  public WeeklyOnDay {
    if (days < 0 || days > 6) {
      throw new IllegalArgumentException(
          "payment_term.days must be a weekday 0..6 (0 Sunday … 6 Saturday) for type 3, got "
              + days);
    }
  }

  /** The weekday as java.time sees it. */
  public DayOfWeek dayOfWeek() {
    return days == 0 ? DayOfWeek.SUNDAY : DayOfWeek.of(days);
  }

  @Override
  public LocalDate previousBoundary(LocalDate onOrBefore) {
    return onOrBefore.with(TemporalAdjusters.previousOrSame(dayOfWeek()));
  }

  @Override
  public LocalDate nextBoundary(LocalDate after) {
    return after.with(TemporalAdjusters.next(dayOfWeek()));
  }
}
