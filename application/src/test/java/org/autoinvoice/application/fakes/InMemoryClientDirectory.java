package org.autoinvoice.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.SystemParameters;

/** In-memory {@link ClientDirectory} for service tests. */
public final class InMemoryClientDirectory implements ClientDirectory {
  private final Map<ClientId, Client> clients = new ConcurrentHashMap<>();
  private volatile SystemParameters parameters;

  public InMemoryClientDirectory put(Client client) {
    clients.put(client.id(), client);
    return this;
  }

  public InMemoryClientDirectory systemParameters(SystemParameters parameters) {
    this.parameters = parameters;
    return this;
  }

  @Override
  public Optional<Client> findClient(ClientId id) {
    return Optional.ofNullable(clients.get(id));
  }

  @Override
  public List<Client> findAutoInvoiceClients() {
    List<Client> result = new ArrayList<>();
    for (Client c : clients.values()) {
      if (c.active() && c.autoInvoice().enabled() && c.autoInvoice().paymentTerm() != null) {
        result.add(c);
      }
    }
    result.sort(Comparator.comparingInt(c -> c.id().value()));
    return result;
  }

  @Override
  public SystemParameters systemParameters() {
    SystemParameters p = parameters;
    return p == null ? SystemParameters.defaults() : p;
  }
}
