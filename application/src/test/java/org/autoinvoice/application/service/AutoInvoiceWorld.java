package org.autoinvoice.application.service;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.autoinvoice.application.fakes.FixedLogoSource;
import org.autoinvoice.application.fakes.InMemoryBalanceQuery;
import org.autoinvoice.application.fakes.InMemoryClientDirectory;
import org.autoinvoice.application.fakes.InMemoryDocumentStore;
import org.autoinvoice.application.fakes.InMemoryInvoiceRepository;
import org.autoinvoice.application.fakes.InMemoryUsageQuery;
import org.autoinvoice.application.fakes.MutableClock;
import org.autoinvoice.application.fakes.RecordingInvoiceObserver;
import org.autoinvoice.application.fakes.RecordingInvoiceRenderer;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.fakes.UsageRecords;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.port.out.InvoiceCreatedListener;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.application.port.out.InvoiceRenderer;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.AutoInvoiceSettings;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.cycle.PaymentTerm;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.period.ZoneSpec;

/**
 * The auto-invoicing service wired to in-memory fakes and a clock the test moves: clients, usage, a
 * renderer that can be told to fail for some documents, and helpers to run it hourly.
 */
final class AutoInvoiceWorld {
  final MutableClock clock;
  final InMemoryClientDirectory directory = new InMemoryClientDirectory();
  final InMemoryUsageQuery usage = new InMemoryUsageQuery();
  final InMemoryBalanceQuery balances = new InMemoryBalanceQuery();
  final RecordingInvoiceRenderer recording = new RecordingInvoiceRenderer();
  final InMemoryDocumentStore documents = new InMemoryDocumentStore();
  final InMemoryInvoiceRepository repository;
  final RecordingInvoiceObserver observer = new RecordingInvoiceObserver();
  private volatile Predicate<InvoiceDocument> failing = d -> false;
  private volatile InvoiceCreatedListener listener = InvoiceCreatedListener.none();

  AutoInvoiceWorld(String isoInstant) {
    this(isoInstant, new InMemoryInvoiceRepository());
  }

  AutoInvoiceWorld(String isoInstant, InMemoryInvoiceRepository repository) {
    this.clock = MutableClock.at(isoInstant);
    this.repository = repository;
  }

  /** Renders fail (IOException) for the documents {@code failing} accepts. */
  AutoInvoiceWorld failRendering(Predicate<InvoiceDocument> failing) {
    this.failing = failing;
    return this;
  }

  AutoInvoiceWorld listener(InvoiceCreatedListener listener) {
    this.listener = listener;
    return this;
  }

  InvoicePipeline pipeline() {
    InvoiceRenderer renderer =
        (document, out) -> {
          if (failing.test(document)) {
            throw new IOException("renderer broke on client " + document.invoice().clientId());
          }
          recording.render(document, out);
        };
    return new InvoicePipeline(
        usage, balances, renderer, documents, new FixedLogoSource(), observer, clock);
  }

  AutoInvoiceService service(int workers) {
    return new AutoInvoiceService(
        directory, repository, pipeline(), observer, listener, clock, workers);
  }

  AutoInvoiceWorld put(Client client) {
    directory.put(client);
    return this;
  }

  /** One client call (1.50) and one vendor call (0.50) of {@code client} at {@code at}. */
  AutoInvoiceWorld traffic(int client, String isoInstant) {
    return traffic(client, Instant.parse(isoInstant));
  }

  AutoInvoiceWorld traffic(int client, Instant at) {
    ClientId id = new ClientId(client);
    usage.add(id, at, UsageRecords.ingress().attempts(2).answered(1).billed(60, "1.50").build());
    usage.add(id, at, UsageRecords.egress().attempts(2).answered(1).billed(60, "0.50").build());
    return this;
  }

  /** A run of a one-worker service at the clock's current instant. */
  AutoInvoiceRunSummary run() {
    return service(1).run(AutoInvoiceRunCommand.now());
  }

  AutoInvoiceRunSummary runAt(String isoInstant) {
    clock.set(Instant.parse(isoInstant));
    return run();
  }

