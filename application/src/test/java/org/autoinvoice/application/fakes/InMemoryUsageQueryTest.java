package org.autoinvoice.application.fakes;

import java.time.Instant;
import org.autoinvoice.application.contract.UsageQueryContract;
import org.autoinvoice.application.port.out.UsageQuery;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.usage.UsageRecord;

class InMemoryUsageQueryTest extends UsageQueryContract {
  private final InMemoryUsageQuery query = new InMemoryUsageQuery();

  @Override
  protected UsageQuery query() {
    return query;
  }

  @Override
  protected void givenClient(Client client) {}

  @Override
  protected void givenUsage(ClientId client, Instant hour, UsageRecord record) {
    query.add(client, hour, record);
  }
}
