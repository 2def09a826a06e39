package org.autoinvoice.domain.period;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The time zone an invoice is computed in (rule D3): a fixed offset such as {@code +05:00} or an
 * IANA region such as {@code America/New_York}. {@link #parse(String)} accepts {@code +HH:MM},
 * {@code +HHMM}, {@code +HH}, {@code -HH:MM}… and IANA ids.
 */
public record ZoneSpec(ZoneId zoneId) {
  public static final ZoneSpec UTC = new ZoneSpec(java.time.ZoneOffset.UTC);

  public ZoneSpec {
    Objects.requireNonNull(zoneId, "zoneId");
  }

  /** Parses an offset or IANA id; throws IllegalArgumentException naming the expected forms. */
  public static ZoneSpec parse(String text) {
    return ZoneParser.parse(text);
  }
}
