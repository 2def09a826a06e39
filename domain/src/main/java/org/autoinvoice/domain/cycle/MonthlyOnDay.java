package org.autoinvoice.domain.cycle;

import java.time.LocalDate;

/**
 * Payment-term type 2: a boundary on day {@code day} of every month; in a month shorter than {@code
 * day} on its last day. With day 31 the boundaries are Jan 31, Feb 28/29, Mar 31, Apr 30…, so a
 * period may be e.g. [Feb 29, Mar 30 23:59:59].
 */
public record MonthlyOnDay(int day) implements BillingCycle {
  public MonthlyOnDay {
    MonthDays.checkDay(day, "payment_term.days", "type 2: the day of the month");
  }

  @Override
  public LocalDate previousBoundary(LocalDate onOrBefore) {
    return MonthDays.previous(onOrBefore, new int[] {day});
  }

  @Override
  public LocalDate nextBoundary(LocalDate after) {
    return MonthDays.next(after, new int[] {day});
  }
}
