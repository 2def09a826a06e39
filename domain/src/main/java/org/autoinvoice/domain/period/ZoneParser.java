package org.autoinvoice.domain.period;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the zone forms DNL stores and the UI may send (rule D3). */
final class ZoneParser {
  private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");

  private ZoneParser() {}

  static ZoneSpec parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "zone is empty: expected an offset like +05:00, +0500, +05 or an IANA id like"
              + " America/New_York");
    }
    String t = text.trim();
    Matcher m = OFFSET.matcher(t);
    try {
      if (m.matches()) {
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int sign = m.group(1).equals("-") ? -1 : 1;
        return new ZoneSpec(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
      }
      if (t.contains("/") || t.equals("UTC") || t.equals("GMT")) {
        return new ZoneSpec(ZoneId.of(t));
      }
    } catch (DateTimeException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "zone '"
            + t
            + "' is not valid: expected an offset like +05:00, +0500, +05 or an IANA id like"
            + " America/New_York");
  }
}
