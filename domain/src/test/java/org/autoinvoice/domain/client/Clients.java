package org.autoinvoice.domain.client;

import java.math.BigDecimal;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.surcharge.ShortCallSettings;

/** Test clients. */
public final class Clients {
  private Clients() {}

  public static AutoInvoiceSettings noAutoInvoice() {
    return new AutoInvoiceSettings(false, 0, null, null, 0, true, false, false);
  }

  /** A postpaid client without tax, surcharge or credit. */
  public static Client plain(int id) {
    return client(id, 2, "0", false, false, "0", ShortCallSettings.NONE);
  }

  public static Client client(
      int id,
      int mode,
      String allowedCredit,
      boolean unlimited,
      boolean includeTax,
      String taxPercent,
      ShortCallSettings scc) {
    return new Client(
        new ClientId(id),
        "client" + id,
        "Company " + id,
        "Street " + id,
        "billing" + id + "@example.com",
        true,
        mode,
        new BigDecimal(allowedCredit),
        unlimited,
        ZoneSpec.UTC,
        includeTax,
        new BigDecimal(taxPercent),
        scc,
        InvoiceOptions.all(),
        noAutoInvoice());
  }
}
