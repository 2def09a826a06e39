package org.autoinvoice.domain.period;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the zone forms DNL stores and the UI may send (rule D3). */
final class ZoneParser {
  /** {@code ±H}, {@code ±HH}, {@code ±HH:MM}, {@code ±HHMM}. */
  private static final Pattern OFFSET = Pattern.compile("([+-])(?:(\\d{1,2})|(\\d{2}):?(\\d{2}))");

  /** Region ids such as {@code America/New_York}, {@code UTC}, {@code Etc/GMT+5}. */
  private static final Pattern REGION = Pattern.compile("[A-Za-z][A-Za-z0-9~/._+-]*");

  private static final String EXPECTED =
      "expected an offset like +05:00, +0500, +05 or -5, or an IANA id like America/New_York";

  private ZoneParser() {}

  static ZoneSpec parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("zone is empty: " + EXPECTED);
    }
    String t = text.trim();
    try {
      Matcher m = OFFSET.matcher(t);
      if (m.matches()) {
        int sign = m.group(1).equals("-") ? -1 : 1;
        String hourText = m.group(2) != null ? m.group(2) : m.group(3);
        int hours = Integer.parseInt(hourText);
        int minutes = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        return new ZoneSpec(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
      }
      if (REGION.matcher(t).matches()) {
        return new ZoneSpec(ZoneId.of(t));
      }
    } catch (DateTimeException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("zone '" + printable(t) + "' is not valid: " + EXPECTED);
  }

  /** The rejected text, shortened and without control characters, so the message stays one line. */
  private static String printable(String t) {
    String shown = t.length() > 40 ? t.substring(0, 40) + "…" : t;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