  /** Hourly runs from {@code first} to {@code last} inclusive; returns their summaries. */
  List<AutoInvoiceRunSummary> hourly(String first, String last) {
    AutoInvoiceService service = service(1);
    List<AutoInvoiceRunSummary> summaries = new ArrayList<>();
    Instant end = Instant.parse(last);
    for (Instant t = Instant.parse(first); !t.isAfter(end); t = t.plus(Duration.ofHours(1))) {
      clock.set(t);
      summaries.add(service.run(AutoInvoiceRunCommand.now()));
    }
    return summaries;
  }

  /** The committed auto invoices of {@code client}, oldest period first. */
  List<StoredInvoice> autoInvoices(int client) {
    return repository.rows().stream()
        .map(InMemoryInvoiceRepository.Row::stored)
        .filter(s -> s.clientId().value() == client && s.createType() == CreateType.AUTO)
        .sorted(
            Comparator.comparing((StoredInvoice s) -> s.period().startInstant())
                .thenComparing(s -> s.type()))
        .toList();
  }

  List<InMemoryInvoiceRepository.HistoryRow> history(int client) {
    return repository.history().stream().filter(h -> h.client().value() == client).toList();
  }

  /** An auto-invoicing client: UTC, hour 0, client side only, zero traffic invoiced. */
  static ClientBuilder client(int id, PaymentTerm term) {
    return new ClientBuilder(id, term);
  }

  /** Builds the {@link Client} of an auto-invoicing carrier. */
  static final class ClientBuilder {
    private final int id;
    private PaymentTerm term;
    private ZoneSpec zone = ZoneSpec.UTC;
    private int hour;
    private LocalDate startFrom = LocalDate.of(2024, 1, 1);
    private int autoType;
    private boolean skipZero;
    private boolean active = true;

    private ClientBuilder(int id, PaymentTerm term) {
      this.id = id;
      this.term = term;
    }

    ClientBuilder zone(String zone) {
      this.zone = ZoneSpec.parse(zone);
      return this;
    }

    ClientBuilder hour(int hour) {
      this.hour = hour;
      return this;
    }

    ClientBuilder startFrom(String date) {
      this.startFrom = date == null ? null : LocalDate.parse(date);
      return this;
    }

    ClientBuilder autoType(int autoType) {
      this.autoType = autoType;
      return this;
    }

    ClientBuilder skipZeroTraffic(boolean skip) {
      this.skipZero = skip;
      return this;
    }

    ClientBuilder inactive() {
      this.active = false;
      return this;
    }

    ClientBuilder term(PaymentTerm term) {
      this.term = term;
      return this;
    }

    Client build() {
      Client base = TestData.client(id);
      return new Client(
          base.id(),
          base.name(),
          base.company(),
          base.address(),
          base.billingEmail(),
          active,
          base.mode(),
          base.allowedCredit(),
          base.unlimitedCredit(),
          zone,
          base.includeTax(),
          base.taxPercent(),
          base.shortCalls(),
          base.defaultOptions(),
          new AutoInvoiceSettings(true, autoType, term, startFrom, hour, skipZero, false, false));
    }
  }

  static PaymentTerm everyNDays(int n) {
    return new PaymentTerm(11, "Every " + n + " days", 1, n, "", 7);
  }

  static PaymentTerm monthlyOnDay(int day) {
    return new PaymentTerm(12, "Monthly on " + day, 2, day, "", 15);
  }

  static PaymentTerm weeklyOn(int weekday) {
    return new PaymentTerm(13, "Weekly", 3, weekday, "", 7);
  }

  static PaymentTerm monthlyOnDays(String days) {
    return new PaymentTerm(14, "Monthly on " + days, 4, 0, days, 10);
  }

  static PaymentTerm semiMonthly() {
    return new PaymentTerm(15, "Twice a month", 5, 0, "", 5);
  }

  static Optional<LocalDate> date(String iso) {
    return Optional.of(LocalDate.parse(iso));
  }
}
