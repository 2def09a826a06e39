package org.autoinvoice.adapters.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import org.autoinvoice.domain.period.ZoneSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes DNL zone columns ({@code client.invoice_zone}, {@code invoice.invoice_zone}).
 */
final class InvoiceZones {
  private static final Logger LOG = LoggerFactory.getLogger(InvoiceZones.class);

  private InvoiceZones() {}

  /** NULL or blank → UTC; an unreadable value → UTC with a warning naming {@code where}. */
  static ZoneSpec parse(String text, String where) {
    if (text == null || text.isBlank()) {
      return ZoneSpec.UTC;
    }
    try {
      return ZoneSpec.parse(text);
    } catch (IllegalArgumentException e) {
      LOG.warn("{} has invoice_zone '{}' which is not a zone; using +00:00", where, text);
      return ZoneSpec.UTC;
    }
  }

  /** {@code +HH:MM} of the zone's offset at {@code at} (IANA zones are stored by their offset). */
  static String format(ZoneSpec zone, Instant at) {
    ZoneOffset offset = zone.zoneId().getRules().getOffset(at);
    int total = offset.getTotalSeconds();
    char sign = total < 0 ? '-' : '+';
    int abs = Math.abs(total);
    return String.format("%c%02d:%02d", sign, abs / 3600, (abs / 60) % 60);
  }
}
