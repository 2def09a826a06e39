package org.autoinvoice.application.port.out;

import org.autoinvoice.domain.client.ClientId;

/** Raised when a client id names no carrier. */
public class ClientNotFoundException extends RuntimeException {
  private final ClientId clientId;

  public ClientNotFoundException(ClientId clientId) {
    super("client_id " + clientId + " does not exist");
    this.clientId = clientId;
  }

  public ClientId clientId() {
    return clientId;
  }
}
