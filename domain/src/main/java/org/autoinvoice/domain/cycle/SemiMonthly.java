package org.autoinvoice.domain.cycle;

import java.time.LocalDate;

/**
 * Payment-term type 5, twice a month: boundaries on the 1st and the 16th, so the periods are the
 * 1st–15th and the 16th–last day of the month.
 */
public record SemiMonthly() implements BillingCycle {
  private static final int[] DAYS = {1, 16};

  @Override
  public LocalDate previousBoundary(LocalDate onOrBefore) {
    return MonthDays.previous(onOrBefore, DAYS);
  }

  @Override
  public LocalDate nextBoundary(LocalDate after) {
    return MonthDays.next(after, DAYS);
  }
}
