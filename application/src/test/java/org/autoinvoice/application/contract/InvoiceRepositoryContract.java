package org.autoinvoice.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.port.out.GenerationTimes;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.application.port.out.InvoiceTransaction;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceState;
import org.autoinvoice.domain.invoice.InvoiceStatus;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InvoiceRepository} must do: overlap search, numbering, all-or-nothing
 * transactions serialized per client, voiding, auto-invoice lookups, history and run log. Each test
 * starts from a repository without invoices.
 */
public abstract class InvoiceRepositoryContract {
  protected static final Client A = TestData.client(81);
  protected static final Client B = TestData.client(82);
  protected static final InvoicePeriod JANUARY = TestData.days("2024-01-01", "2024-01-31");
  protected static final InvoicePeriod FEBRUARY = TestData.days("2024-02-01", "2024-02-29");
  protected static final GenerationTimes TIMES =
      new GenerationTimes(
          Instant.parse("2024-02-01T00:00:00Z"),
          Instant.parse("2024-02-01T00:00:01Z"),
          Instant.parse("2024-02-01T00:00:02Z"));
  protected static final Set<InvoiceType> CLIENT_TYPE = EnumSet.of(InvoiceType.CLIENT);

  protected abstract InvoiceRepository repository();

  protected abstract void givenClient(Client client);

  /** How many {@code invoice_history} rows the client has. */
  protected abstract int historyRowCount(ClientId client);

  /** The short-call surcharge payments (type 15) recorded for an invoice number. */
  protected abstract List<Money> shortCallPayments(String invoiceNumber);

  @Test
  void shortCallChargeIsRecordedOncePerInvoiceAndReplaced() {
    StoredInvoice s = store(A, InvoiceType.CLIENT, CreateType.MANUAL, JANUARY);
    Instant at = Instant.parse("2024-02-01T00:00:00Z");

    repository()
        .inClientTransaction(
            A.id(),
            tx -> {
              tx.recordShortCallCharge(A.id(), s.number(), Money.of("12.50"), at);
              return null;
            });
    assertThat(shortCallPayments(s.number())).containsExactly(Money.of("12.50"));

    repository()
        .inClientTransaction(
            A.id(),
            tx -> {
              tx.recordShortCallCharge(A.id(), s.number(), Money.of("3.00"), at);
              return null;
            });
    assertThat(shortCallPayments(s.number())).containsExactly(Money.of("3.00"));

    repository()
        .inClientTransaction(
            A.id(),
            tx -> {
              tx.recordShortCallCharge(A.id(), s.number(), Money.ZERO, at);
              return null;
            });
    assertThat(shortCallPayments(s.number())).isEmpty();
  }

  @BeforeEach
  void clients() {
    givenClient(A);
    givenClient(B);
  }

  /** Inserts an invoice with a fresh number in its own transaction; returns the stored row. */
  protected StoredInvoice store(
      Client client, InvoiceType type, CreateType createType, InvoicePeriod period) {
    return repository()
        .inClientTransaction(
            client.id(),
            tx -> {
              String number = tx.nextInvoiceNumber();
              Invoice inv = TestData.invoice(client, type, createType, period, number);
              long id = tx.insert(inv, "/invoice/" + inv.pdfFileName(), TIMES, null);
              return tx.findByIds(List.of(id)).get(0);
            });
  }

  private Optional<Instant> lastClientAutoEnd() {
    return repository()
        .inClientTransaction(A.id(), tx -> tx.lastAutoInvoiceEnd(A.id(), InvoiceType.CLIENT));
  }

  private List<StoredInvoice> overlapping(
      ClientId client, Set<InvoiceType> types, InvoicePeriod period) {
    return repository()
        .inClientTransaction(client, tx -> tx.findOverlapping(client, types, period));
  }

  private static InvoicePeriod period(String start, String endInclusive) {
    return new InvoicePeriod(
        java.time.LocalDateTime.parse(start),
        java.time.LocalDateTime.parse(endInclusive),
        JANUARY.zone());
  }

  @Test
  void insertedInvoiceIsFoundByNumberAndId() {
    StoredInvoice s = store(A, InvoiceType.CLIENT, CreateType.MANUAL, JANUARY);
    Optional<StoredInvoice> found = repository().findByNumber(s.number());
    assertThat(found).isPresent();
    StoredInvoice f = found.get();
    assertThat(f.invoiceId()).isEqualTo(s.invoiceId());
    assertThat(f.clientId()).isEqualTo(A.id());
    assertThat(f.type()).isEqualTo(InvoiceType.CLIENT);
    assertThat(f.createType()).isEqualTo(CreateType.MANUAL);
    assertThat(f.period().startInstant()).isEqualTo(JANUARY.startInstant());
    assertThat(f.period().endInstantInclusive()).isEqualTo(JANUARY.endInstantInclusive());
    assertThat(f.state()).isEqualTo(InvoiceState.NORMAL);
    assertThat(f.status()).isEqualTo(InvoiceStatus.DONE);
    assertThat(f.totalAmount()).isEqualTo(Money.of("1.50"));
    assertThat(f.pdfPath()).isEqualTo("/invoice/" + s.number() + "_2024-02-01.pdf");
    assertThat(repository().findByNumber("no-such-number")).isEmpty();
  }

