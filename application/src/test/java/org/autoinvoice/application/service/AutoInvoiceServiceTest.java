package org.autoinvoice.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.autoinvoice.application.service.AutoInvoiceWorld.client;
import static org.autoinvoice.application.service.AutoInvoiceWorld.date;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.autoinvoice.application.fakes.InMemoryInvoiceRepository;
import org.autoinvoice.application.fakes.InMemoryInvoiceRepository.HistoryRow;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.fakes.UsageRecords;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.port.out.GenerationTimes;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.InvoiceState;
import org.autoinvoice.domain.invoice.InvoiceStatus;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.junit.jupiter.api.Test;

/** What an auto-invoicing run makes, skips, counts and reports (rules A4, A5). */
class AutoInvoiceServiceTest {
  private static final InvoicePeriod FIRST_WEEK = TestData.days("2024-01-01", "2024-01-07");

  private static void priorAutoInvoice(AutoInvoiceWorld world, Client client, InvoicePeriod p) {
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    world.repository.inClientTransaction(
        client.id(),
        tx -> {
          String number = tx.nextInvoiceNumber();
          return tx.insert(
              TestData.invoice(client, InvoiceType.CLIENT, CreateType.AUTO, p, number),
              "/invoice/" + number + ".pdf",
              new GenerationTimes(t, t, t),
              null);
        });
  }

