package org.autoinvoice.domain.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Payment-term type 4: a boundary on each listed day of every month ({@code more_days}, e.g. {@code
 * 1,15,31}); days past a month's end clamp to its last day, and days equal after clamping (30 and
 * 31 in April) make one boundary.
 */
public record MonthlyOnDays(List<Integer> days) implements BillingCycle {
  private static final String FORM = "type 4: a comma list of days of the month like 1,15,31";

  public MonthlyOnDays {
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("payment_term.more_days is empty: expected " + FORM);
    }
    for (Integer d : days) {
      if (d == null) {
        throw new IllegalArgumentException("payment_term.more_days holds a null: expected " + FORM);
      }
      MonthDays.checkDay(d, "payment_term.more_days", FORM);
    }
    days = List.copyOf(new TreeSet<>(days));
  }

  /** Parses {@code more_days}: comma separated days 1..31, blanks around entries ignored. */
  public static MonthlyOnDays parse(String moreDays) {
    if (moreDays == null || moreDays.isBlank()) {
      throw new IllegalArgumentException("payment_term.more_days is empty: expected " + FORM);
    }
    List<Integer> out = new ArrayList<>();
    for (String part : moreDays.split(",", -1)) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      try {
        out.add(Integer.parseInt(p));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "payment_term.more_days '" + moreDays.strip() + "' is not valid: expected " + FORM);
      }
    }
    return new MonthlyOnDays(out);
  }

  @Override
  public LocalDate previousBoundary(LocalDate onOrBefore) {
    return MonthDays.previous(onOrBefore, array());
  }

  @Override
  public LocalDate nextBoundary(LocalDate after) {
    return MonthDays.next(after, array());
  }

  private int[] array() {
    return days.stream().mapToInt(Integer::intValue).toArray();
  }
}
