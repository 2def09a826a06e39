package org.autoinvoice.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.autoinvoice.application.fakes.FixedLogoSource;
import org.autoinvoice.application.fakes.InMemoryBalanceQuery;
import org.autoinvoice.application.fakes.InMemoryClientDirectory;
import org.autoinvoice.application.fakes.InMemoryDocumentStore;
import org.autoinvoice.application.fakes.InMemoryInvoiceRepository;
import org.autoinvoice.application.fakes.InMemoryUsageQuery;
import org.autoinvoice.application.fakes.RecordingInvoiceRenderer;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.fakes.UsageRecords;
import org.autoinvoice.application.port.in.CreateManualInvoiceCommand;
import org.autoinvoice.application.port.in.ManualInvoiceOutcome;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceState;
import org.autoinvoice.domain.invoice.InvoiceStatus;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.surcharge.ShortCallSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManualInvoiceServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2018-01-25T12:00:00Z"), ZoneOffset.UTC);

  private InMemoryClientDirectory clients;
  private InMemoryUsageQuery usage;
  private InMemoryInvoiceRepository invoices;
  private InMemoryDocumentStore documents;
  private RecordingInvoiceRenderer renderer;
  private ManualInvoiceService service;

  @BeforeEach
  void setUp() {
    clients = new InMemoryClientDirectory().put(TestData.client(3)).put(TestData.client(4));
    usage = new InMemoryUsageQuery();
    invoices = new InMemoryInvoiceRepository(100);
    documents = new InMemoryDocumentStore();
    renderer = new RecordingInvoiceRenderer();
    InvoicePipeline pipeline =
        new InvoicePipeline(
            usage,
            new InMemoryBalanceQuery(),
            renderer,
            documents,
            new FixedLogoSource(),
            InvoiceObserver.silent(),
            CLOCK);
    service = new ManualInvoiceService(clients, invoices, pipeline, InvoiceObserver.silent());
    // 2018-01-16 10:00 UTC: 10 answered calls, 600 s, 1.50 on client 3's ingress side
    usage.add(
        new ClientId(3),
        Instant.parse("2018-01-16T10:00:00Z"),
        UsageRecords.ingress()
            .code("1907", "USA - Alaska", "USA")
            .day(LocalDate.of(2018, 1, 16))
            .answered(10)
            .billed(600, "1.50")
            .build());
    // outside the period (the second after its end)
    usage.add(
        new ClientId(3),
        Instant.parse("2018-01-22T00:00:00Z"),
        UsageRecords.ingress()
            .code("1907", "USA - Alaska", "USA")
            .day(LocalDate.of(2018, 1, 22))
            .answered(99)
            .billed(6000, "99.00")
            .build());
  }

  private static CreateManualInvoiceCommand command(List<Integer> ids, List<Long> voidIds) {
    return new CreateManualInvoiceCommand(
        ids.stream().map(ClientId::new).toList(),
        InvoiceType.CLIENT,
        LocalDateTime.of(2018, 1, 15, 0, 0, 0),
        LocalDateTime.of(2018, 1, 21, 23, 59, 59),
        LocalDate.of(2018, 1, 25),
        LocalDate.of(2018, 2, 9),
        InvoiceOptions.all(),
        voidIds,
        Optional.empty());
  }

  @Test
  void createsOneInvoiceWithItsPdfFromThePeriodsUsage() {
    ManualInvoiceOutcome outcome = service.create(command(List.of(3), List.of()));

    assertThat(outcome).isEqualTo(new ManualInvoiceOutcome.Created(List.of("101")));
    assertThat(invoices.rows()).hasSize(1);
    InMemoryInvoiceRepository.Row row = invoices.rows().get(0);
    assertThat(row.stored().pdfPath()).isEqualTo("/invoice/101_2018-01-25.pdf");
    assertThat(row.invoice().totals().buyTotal()).isEqualTo(Money.of("1.50"));
    assertThat(row.invoice().totals().totalCalls()).isEqualTo(10);
    assertThat(row.invoice().status()).isEqualTo(InvoiceStatus.DONE);
    assertThat(row.stored().createType().code()).isEqualTo(1);
    assertThat(row.times().start()).isNotNull();
    assertThat(documents.published("101_2018-01-25.pdf")).isPresent();
    assertThat(renderer.rendered()).hasSize(1);
  }

  @Test
  void usesTheZoneOverrideForThePeriod() {
    CreateManualInvoiceCommand c = command(List.of(3), List.of());
    CreateManualInvoiceCommand inNewYork =
        new CreateManualInvoiceCommand(
            c.clients(),
            c.type(),
            c.start(),
            c.endInclusive(),
            c.invoiceDate(),
            c.dueDate(),
            c.options(),
            c.voidInvoiceIds(),
            Optional.of(ZoneSpec.parse("-05:00")));

    service.create(inNewYork);

    StoredInvoice stored = invoices.rows().get(0).stored();
    assertThat(stored.period().startInstant()).isEqualTo(Instant.parse("2018-01-15T05:00:00Z"));
  }

  @Test
  void recordsTheShortCallSurchargeAsAPaymentWhenConfigured() {
    Client base = TestData.client(6);
    Client withSurcharge =
        new Client(
            base.id(),
            base.name(),
            base.company(),
            base.address(),
            base.billingEmail(),
            base.active(),
            base.mode(),
            base.allowedCredit(),
            base.unlimitedCredit(),
            base.zone(),
            base.includeTax(),
            base.taxPercent(),
            new ShortCallSettings(6, new BigDecimal("10"), new BigDecimal("0.01"), 0),
            base.defaultOptions(),
            base.autoInvoice());
    clients.put(withSurcharge);
    usage.add(
        new ClientId(6),
        Instant.parse("2018-01-16T10:00:00Z"),
        UsageRecords.ingress()
            .code("44", "UK", "UK")
            .day(LocalDate.of(2018, 1, 16))
            .answered(100)
            .billed(6000, "10.00")
            .shortCalls(30, 0, 0, 0, 0)
            .build());
    ManualInvoiceService recording =
        new ManualInvoiceService(
            clients,
            invoices,
            new InvoicePipeline(
                usage,
                new InMemoryBalanceQuery(),
                renderer,
                documents,
                new FixedLogoSource(),
                InvoiceObserver.silent(),
                CLOCK,
                true),
            InvoiceObserver.silent());

    recording.create(command(List.of(6), List.of()));

    // 30 of 100 answered calls are short (30 % > 10 %): 30 × 0.01
    assertThat(invoices.shortCallPayments()).containsExactly(Map.entry("101", Money.of("0.30")));
    assertThat(invoices.rows().get(0).invoice().totals().totalAmount())
        .isEqualTo(Money.of("10.30"));
  }

  @Test
  void noShortCallPaymentIsRecordedByDefault() {
    service.create(command(List.of(3), List.of()));

    assertThat(invoices.shortCallPayments()).isEmpty();
  }

  @Test
  void unknownClientWritesNothing() {
    ManualInvoiceOutcome outcome = service.create(command(List.of(3, 9), List.of()));

    assertThat(outcome).isEqualTo(new ManualInvoiceOutcome.UnknownClient(9));
    assertThat(invoices.rows()).isEmpty();
    assertThat(documents.objectCount()).isZero();
  }

  @Test
  void overlapIsRefusedNamingTheInvoiceUnlessItIsVoidedByTheSameRequest() {
    service.create(command(List.of(3), List.of()));

    ManualInvoiceOutcome again = service.create(command(List.of(3), List.of()));
    assertThat(again).isEqualTo(new ManualInvoiceOutcome.Overlapping(3, List.of("101")));
    assertThat(invoices.rows()).hasSize(1);

    long firstId = invoices.rows().get(0).stored().invoiceId();
    ManualInvoiceOutcome replacing = service.create(command(List.of(3), List.of(firstId)));
    assertThat(replacing).isInstanceOf(ManualInvoiceOutcome.Created.class);
    assertThat(invoices.rows())
        .extracting(r -> r.stored().state())
        .containsExactlyInAnyOrder(InvoiceState.VOID, InvoiceState.NORMAL);
  }

  @Test
  void overlapIsAllowedWhenProtectionIsOff() {
    clients.systemParameters(new SystemParameters(2, false, "", 0, "", 0, "", 0));
    service.create(command(List.of(3), List.of()));

    assertThat(service.create(command(List.of(3), List.of())))
        .isInstanceOf(ManualInvoiceOutcome.Created.class);
    assertThat(invoices.rows()).hasSize(2);
  }

  @Test
  void voidIdOfAnotherClientOrUnknownIsRefusedAndNothingChanges() {
    service.create(command(List.of(4), List.of()));
    long otherClientsInvoice = invoices.rows().get(0).stored().invoiceId();

    assertThat(service.create(command(List.of(3), List.of(otherClientsInvoice))))
        .isInstanceOf(ManualInvoiceOutcome.BadVoidId.class);
    assertThat(service.create(command(List.of(3), List.of(424242L))))
        .isEqualTo(new ManualInvoiceOutcome.BadVoidId(424242L, "does not exist"));
    assertThat(invoices.rows()).hasSize(1);
    assertThat(invoices.rows().get(0).stored().state()).isEqualTo(InvoiceState.NORMAL);
  }

  @Test
  void severalClientsAreAllOrNothing() {
    renderer.failWith(new IOException("disk full"));

    assertThatThrownBy(() -> service.create(command(List.of(3, 4), List.of())))
        .hasMessageContaining("disk full");
    assertThat(invoices.rows()).isEmpty();
    assertThat(documents.objectCount()).isZero();
  }

  @Test
  void severalClientsGetOneInvoiceEach() {
    ManualInvoiceOutcome outcome = service.create(command(List.of(3, 4), List.of()));

    assertThat(outcome).isEqualTo(new ManualInvoiceOutcome.Created(List.of("101", "102")));
    assertThat(invoices.rows())
        .extracting(r -> r.stored().clientId().value())
        .containsExactly(3, 4);
  }

  @Test
  void twoIdenticalRequestsAtOnceMakeOneInvoice() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ManualInvoiceOutcome>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(
          pool.submit(
              () -> {
                go.await();
                return service.create(command(List.of(3), List.of()));
              }));
    }
    go.countDown();
    List<ManualInvoiceOutcome> outcomes = new ArrayList<>();
    for (Future<ManualInvoiceOutcome> f : results) {
      outcomes.add(f.get());
    }
    pool.shutdown();

    assertThat(outcomes).filteredOn(o -> o instanceof ManualInvoiceOutcome.Created).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof ManualInvoiceOutcome.Overlapping).hasSize(1);
    assertThat(invoices.rows()).hasSize(1);
  }
}
