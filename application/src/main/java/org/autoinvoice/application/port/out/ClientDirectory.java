package org.autoinvoice.application.port.out;

import java.util.List;
import java.util.Optional;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.SystemParameters;

/** Out-port: the carriers with their invoice settings and payment terms, and switch settings. */
public interface ClientDirectory {
  Optional<Client> findClient(ClientId id);

  /** Clients with auto invoicing on, active and with a payment term (rule A1, before dates). */
  List<Client> findAutoInvoiceClients();

  /** The {@code system_parameter} row, or {@link SystemParameters#defaults()} when absent. */
  SystemParameters systemParameters();
}
