package org.autoinvoice.application.fakes;

import org.autoinvoice.application.contract.ClientDirectoryContract;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.invoice.SystemParameters;

class InMemoryClientDirectoryTest extends ClientDirectoryContract {
  private final InMemoryClientDirectory directory = new InMemoryClientDirectory();

  @Override
  protected ClientDirectory directory() {
    return directory;
  }

  @Override
  protected void givenClient(Client client) {
    directory.put(client);
  }

  @Override
  protected void givenSystemParameters(SystemParameters parameters) {
    directory.systemParameters(parameters);
  }
}
