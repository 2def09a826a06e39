package org.autoinvoice.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Names of the daily traffic tables {@code cdr_report_detailYYYYMMDD} (UTC day of {@code
 * report_time}); a name is only ever built from a {@link LocalDate}, never from input text.
 */
final class DailyTables {
  static final String PREFIX = "cdr_report_detail";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private DailyTables() {}

  static String name(LocalDate utcDay) {
    return PREFIX + DAY.format(utcDay);
  }

  /** The quoted identifier of a table name made by {@link #name(LocalDate)}. */
  static String quoted(String name) {
    if (!name.matches(PREFIX + "\\d{8}")) {
      throw new IllegalArgumentException("not a daily table name: " + name);
    }
    return '"' + name + '"';
  }

  /** Every UTC day touched by [{@code start}, {@code endExclusive}), oldest first. */
  static List<String> touchedBy(Instant start, Instant endExclusive) {
    List<String> names = new ArrayList<>();
    if (!endExclusive.isAfter(start)) {
      return names;
    }
    LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
    LocalDate last = LocalDate.ofInstant(endExclusive.minusNanos(1), ZoneOffset.UTC);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      names.add(name(d));
    }
    return names;
  }
}
