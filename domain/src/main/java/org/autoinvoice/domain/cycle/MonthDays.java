package org.autoinvoice.domain.cycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SortedSet;
import java.util.TreeSet;

/** Month arithmetic shared by the monthly cycles: days past a month's end clamp to its last day. */
final class MonthDays {
  private MonthDays() {}

  /** Day {@code day} of {@code month}, or the month's last day when it is shorter. */
  static LocalDate clamp(YearMonth month, int day) {
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }

  /** The boundaries in {@code month}: each day clamped, duplicates collapsed, in order. */
  static SortedSet<LocalDate> boundaries(YearMonth month, int[] days) {
    SortedSet<LocalDate> out = new TreeSet<>();
    for (int d : days) {
      out.add(clamp(month, d));
    }
    return out;
  }

  /** The latest boundary on or before {@code date}; every month holds at least one. */
  static LocalDate previous(LocalDate date, int[] days) {
    YearMonth month = YearMonth.from(date);
    SortedSet<LocalDate> here = boundaries(month, days).headSet(date.plusDays(1));
    return here.isEmpty() ? boundaries(month.minusMonths(1), days).last() : here.last();
  }

  /** The earliest boundary strictly after {@code date}. */
  static LocalDate next(LocalDate date, int[] days) {
    YearMonth month = YearMonth.from(date);
    SortedSet<LocalDate> here = boundaries(month, days).tailSet(date.plusDays(1));
    return here.isEmpty() ? boundaries(month.plusMonths(1), days).first() : here.first();
  }

  static void checkDay(int day, String field, String form) {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException(
          field + " must hold days of the month 1..31 (" + form + "), got " + day);
    }
  }
}