  @Test
  void zeroTrafficIsSkippedWithAHistoryRowAndNoInvoiceNumberWhenTheClientSkipsIt() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).skipZeroTraffic(true).build());

    AutoInvoiceRunSummary first = world.run();

    assertThat(first.skippedZeroTraffic()).isEqualTo(1);
    assertThat(first.invoicesCreated()).isZero();
    assertThat(world.repository.rows()).isEmpty();
    assertThat(world.documents.objectCount()).isZero();
    assertThat(world.history(1))
        .containsExactly(
            new HistoryRow(new ClientId(1), LocalDate.of(2024, 1, 8), FIRST_WEEK, null));

    AutoInvoiceRunSummary nextHour = world.runAt("2024-01-08T01:00:00Z");
    assertThat(nextHour.skippedZeroTraffic()).isZero();
    assertThat(nextHour.alreadyDone()).isEqualTo(1);
    assertThat(world.history(1)).hasSize(1);

    world.traffic(1, "2024-01-10T10:00:00Z");
    AutoInvoiceRunSummary week2 = world.runAt("2024-01-15T00:00:00Z");
    assertThat(week2.invoicesCreated()).isEqualTo(1);
    StoredInvoice s = world.autoInvoices(1).get(0);
    assertThat(s.period()).isEqualTo(TestData.days("2024-01-08", "2024-01-14"));
    assertThat(s.number()).as("the skipped week took no number").isEqualTo("1001");
    assertThat(world.history(1)).hasSize(2);
    assertThat(world.history(1).get(1).fileName()).isEqualTo("1001_2024-01-15.pdf");
  }

  @Test
  void zeroTrafficIsInvoicedWithStatusZeroTrafficWhenTheClientDoesNotSkipIt() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).skipZeroTraffic(false).build());

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.invoicesCreated()).isEqualTo(1);
    assertThat(summary.skippedZeroTraffic()).isZero();
    StoredInvoice s = world.autoInvoices(1).get(0);
    assertThat(s.status()).isEqualTo(InvoiceStatus.ZERO_TRAFFIC);
    assertThat(s.state()).isEqualTo(InvoiceState.NORMAL);
    assertThat(s.createType()).isEqualTo(CreateType.AUTO);
    assertThat(s.totalAmount().isZero()).isTrue();
    assertThat(s.options())
        .isEqualTo(world.directory.findClient(new ClientId(1)).get().defaultOptions());
    assertThat(world.documents.published(s.number() + "_2024-01-08.pdf")).isPresent();
    assertThat(world.history(1))
        .containsExactly(
            new HistoryRow(
                new ClientId(1),
                LocalDate.of(2024, 1, 8),
                FIRST_WEEK,
                s.number() + "_2024-01-08.pdf"));
  }

  @Test
  void autoInvoiceTypeTwoMakesAClientAndAVendorInvoiceForEachPeriod() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-15T00:00:00Z");
    Client c = client(1, AutoInvoiceWorld.weeklyOn(1)).autoType(2).build();
    world.put(c).traffic(1, "2024-01-03T10:00:00Z").traffic(1, "2024-01-09T10:00:00Z");
    priorAutoInvoice(world, c, TestData.days("2023-12-25", "2023-12-31"));
    // the vendor side has no auto invoice yet: it starts at the most recent due period only

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.invoicesCreated()).isEqualTo(3);
    List<StoredInvoice> made =
        world.autoInvoices(1).stream().filter(s -> s.period().start().getYear() == 2024).toList();
    assertThat(made)
        .extracting(StoredInvoice::type, StoredInvoice::period)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(InvoiceType.CLIENT, FIRST_WEEK),
            org.assertj.core.groups.Tuple.tuple(
                InvoiceType.CLIENT, TestData.days("2024-01-08", "2024-01-14")),
            org.assertj.core.groups.Tuple.tuple(
                InvoiceType.VENDOR, TestData.days("2024-01-08", "2024-01-14")));
    assertThat(made.get(1).totalAmount().amount()).isEqualByComparingTo("1.50");
    assertThat(made.get(2).totalAmount().amount()).isEqualByComparingTo("0.50");
    assertThat(made).extracting(StoredInvoice::number).doesNotHaveDuplicates();
    assertThat(world.history(1)).hasSize(3);

    AutoInvoiceRunSummary next = world.runAt("2024-01-22T00:00:00Z");
    assertThat(next.invoicesCreated()).isEqualTo(2);
    assertThat(world.autoInvoices(1).subList(4, 6))
        .extracting(StoredInvoice::type)
        .containsExactly(InvoiceType.CLIENT, InvoiceType.VENDOR);
  }

  @Test
  void withBothSidesAZeroVendorSideIsSkippedWhileTheClientSideIsInvoiced() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).autoType(2).skipZeroTraffic(true).build());
    world.usage.add(
        new ClientId(1),
        Instant.parse("2024-01-03T10:00:00Z"),
        UsageRecords.ingress().attempts(1).answered(1).billed(60, "2.00").build());

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.invoicesCreated()).isEqualTo(1);
    assertThat(summary.skippedZeroTraffic()).isEqualTo(1);
    assertThat(world.autoInvoices(1))
        .extracting(StoredInvoice::type)
        .containsExactly(InvoiceType.CLIENT);
    assertThat(world.history(1)).extracting(HistoryRow::fileName).containsOnlyOnce((String) null);

    AutoInvoiceRunSummary again = world.runAt("2024-01-08T05:00:00Z");
    assertThat(again.invoicesCreated() + again.skippedZeroTraffic()).isZero();
    assertThat(again.alreadyDone()).isEqualTo(2);
  }

  @Test
  void aReRunOfTheSameMomentOrDateMakesNoSecondInvoice() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).build()).traffic(1, "2024-01-02T00:00:00Z");

    assertThat(world.run().invoicesCreated()).isEqualTo(1);
    AutoInvoiceRunSummary again = world.run();
    AutoInvoiceRunSummary sameDate =
        world.service(1).run(new AutoInvoiceRunCommand(date("2024-01-08"), Optional.empty()));

    assertThat(again.invoicesCreated()).isZero();
    assertThat(again.alreadyDone()).isEqualTo(1);
    assertThat(sameDate.invoicesCreated()).isZero();
    assertThat(sameDate.alreadyDone()).isEqualTo(1);
    assertThat(world.autoInvoices(1)).hasSize(1);
    assertThat(world.history(1)).hasSize(1);
  }

  @Test
  void aVoidedAutoInvoiceIsMadeAgainByTheNextRun() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).build());
    world.run();
    StoredInvoice first = world.autoInvoices(1).get(0);
    world.repository.inClientTransaction(
        new ClientId(1),
        tx -> {
          tx.voidInvoices(List.of(first.invoiceId()));
          return null;
        });

    AutoInvoiceRunSummary summary = world.runAt("2024-01-08T01:00:00Z");

    assertThat(summary.invoicesCreated()).isEqualTo(1);
    assertThat(world.autoInvoices(1))
        .extracting(StoredInvoice::period, StoredInvoice::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FIRST_WEEK, InvoiceState.VOID),
            org.assertj.core.groups.Tuple.tuple(FIRST_WEEK, InvoiceState.NORMAL));
  }

  @Test
  void twoRunsAtTheSameMomentOnTwoThreadsNeverDuplicateAnInvoice() throws Exception {
    InMemoryInvoiceRepository shared = new InMemoryInvoiceRepository();
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-03-31T00:00:00Z", shared);
    for (int id = 1; id <= 8; id++) {
      Client c = client(id, AutoInvoiceWorld.everyNDays(1)).startFrom("2024-01-01").build();
      world.put(c).traffic(id, "2024-03-10T10:00:00Z");
      priorAutoInvoice(world, c, TestData.days("2024-02-01", "2024-02-29"));
    }
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<AutoInvoiceRunSummary>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        AutoInvoiceService service = world.service(3);
        runs.add(
            threads.submit(
                () -> {
                  together.await();
                  return service.run(AutoInvoiceRunCommand.now());
                }));
      }
      int created = 0;
      for (Future<AutoInvoiceRunSummary> f : runs) {
        AutoInvoiceRunSummary s = f.get();
        assertThat(s.failures()).isEmpty();
        created += s.invoicesCreated();
      }
      // March 1 .. March 30 for each of 8 clients
      assertThat(created).isEqualTo(8 * 30);
    } finally {
      threads.shutdownNow();
    }
    Set<String> keys = new HashSet<>();
    for (InMemoryInvoiceRepository.Row r : shared.rows()) {
      StoredInvoice s = r.stored();
      assertThat(keys.add(s.clientId() + "/" + s.type() + "/" + s.period())).isTrue();
    }
    assertThat(shared.rows()).hasSize(8 * 31);
    assertThat(shared.history()).hasSize(8 * 30);
    for (int id = 1; id <= 8; id++) {
      List<StoredInvoice> mine = world.autoInvoices(id);
      for (int i = 1; i < mine.size(); i++) {
        assertThat(mine.get(i).period().startInstant())
            .isEqualTo(mine.get(i - 1).period().endExclusive());
      }
    }
  }

  @Test
  void aFailingClientIsReportedAndRetriedWhileTheOthersAreInvoiced() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    for (int id = 5; id <= 7; id++) {
      world
          .put(client(id, AutoInvoiceWorld.weeklyOn(1)).build())
          .traffic(id, "2024-01-03T00:00:00Z");
    }
    world.failRendering(d -> d.invoice().clientId().value() == 7);

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.clientsExamined()).isEqualTo(3);
    assertThat(summary.invoicesCreated()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.failures().get(0).client()).isEqualTo(new ClientId(7));
    assertThat(summary.failures().get(0).reason())
        .contains("2024-01-01T00:00 to 2024-01-07T23:59:59")
        .contains("renderer broke on client 7");
    assertThat(summary.line())
        .startsWith(
            "examined 3 clients: 2 invoices created, 0 skipped (zero traffic), 0 already done, 1 failed (client 7: ");
    assertThat(world.observer.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("auto");
              assertThat(f.client()).isEqualTo(new ClientId(7));
            });
    assertThat(world.autoInvoices(7)).isEmpty();
    assertThat(world.history(7)).isEmpty();
    assertThat(world.documents.objectCount()).isEqualTo(2);
    InMemoryInvoiceRepository.RunRow log = world.repository.run(summary.runId()).orElseThrow();
    assertThat(log.failed()).isTrue();
    assertThat(log.made()).isEqualTo(2);
    assertThat(log.expected()).isEqualTo(3);

    world.failRendering(d -> false);
    AutoInvoiceRunSummary retry = world.runAt("2024-01-08T01:00:00Z");

    assertThat(retry.invoicesCreated()).isEqualTo(1);
    assertThat(retry.alreadyDone()).isEqualTo(2);
    assertThat(retry.failures()).isEmpty();
    assertThat(world.autoInvoices(7)).extracting(StoredInvoice::period).containsExactly(FIRST_WEEK);
    assertThat(world.repository.run(retry.runId()).orElseThrow().failed()).isFalse();
  }

  @Test
  void aFailureDuringCatchUpKeepsTheEarlierPeriodsAndRetriesFromTheFailedOne() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-03-05T00:00:00Z");
    Client c = client(1, AutoInvoiceWorld.everyNDays(1)).startFrom("2024-01-01").build();
    world.put(c);
    priorAutoInvoice(world, c, TestData.days("2024-02-01", "2024-02-29"));
    LocalDate broken = LocalDate.of(2024, 3, 3);
    world.failRendering(d -> d.invoice().period().start().toLocalDate().equals(broken));

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.invoicesCreated()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(world.autoInvoices(1))
        .extracting(StoredInvoice::period)
        .containsExactly(
            TestData.days("2024-02-01", "2024-02-29"),
            TestData.days("2024-03-01", "2024-03-01"),
            TestData.days("2024-03-02", "2024-03-02"));

    world.failRendering(d -> false);
    assertThat(world.runAt("2024-03-05T01:00:00Z").invoicesCreated()).isEqualTo(2);
    assertThat(world.autoInvoices(1))
        .extracting(StoredInvoice::period)
        .endsWith(
            TestData.days("2024-03-03", "2024-03-03"), TestData.days("2024-03-04", "2024-03-04"));
  }

  @Test
  void aClientWithUnusableSettingsFailsAloneWithAReasonNamingTheField() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world
        .put(client(1, AutoInvoiceWorld.weeklyOn(1)).autoType(3).build())
        .put(client(2, AutoInvoiceWorld.weeklyOn(1)).build());

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.invoicesCreated()).isEqualTo(1);
    assertThat(summary.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.client()).isEqualTo(new ClientId(1));
              assertThat(f.reason()).contains("auto_invoice_type").contains("got 3");
            });
    assertThat(world.repository.run(summary.runId()).orElseThrow().expected()).isEqualTo(1);
  }

  @Test
  void oneInvoiceLogRowPerRunOpenedWithTheExpectedCountAndClosedWithTheMadeCount() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-15T00:00:00Z");
    Client c = client(1, AutoInvoiceWorld.weeklyOn(1)).build();
    world.put(c).put(client(2, AutoInvoiceWorld.weeklyOn(1)).build());
    priorAutoInvoice(world, c, TestData.days("2023-12-25", "2023-12-31"));

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.runId()).isEqualTo(1);
    InMemoryInvoiceRepository.RunRow log = world.repository.run(1).orElseThrow();
    assertThat(log.startedAt()).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
    assertThat(log.finishedAt()).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
    assertThat(log.expected()).isEqualTo(3);
    assertThat(log.made()).isEqualTo(3);
    assertThat(log.failed()).isFalse();
    assertThat(world.repository.rows())
        .filteredOn(r -> r.stored().period().start().getYear() == 2024)
        .allSatisfy(r -> assertThat(r.runId()).isEqualTo(1));
    assertThat(world.repository.run(2)).isEmpty();
  }

  @Test
  void theListenerHearsOfEachAutoInvoiceAfterItsCommitAndCannotUndoIt() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).build());
    world.put(client(2, AutoInvoiceWorld.weeklyOn(1)).build());
    List<String> heard = new CopyOnWriteArrayList<>();
    world.listener(
        (invoiceId, invoice, client) -> {
          assertThat(world.repository.findByNumber(invoice.number())).isPresent();
          heard.add(client.id() + ":" + invoice.number() + ":" + invoiceId);
          if (client.id().value() == 2) {
            throw new IllegalStateException("mail queue is down");
          }
        });

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.invoicesCreated()).isEqualTo(2);
    assertThat(summary.failures()).isEmpty();
    assertThat(heard).hasSize(2);
    assertThat(world.autoInvoices(2)).hasSize(1);
    assertThat(world.observer.failed())
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo("auto_created_listener"));
    assertThat(world.observer.created()).containsExactly("auto", "auto");
  }

  @Test
  void manyWorkersMakeTheSameInvoicesAsOne() {
    Consumer<AutoInvoiceWorld> setUp =
        w -> {
          for (int id = 1; id <= 12; id++) {
            var term =
                switch (id % 5) {
                  case 0 -> AutoInvoiceWorld.everyNDays(3);
                  case 1 -> AutoInvoiceWorld.monthlyOnDay(1);
                  case 2 -> AutoInvoiceWorld.weeklyOn(id % 7);
                  case 3 -> AutoInvoiceWorld.monthlyOnDays("5,20");
                  default -> AutoInvoiceWorld.semiMonthly();
                };
            Client c =
                client(id, term)
                    .zone(id % 2 == 0 ? "-05:00" : "+08:00")
                    .hour(id % 4)
                    .autoType(id % 3)
                    .skipZeroTraffic(id % 4 == 0)
                    .startFrom("2023-06-01")
                    .build();
            w.put(c);
            if (id % 3 != 1) {
              w.traffic(id, "2024-0" + (1 + id % 3) + "-1" + (id % 9) + "T12:00:00Z");
            }
            if (id % 2 == 1) {
              priorAutoInvoice(w, c, TestData.days("2023-10-01", "2023-10-01"));
            }
          }
        };
    AutoInvoiceWorld one = new AutoInvoiceWorld("2024-04-02T00:00:00Z");
    AutoInvoiceWorld four = new AutoInvoiceWorld("2024-04-02T00:00:00Z");
    setUp.accept(one);
    setUp.accept(four);

    AutoInvoiceRunSummary a = one.service(1).run(AutoInvoiceRunCommand.now());
    AutoInvoiceRunSummary b = four.service(4).run(AutoInvoiceRunCommand.now());

    assertThat(a.invoicesCreated()).isGreaterThan(12);
    assertThat(a.skippedZeroTraffic()).isPositive();
    assertThat(b.line()).isEqualTo(a.line());
    assertThat(contentOf(four)).isEqualTo(contentOf(one));
    assertThat(historyOf(four)).isEqualTo(historyOf(one));
  }

  private static Set<String> contentOf(AutoInvoiceWorld w) {
    Set<String> content = new HashSet<>();
    for (InMemoryInvoiceRepository.Row r : w.repository.rows()) {
      StoredInvoice s = r.stored();
      content.add(
          s.clientId()
              + " "
              + s.type()
              + " "
              + s.period()
              + " "
              + s.invoiceDate()
              + " "
              + s.dueDate()
              + " "
              + s.status()
              + " "
              + s.totalAmount().amount().stripTrailingZeros().toPlainString());
    }
    return content;
  }

  /** History rows without their file names (numbers are taken in a different order). */
  private static List<String> historyOf(AutoInvoiceWorld w) {
    List<String> rows = new ArrayList<>();
    for (HistoryRow h : w.repository.history()) {
      rows.add(h.client() + " " + h.invoiceFor() + " " + h.period() + " " + (h.fileName() != null));
    }
    rows.sort(null);
    return rows;
  }

  @Test
  void aRunNeedsAtLeastOneWorker() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    assertThatThrownBy(() -> world.service(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workers");
  }
}