  @Test
  void numbersAreStrictlyIncreasingAndUnique() {
    List<Long> numbers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      numbers.add(
          Long.parseLong(
              repository().inClientTransaction(A.id(), InvoiceTransaction::nextInvoiceNumber)));
    }
    numbers.add(
        Long.parseLong(
            repository().inClientTransaction(B.id(), InvoiceTransaction::nextInvoiceNumber)));
    for (int i = 1; i < numbers.size(); i++) {
      assertThat(numbers.get(i)).isGreaterThan(numbers.get(i - 1));
    }
  }

  @Test
  void partialOverlapCountsAndTouchingEndsOverlap() {
    StoredInvoice jan = store(A, InvoiceType.CLIENT, CreateType.MANUAL, JANUARY);
    assertThat(
            overlapping(A.id(), CLIENT_TYPE, period("2024-01-15T00:00:00", "2024-02-15T23:59:59")))
        .extracting(StoredInvoice::number)
        .containsExactly(jan.number());
    assertThat(
            overlapping(A.id(), CLIENT_TYPE, period("2023-12-01T00:00:00", "2024-01-01T00:00:00")))
        .hasSize(1);
    assertThat(
            overlapping(A.id(), CLIENT_TYPE, period("2024-01-31T23:59:59", "2024-02-10T00:00:00")))
        .hasSize(1);
    assertThat(
            overlapping(A.id(), CLIENT_TYPE, period("2024-01-10T00:00:00", "2024-01-10T23:59:59")))
        .hasSize(1);
  }

  @Test
  void adjacentPeriodsDoNotOverlap() {
    store(A, InvoiceType.CLIENT, CreateType.MANUAL, JANUARY);
    assertThat(overlapping(A.id(), CLIENT_TYPE, FEBRUARY)).isEmpty();
    assertThat(
            overlapping(A.id(), CLIENT_TYPE, period("2023-12-01T00:00:00", "2023-12-31T23:59:59")))
        .isEmpty();
  }

  @Test
  void overlapFiltersByTypeAndClient() {
    store(A, InvoiceType.CLIENT, CreateType.MANUAL, JANUARY);
    store(A, InvoiceType.VENDOR, CreateType.MANUAL, JANUARY);
    assertThat(overlapping(A.id(), EnumSet.of(InvoiceType.VENDOR), JANUARY))
        .extracting(StoredInvoice::type)
        .containsExactly(InvoiceType.VENDOR);
    assertThat(overlapping(A.id(), EnumSet.of(InvoiceType.BOTH), JANUARY)).isEmpty();
    assertThat(overlapping(A.id(), EnumSet.allOf(InvoiceType.class), JANUARY)).hasSize(2);
    assertThat(overlapping(B.id(), EnumSet.allOf(InvoiceType.class), JANUARY)).isEmpty();
  }

  @Test
  void voidedInvoicesDoNotOverlapAndReadAsVoid() {
    StoredInvoice jan = store(A, InvoiceType.CLIENT, CreateType.MANUAL, JANUARY);
    List<StoredInvoice> after =
        repository()
            .inClientTransaction(
                A.id(),
                tx -> {
                  tx.voidInvoices(List.of(jan.invoiceId()));
                  return tx.findByIds(List.of(jan.invoiceId()));
                });
    assertThat(after).hasSize(1);
    assertThat(after.get(0).state()).isEqualTo(InvoiceState.VOID);
    assertThat(after.get(0).status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(after.get(0).state().code()).isEqualTo(-1);
    assertThat(after.get(0).status().code()).isEqualTo(-1);
    StoredInvoice read = repository().findByNumber(jan.number()).orElseThrow();
    assertThat(read.state()).isEqualTo(InvoiceState.VOID);
    assertThat(read.status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(overlapping(A.id(), CLIENT_TYPE, JANUARY)).isEmpty();
  }

  @Test
  void anExceptionInsideTheTransactionLeavesNothing() {
    String[] number = new String[1];
    assertThatThrownBy(
            () ->
                repository()
                    .inClientTransaction(
                        A.id(),
                        tx -> {
                          number[0] = tx.nextInvoiceNumber();
                          Invoice inv =
                              TestData.invoice(
                                  A, InvoiceType.CLIENT, CreateType.AUTO, JANUARY, number[0]);
                          tx.insert(inv, "/invoice/x.pdf", TIMES, null);
                          tx.recordAutoHistory(
                              A.id(), LocalDate.of(2024, 2, 1), JANUARY, inv.pdfFileName());
                          throw new IllegalStateException("render failed");
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("render failed");
    assertThat(repository().findByNumber(number[0])).isEmpty();
    assertThat(overlapping(A.id(), CLIENT_TYPE, JANUARY)).isEmpty();
    assertThat(historyRowCount(A.id())).isZero();
  }

  @Test
  void aFailedTransactionDoesNotUndoAVoidOfAnEarlierOne() {
    StoredInvoice jan = store(A, InvoiceType.CLIENT, CreateType.MANUAL, JANUARY);
    assertThatThrownBy(
            () ->
                repository()
                    .inClientTransaction(
                        A.id(),
                        tx -> {
                          tx.voidInvoices(List.of(jan.invoiceId()));
                          throw new IllegalStateException("boom");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(repository().findByNumber(jan.number()).orElseThrow().state())
        .isEqualTo(InvoiceState.NORMAL);
  }

  @Test
  void concurrentCheckThenInsertForOneClientInsertsOnce() throws Exception {
    int writers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return repository()
                      .inClientTransaction(
                          A.id(),
                          tx -> {
                            if (!tx.findOverlapping(A.id(), CLIENT_TYPE, JANUARY).isEmpty()) {
                              return false;
                            }
                            Thread.yield();
                            Invoice inv =
                                TestData.invoice(
                                    A,
                                    InvoiceType.CLIENT,
                                    CreateType.MANUAL,
                                    JANUARY,
                                    tx.nextInvoiceNumber());
                            tx.insert(inv, "/invoice/" + inv.pdfFileName(), TIMES, null);
                            return true;
                          });
                }));
      }
      start.countDown();
      int inserted = 0;
      for (Future<Boolean> f : results) {
        if (f.get(30, TimeUnit.SECONDS)) {
          inserted++;
        }
      }
      assertThat(inserted).isEqualTo(1);
      assertThat(overlapping(A.id(), CLIENT_TYPE, JANUARY)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void findAutoInvoiceNeedsTheExactPeriodTypeAndAutoCreation() {
    StoredInvoice auto = store(A, InvoiceType.CLIENT, CreateType.AUTO, JANUARY);
    store(A, InvoiceType.VENDOR, CreateType.MANUAL, JANUARY);
    Instant start = JANUARY.startInstant();
    Instant end = JANUARY.endInstantInclusive();
    repository()
        .inClientTransaction(
            A.id(),
            tx -> {
              assertThat(tx.findAutoInvoice(A.id(), InvoiceType.CLIENT, start, end))
                  .map(StoredInvoice::number)
                  .contains(auto.number());
              assertThat(tx.findAutoInvoice(A.id(), InvoiceType.CLIENT, start, end.minusSeconds(1)))
                  .isEmpty();
              assertThat(tx.findAutoInvoice(A.id(), InvoiceType.CLIENT, start.plusSeconds(1), end))
                  .isEmpty();
              assertThat(tx.findAutoInvoice(A.id(), InvoiceType.VENDOR, start, end)).isEmpty();
              assertThat(tx.findAutoInvoice(B.id(), InvoiceType.CLIENT, start, end)).isEmpty();
              tx.voidInvoices(List.of(auto.invoiceId()));
              assertThat(tx.findAutoInvoice(A.id(), InvoiceType.CLIENT, start, end)).isEmpty();
              return null;
            });
  }

  @Test
  void lastAutoInvoiceEndIsTheLatestLiveAutoInvoice() {
    assertThat(lastClientAutoEnd()).isEmpty();
    store(A, InvoiceType.CLIENT, CreateType.AUTO, JANUARY);
    StoredInvoice feb = store(A, InvoiceType.CLIENT, CreateType.AUTO, FEBRUARY);
    store(A, InvoiceType.CLIENT, CreateType.MANUAL, TestData.days("2024-03-01", "2024-03-31"));
    store(A, InvoiceType.VENDOR, CreateType.AUTO, TestData.days("2024-04-01", "2024-04-30"));
    assertThat(lastClientAutoEnd()).contains(FEBRUARY.endInstantInclusive());
    repository()
        .inClientTransaction(
            A.id(),
            tx -> {
              tx.voidInvoices(List.of(feb.invoiceId()));
              return null;
            });
    assertThat(lastClientAutoEnd()).contains(JANUARY.endInstantInclusive());
  }

  @Test
  void replaceKeepsIdAndNumber() {
    StoredInvoice jan = store(A, InvoiceType.CLIENT, CreateType.MANUAL, JANUARY);
    repository()
        .inClientTransaction(
            A.id(),
            tx -> {
              Invoice again =
                  TestData.invoice(
                      A,
                      InvoiceType.CLIENT,
                      CreateType.MANUAL,
                      JANUARY,
                      jan.number(),
                      List.of(),
                      List.of());
              tx.replace(jan.invoiceId(), again, "/invoice/again.pdf", TIMES);
              return null;
            });
    StoredInvoice read = repository().findByNumber(jan.number()).orElseThrow();
    assertThat(read.invoiceId()).isEqualTo(jan.invoiceId());
    assertThat(read.pdfPath()).isEqualTo("/invoice/again.pdf");
    assertThat(read.totalAmount()).isEqualTo(Money.ZERO);
    assertThat(read.status()).isEqualTo(InvoiceStatus.ZERO_TRAFFIC);
    assertThat(read.state()).isEqualTo(InvoiceState.NORMAL);
  }

  @Test
  void findByNumberInsideTheTransactionSeesItsOwnInsert() {
    String seen =
        repository()
            .inClientTransaction(
                A.id(),
                tx -> {
                  String n = tx.nextInvoiceNumber();
                  tx.insert(
                      TestData.invoice(A, InvoiceType.CLIENT, CreateType.MANUAL, JANUARY, n),
                      "/invoice/y.pdf",
                      TIMES,
                      null);
                  return tx.findByNumber(n).map(StoredInvoice::number).orElse(null);
                });
    assertThat(seen).isNotNull();
  }

  @Test
  void historyRowsCommitWithTheTransaction() {
    repository()
        .inClientTransaction(
            A.id(),
            tx -> {
              tx.recordAutoHistory(A.id(), LocalDate.of(2024, 2, 1), JANUARY, "");
              return null;
            });
    assertThat(historyRowCount(A.id())).isEqualTo(1);
    assertThat(historyRowCount(B.id())).isZero();
  }

  @Test
  void lastZeroTrafficSkipEndIsTheLatestHistoryRowWithoutAFile() {
    repository()
        .inClientTransaction(
            A.id(),
            tx -> {
              assertThat(tx.lastZeroTrafficSkipEnd(A.id())).isEmpty();
              tx.recordAutoHistory(A.id(), LocalDate.of(2024, 2, 1), JANUARY, null);
              tx.recordAutoHistory(A.id(), LocalDate.of(2024, 3, 1), FEBRUARY, "9_2024-03-01.pdf");
              return null;
            });
    repository()
        .inClientTransaction(
            A.id(),
            tx -> {
              assertThat(tx.lastZeroTrafficSkipEnd(A.id())).contains(JANUARY.endInstantInclusive());
              assertThat(tx.lastZeroTrafficSkipEnd(B.id())).isEmpty();
              return null;
            });
  }

  @Test
  void aTransactionOverSeveralClientsIsAllOrNothing() {
    assertThatThrownBy(
            () ->
                repository()
                    .inClientsTransaction(
                        List.of(B.id(), A.id()),
                        tx -> {
                          tx.recordAutoHistory(A.id(), LocalDate.of(2024, 2, 1), JANUARY, null);
                          tx.recordAutoHistory(B.id(), LocalDate.of(2024, 2, 1), JANUARY, null);
                          throw new IllegalStateException("second invoice failed");
                        }))
        .hasMessage("second invoice failed");
    assertThat(historyRowCount(A.id())).isZero();
    assertThat(historyRowCount(B.id())).isZero();
    repository()
        .inClientsTransaction(
            List.of(B.id(), A.id()),
            tx -> {
              tx.recordAutoHistory(A.id(), LocalDate.of(2024, 2, 1), JANUARY, null);
              tx.recordAutoHistory(B.id(), LocalDate.of(2024, 2, 1), JANUARY, null);
              return null;
            });
    assertThat(historyRowCount(A.id())).isEqualTo(1);
    assertThat(historyRowCount(B.id())).isEqualTo(1);
  }

  @Test
  void runsGetDistinctIds() {
    int first = repository().startRun(Instant.parse("2024-02-01T00:00:00Z"), 2);
    int second = repository().startRun(Instant.parse("2024-02-01T01:00:00Z"), 0);
    assertThat(second).isNotEqualTo(first);
    repository().finishRun(first, Instant.parse("2024-02-01T00:01:00Z"), false, 2);
    repository().finishRun(second, Instant.parse("2024-02-01T01:01:00Z"), true, 0);
  }
}
