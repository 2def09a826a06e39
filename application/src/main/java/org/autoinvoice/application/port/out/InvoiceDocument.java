package org.autoinvoice.application.port.out;

import java.util.Objects;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.SystemParameters;

/** Everything a rendered invoice shows: the invoice, its client, the switch settings, the logo. */
public record InvoiceDocument(
    Invoice invoice, Client client, SystemParameters parameters, LogoImage logo) {
  public InvoiceDocument {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(logo, "logo");
  }
}
