package org.autoinvoice.application.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.autoinvoice.application.port.in.CreateManualInvoiceCommand;
import org.autoinvoice.application.port.in.CreateManualInvoiceUseCase;
import org.autoinvoice.application.port.in.ManualInvoiceOutcome;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.application.port.out.InvoiceTransaction;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.InvoiceState;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.period.InvoicePeriod;

/**
 * Makes manual invoices (rules D1–D7, D10): under the clients' locks and in one transaction it
 * checks overlaps (when {@code overlap_invoice_protection} is on; invoices voided by the same
 * request don't count), checks and voids {@code void_id}, then makes one invoice per client through
 * the {@link InvoicePipeline}. Any refusal or failure leaves no row and no file.
 */
public final class ManualInvoiceService implements CreateManualInvoiceUseCase {
  private static final String KIND = "manual";

  private final ClientDirectory clients;
  private final InvoiceRepository invoices;
  private final InvoicePipeline pipeline;
  private final InvoiceObserver observer;

  public ManualInvoiceService(
      ClientDirectory clients,
      InvoiceRepository invoices,
      InvoicePipeline pipeline,
      InvoiceObserver observer) {
    this.clients = clients;
    this.invoices = invoices;
    this.pipeline = pipeline;
    this.observer = observer;
  }

  @Override
  public ManualInvoiceOutcome create(CreateManualInvoiceCommand command) {
    List<Client> found = new ArrayList<>();
    for (ClientId id : command.clients()) {
      Optional<Client> client = clients.findClient(id);
      if (client.isEmpty()) {
        observer.refused(KIND, "unknown_client");
        return new ManualInvoiceOutcome.UnknownClient(id.value());
      }
      found.add(client.get());
    }
    SystemParameters parameters = clients.systemParameters();
    List<InvoicePipeline.Produced> produced = new ArrayList<>();
    try {
      ManualInvoiceOutcome outcome =
          invoices.inClientsTransaction(
              command.clients(), tx -> createLocked(tx, command, found, parameters, produced));
      if (outcome instanceof ManualInvoiceOutcome.Created) {
        for (int i = 0; i < produced.size(); i++) {
          observer.created(KIND);
        }
      } else {
        observer.refused(
            KIND, outcome instanceof ManualInvoiceOutcome.Overlapping ? "overlap" : "void_id");
      }
      return outcome;
    } catch (RuntimeException e) {
      produced.forEach(p -> p.document().discard());
      observer.failed(KIND, e);
      throw e;
    }
  }

  private ManualInvoiceOutcome createLocked(
      InvoiceTransaction tx,
      CreateManualInvoiceCommand command,
      List<Client> found,
      SystemParameters parameters,
      List<InvoicePipeline.Produced> produced) {
    Set<ClientId> requested = new HashSet<>(command.clients());
    List<StoredInvoice> toVoid = tx.findByIds(command.voidInvoiceIds());
    for (Long id : command.voidInvoiceIds()) {
      Optional<StoredInvoice> match = toVoid.stream().filter(s -> s.invoiceId() == id).findFirst();
      if (match.isEmpty()) {
        return new ManualInvoiceOutcome.BadVoidId(id, "does not exist");
      }
      if (!requested.contains(match.get().clientId())) {
        return new ManualInvoiceOutcome.BadVoidId(
            id, "belongs to client " + match.get().clientId() + ", not to this request's client");
      }
    }
    Set<Long> voidedNow = new HashSet<>(command.voidInvoiceIds());
    List<InvoiceRequest> requests = new ArrayList<>();
    for (Client client : found) {
      InvoicePeriod period =
          new InvoicePeriod(
              command.start(),
              command.endInclusive(),
              command.zoneOverride().orElse(client.zone()));
      if (parameters.overlapProtection()) {
        List<String> overlapping =
            tx.findOverlapping(client.id(), overlapTypes(command.type()), period).stream()
                .filter(s -> !voidedNow.contains(s.invoiceId()))
                .filter(s -> s.state() != InvoiceState.VOID)
                .map(StoredInvoice::number)
                .toList();
        if (!overlapping.isEmpty()) {
          return new ManualInvoiceOutcome.Overlapping(client.id().value(), overlapping);
        }
      }
      requests.add(
          new InvoiceRequest(
              command.type(),
              CreateType.MANUAL,
              period,
              command.invoiceDate(),
              command.dueDate(),
              command.options()));
    }
    if (!voidedNow.isEmpty()) {
      tx.voidInvoices(voidedNow);
    }
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Client client = found.get(i);
      String number = tx.nextInvoiceNumber();
      try (InvoiceObserver.Scope scope = observer.enter(client.id(), number)) {
        produced.add(
            pipeline.produce(
                tx, client, parameters, requests.get(i), number, null, Optional.empty()));
      }
      numbers.add(number);
    }
    return new ManualInvoiceOutcome.Created(numbers);
  }

  /** Rule D7 as written: the same type; a type 2 request also checks types 0 and 1. */
  static Set<InvoiceType> overlapTypes(InvoiceType type) {
    return type == InvoiceType.BOTH ? EnumSet.allOf(InvoiceType.class) : EnumSet.of(type);
  }
}
