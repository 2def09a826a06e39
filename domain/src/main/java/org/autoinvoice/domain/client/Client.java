package org.autoinvoice.domain.client;

import java.math.BigDecimal;
import java.util.Objects;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.surcharge.ShortCallSettings;

/**
 * A carrier as the invoice service sees it: identity, billing address, zone, credit, tax,
 * short-call surcharge, default invoice options (for auto invoices) and auto-invoicing settings.
 * {@code mode} 1 prepaid, 2 postpaid; {@code allowedCredit} is stored ≤ 0 and printed as abs().
 */
public record Client(
    ClientId id,
    String name,
    String company,
    String address,
    String billingEmail,
    boolean active,
    int mode,
    BigDecimal allowedCredit,
    boolean unlimitedCredit,
    ZoneSpec zone,
    boolean includeTax,
    BigDecimal taxPercent,
    ShortCallSettings shortCalls,
    InvoiceOptions defaultOptions,
    AutoInvoiceSettings autoInvoice) {
  public Client {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(allowedCredit, "allowedCredit");
    Objects.requireNonNull(taxPercent, "taxPercent");
    Objects.requireNonNull(shortCalls, "shortCalls");
    Objects.requireNonNull(defaultOptions, "defaultOptions");
    Objects.requireNonNull(autoInvoice, "autoInvoice");
  }

  public boolean postpaid() {
    return mode == 2;
  }
}
