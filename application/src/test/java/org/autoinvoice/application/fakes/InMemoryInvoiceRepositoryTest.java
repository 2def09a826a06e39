package org.autoinvoice.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.autoinvoice.application.contract.InvoiceRepositoryContract;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.junit.jupiter.api.Test;

class InMemoryInvoiceRepositoryTest extends InvoiceRepositoryContract {
  private final InMemoryInvoiceRepository repository = new InMemoryInvoiceRepository();

  @Override
  protected InvoiceRepository repository() {
    return repository;
  }

  @Override
  protected void givenClient(Client client) {}

  @Override
  protected int historyRowCount(ClientId client) {
    return (int) repository.history().stream().filter(h -> h.client().equals(client)).count();
  }

  @Override
  protected List<Money> shortCallPayments(String invoiceNumber) {
    Money m = repository.shortCallPayments().get(invoiceNumber);
    return m == null ? List.of() : List.of(m);
  }

  @Test
  void theRunLogRecordsOutcomes() {
    int id = repository.startRun(Instant.parse("2024-02-01T00:00:00Z"), 3);
    repository.finishRun(id, Instant.parse("2024-02-01T00:05:00Z"), true, 1);
    InMemoryInvoiceRepository.RunRow run = repository.run(id).orElseThrow();
    assertThat(run.expected()).isEqualTo(3);
    assertThat(run.failed()).isTrue();
    assertThat(run.made()).isEqualTo(1);
  }
}
