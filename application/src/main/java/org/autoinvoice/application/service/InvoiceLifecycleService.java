package org.autoinvoice.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.application.port.in.FetchInvoiceDocumentUseCase;
import org.autoinvoice.application.port.in.RegenerateInvoiceUseCase;
import org.autoinvoice.application.port.in.VoidInvoiceUseCase;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.application.port.out.ClientNotFoundException;
import org.autoinvoice.application.port.out.DocumentStore;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.Client;

/**
 * The UI's calls on existing invoices: regenerate with the same number, client, type, period and
 * options from current data (rule D13, state back to 0), void (rule D14), and read the PDF (D9).
 */
public final class InvoiceLifecycleService
    implements RegenerateInvoiceUseCase, VoidInvoiceUseCase, FetchInvoiceDocumentUseCase {
  private static final String KIND = "regenerate";

  private final ClientDirectory clients;
  private final InvoiceRepository invoices;
  private final InvoicePipeline pipeline;
  private final DocumentStore documents;
  private final InvoiceObserver observer;

  public InvoiceLifecycleService(
      ClientDirectory clients,
      InvoiceRepository invoices,
      InvoicePipeline pipeline,
      DocumentStore documents,
      InvoiceObserver observer) {
    this.clients = clients;
    this.invoices = invoices;
    this.pipeline = pipeline;
    this.documents = documents;
    this.observer = observer;
  }

  @Override
  public Optional<String> regenerate(String invoiceNumber) {
    Optional<StoredInvoice> found = invoices.findByNumber(invoiceNumber);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredInvoice stored = found.get();
    Client client =
        clients
            .findClient(stored.clientId())
            .orElseThrow(() -> new ClientNotFoundException(stored.clientId()));
    InvoiceRequest request =
        new InvoiceRequest(
            stored.type(),
            stored.createType(),
            stored.period(),
            stored.invoiceDate(),
            stored.dueDate(),
            stored.options());
    try (InvoiceObserver.Scope scope = observer.enter(stored.clientId(), invoiceNumber)) {
      invoices.inClientTransaction(
          stored.clientId(),
          tx ->
              pipeline.produce(
                  tx,
                  client,
                  clients.systemParameters(),
                  request,
                  stored.number(),
                  null,
                  Optional.of(stored.invoiceId())));
      observer.created(KIND);
      return Optional.of(invoiceNumber);
    } catch (RuntimeException e) {
      observer.failed(KIND, e);
      throw e;
    }
  }

  @Override
  public boolean voidInvoice(String invoiceNumber) {
    Optional<StoredInvoice> found = invoices.findByNumber(invoiceNumber);
    if (found.isEmpty()) {
      return false;
    }
    StoredInvoice stored = found.get();
    invoices.inClientTransaction(
        stored.clientId(),
        tx -> {
          tx.voidInvoices(List.of(stored.invoiceId()));
          return null;
        });
    return true;
  }

  @Override
  public Optional<InputStream> open(String fileName) throws IOException {
    return documents.open(fileName);
  }
}
