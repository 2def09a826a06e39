package org.autoinvoice.application.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.application.port.out.BalanceQuery;
import org.autoinvoice.application.port.out.DocumentStore;
import org.autoinvoice.application.port.out.DocumentStore.StagedDocument;
import org.autoinvoice.application.port.out.GenerationTimes;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.application.port.out.InvoiceObserver.Phase;
import org.autoinvoice.application.port.out.InvoiceRenderer;
import org.autoinvoice.application.port.out.InvoiceTransaction;
import org.autoinvoice.application.port.out.LogoSource;
import org.autoinvoice.application.port.out.UsageQuery;
import org.autoinvoice.domain.balance.BalanceSnapshot;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceAssembler;
import org.autoinvoice.domain.invoice.InvoiceInputs;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.UsageRecord;

/**
 * The one way an invoice is made, manual or automatic (rule D10): usage → totals → PDF rendered to
 * a staged file → invoice and detail rows written in the caller's transaction → file moved into
 * place. The caller discards the returned document if its transaction does not commit.
 */
public final class InvoicePipeline {
  private final UsageQuery usage;
  private final BalanceQuery balances;
  private final InvoiceRenderer renderer;
  private final DocumentStore documents;
  private final LogoSource logo;
  private final InvoiceObserver observer;
  private final Clock clock;
  private final boolean recordShortCallPayments;

  public InvoicePipeline(
      UsageQuery usage,
      BalanceQuery balances,
      InvoiceRenderer renderer,
      DocumentStore documents,
      LogoSource logo,
      InvoiceObserver observer,
      Clock clock) {
    this(usage, balances, renderer, documents, logo, observer, clock, false);
  }

  /**
   * @param recordShortCallPayments also record each invoice's short-call surcharge as a {@code
   *     client_payment} of type 15 ({@code [invoice] record_scc_payment = 1}, rule N4)
   */
  public InvoicePipeline(
      UsageQuery usage,
      BalanceQuery balances,
      InvoiceRenderer renderer,
      DocumentStore documents,
      LogoSource logo,
      InvoiceObserver observer,
      Clock clock,
      boolean recordShortCallPayments) {
    this.recordShortCallPayments = recordShortCallPayments;
    this.usage = usage;
    this.balances = balances;
    this.renderer = renderer;
    this.documents = documents;
    this.logo = logo;
    this.observer = observer;
    this.clock = clock;
  }

  /** An invoice that was written in the caller's transaction and whose file is in place. */
  public record Produced(long invoiceId, Invoice invoice, StagedDocument document) {}

  /** An invoice computed from current data, not yet rendered or written, with its phase times. */
  public record Computed(Invoice invoice, Instant started, Instant stats) {
    public Computed {
      Objects.requireNonNull(invoice, "invoice");
      Objects.requireNonNull(started, "started");
      Objects.requireNonNull(stats, "stats");
    }

    /** The same computation for the invoice under {@code number}. */
    public Computed withNumber(String number) {
      return new Computed(invoice.withNumber(number), started, stats);
    }
  }

  /**
   * Computes the invoice numbered {@code number}, renders it, and inserts it ({@code replaceId}
   * empty) or rewrites invoice {@code replaceId} in {@code tx}, then publishes its PDF.
   */
  public Produced produce(
      InvoiceTransaction tx,
      Client client,
      SystemParameters parameters,
      InvoiceRequest request,
      String number,
      Integer runId,
      Optional<Long> replaceId) {
    return write(tx, client, parameters, compute(client, request, number), runId, replaceId);
  }

  /**
   * The first half of {@link #produce}: queries usage and balances and assembles the invoice
   * numbered {@code number}; writes nothing (the caller may still decide not to keep it).
   */
  public Computed compute(Client client, InvoiceRequest request, String number) {
    Instant started = clock.instant();
    Invoice invoice = observer.time(Phase.USAGE_QUERY, () -> assemble(client, request, number));
    return new Computed(invoice, started, clock.instant());
  }

  /**
   * The second half of {@link #produce}: renders {@code computed} to a staged file, inserts it
   * ({@code replaceId} empty) or rewrites invoice {@code replaceId} in {@code tx}, then publishes
   * the file; the staged file is discarded when this throws.
   */
  public Produced write(
      InvoiceTransaction tx,
      Client client,
      SystemParameters parameters,
      Computed computed,
      Integer runId,
      Optional<Long> replaceId) {
    Invoice invoice = computed.invoice();
    String number = invoice.number();
    InvoiceDocument document = new InvoiceDocument(invoice, client, parameters, logo.currentLogo());
    StagedDocument staged =
        observer.time(
            Phase.RENDER,
            () -> {
              try {
                return documents.stage(
                    invoice.pdfFileName(), out -> renderer.render(document, out));
              } catch (IOException e) {
                throw new UncheckedIOException(
                    "could not write the PDF of invoice " + number + ": " + e.getMessage(), e);
              }
            });
    try {
      long id =
          observer.time(
              Phase.WRITE,
              () -> {
                GenerationTimes times =
                    new GenerationTimes(computed.started(), computed.stats(), clock.instant());
                String pdfPath = "/invoice/" + invoice.pdfFileName();
                long invoiceId;
                if (replaceId.isPresent()) {
                  tx.replace(replaceId.get(), invoice, pdfPath, times);
                  invoiceId = replaceId.get();
                } else {
                  invoiceId = tx.insert(invoice, pdfPath, times, runId);
                }
                if (recordShortCallPayments) {
                  Money surcharge =
                      invoice.shortCallSurcharge().map(s -> s.cost()).orElse(Money.ZERO);
                  tx.recordShortCallCharge(invoice.clientId(), number, surcharge, clock.instant());
                }
                try {
                  staged.publish();
                } catch (IOException e) {
                  throw new UncheckedIOException(
                      "could not move the PDF of invoice " + number + " into place", e);
                }
                return invoiceId;
              });
      return new Produced(id, invoice, staged);
    } catch (RuntimeException e) {
      staged.discard();
      throw e;
    }
  }

  private Invoice assemble(Client client, InvoiceRequest request, String number) {
    InvoiceType type = request.type();
    boolean actualRate = request.options().actualRate();
    List<UsageRecord> ingress =
        type == InvoiceType.VENDOR
            ? List.of()
            : usage.usage(client.id(), Direction.INGRESS, request.period(), actualRate);
    List<UsageRecord> egress =
        type == InvoiceType.CLIENT
            ? List.of()
            : usage.usage(client.id(), Direction.EGRESS, request.period(), actualRate);
    boolean needsPayments =
        request.options().summaryOfPayments() || request.options().accountSummary();
    List<PaymentLine> payments =
        needsPayments ? balances.paymentsAndCredits(client.id(), request.period()) : List.of();
    Optional<BalanceSnapshot> previous =
        request.options().accountSummary()
            ? balances.closingBalanceBefore(
                client.id(),
                request.options().balanceType(),
                request.period().start().toLocalDate())
            : Optional.empty();
    // only the Account Summary shows it; without one the invoice row reads it when it is written
    Money current =
        request.options().accountSummary() ? balances.currentBalance(client.id()) : Money.ZERO;
    return InvoiceAssembler.assemble(
        new InvoiceInputs(
            client,
            request.options(),
            type,
            request.createType(),
            request.period(),
            request.invoiceDate(),
            request.dueDate(),
            number,
            ingress,
            egress,
            payments,
            previous,
            current));
  }
}
