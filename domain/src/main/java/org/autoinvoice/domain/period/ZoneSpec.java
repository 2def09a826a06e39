package org.autoinvoice.domain.period;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The time zone an invoice is computed in (rule D3): a fixed offset such as {@code +05:00} or an
 * IANA region such as {@code America/New_York}. {@link #parse(String)} accepts {@code +HH:MM},
 * {@code +HHMM}, {@code +HH}, {@code +H} (and the same with {@code -}) and IANA ids.
 *
 * <p>A region zone may observe daylight-saving time: its local days are then 23 or 25 hours long on
 * the switch dates, and its offset depends on the instant ({@link #storedForm(Instant)}).
 */
public record ZoneSpec(ZoneId zoneId) {
  public static final ZoneSpec UTC = new ZoneSpec(ZoneOffset.UTC);

  public ZoneSpec {
    Objects.requireNonNull(zoneId, "zoneId");
  }

  /** Parses an offset or IANA id; throws IllegalArgumentException naming the expected forms. */
  public static ZoneSpec parse(String text) {
    return ZoneParser.parse(text);
  }

  /** {@code client.invoice_zone} when set, else {@code +00:00} (rule D3). */
  public static ZoneSpec parseOrUtc(String text) {
    return text == null || text.isBlank() ? UTC : parse(text);
  }

  /** True when the zone is one fixed offset (no daylight-saving time). */
  public boolean isFixedOffset() {
    return zoneId.getRules().isFixedOffset();
  }

  /** The offset in force at {@code at}. */
  public ZoneOffset offsetAt(Instant at) {
    return zoneId.getRules().getOffset(at);
  }

  /**
   * The offset at {@code at} as {@code +HH:MM} ({@code +00:00} for UTC), the form stored in {@code
   * invoice.invoice_zone} (varchar(10)). Seconds of historic local-mean-time offsets are dropped.
   */
  public String storedForm(Instant at) {
    Objects.requireNonNull(at, "at");
    int total = offsetAt(at).getTotalSeconds();
    int abs = Math.abs(total);
    return String.format("%s%02d:%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
  }
}
