package org.autoinvoice.application.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.domain.client.ClientId;

/**
 * One auto-invoicing run (rule A6). {@code asOfDate}: run as if each client's local clock (its
 * {@code invoice_zone}) read 23:59:59 on that date, so everything due by the end of that local day
 * is made whatever {@code auto_invoice_hour} says; a date after the client's local today counts as
 * its today (a period that has not ended is never invoiced). Empty: the injected clock's now.
 * {@code onlyClient}: just that client (it must still be eligible, rule A1); empty: every eligible
 * client.
 */
public record AutoInvoiceRunCommand(Optional<LocalDate> asOfDate, Optional<ClientId> onlyClient) {
  public AutoInvoiceRunCommand {
    Objects.requireNonNull(asOfDate, "asOfDate");
    Objects.requireNonNull(onlyClient, "onlyClient");
  }

  /** The hourly run: every eligible client, now. */
  public static AutoInvoiceRunCommand now() {
    return new AutoInvoiceRunCommand(Optional.empty(), Optional.empty());
  }
}
