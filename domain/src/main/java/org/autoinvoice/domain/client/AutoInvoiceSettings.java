package org.autoinvoice.domain.client;

import java.time.LocalDate;
import org.autoinvoice.domain.cycle.PaymentTerm;

/**
 * A client's automatic-invoicing settings (rules A1–A5): enabled, which sides ({@code
 * auto_invoice_type} 0 client, 1 vendor, 2 both), billing cycle, start date, local hour, whether
 * zero-traffic invoices are skipped, and e-mail behaviour. {@code paymentTerm} may be null.
 */
public record AutoInvoiceSettings(
    boolean enabled,
    int autoInvoiceType,
    PaymentTerm paymentTerm,
    LocalDate startFrom,
    int hour,
    boolean skipZeroTraffic,
    boolean emailInvoice,
    boolean sendAsLink) {
  public AutoInvoiceSettings {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("client.auto_invoice_hour must be 0..23, got " + hour);
    }
  }
}
