package org.autoinvoice.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.autoinvoice.application.port.out.GenerationTimes;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.application.port.out.InvoiceTransaction;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceState;
import org.autoinvoice.domain.invoice.InvoiceStatus;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;

/**
 * In-memory {@link InvoiceRepository}. A transaction holds its client's {@link ReentrantLock},
 * works on a copy of the committed rows and merges the rows it touched back only when its work
 * returns (all or nothing). Invoice numbers come from a sequence that, like PostgreSQL's, is not
 * rolled back. Periods overlap when they share at least one second (ends inclusive).
 */
public final class InMemoryInvoiceRepository implements InvoiceRepository {
  /** An {@code invoice} row with what it was made from. */
  public record Row(StoredInvoice stored, Invoice invoice, GenerationTimes times, Integer runId) {}

  /** An {@code invoice_history} row. */
  public record HistoryRow(
      ClientId client, LocalDate invoiceFor, InvoicePeriod period, String fileName) {}

  /** An {@code invoice_log} row. */
  public record RunRow(
      int id, Instant startedAt, int expected, Instant finishedAt, Boolean failed, int made) {}

  private final Object commitMonitor = new Object();
  private final Map<Long, Row> rows = new HashMap<>();
  private final List<HistoryRow> history = new ArrayList<>();
  private final Map<String, Money> shortCallPayments = new HashMap<>();
  private final Map<Integer, RunRow> runs = new ConcurrentHashMap<>();
  private final Map<ClientId, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final AtomicLong invoiceNumbers;
  private final AtomicLong invoiceIds = new AtomicLong();
  private final AtomicInteger runIds = new AtomicInteger();

  public InMemoryInvoiceRepository() {
    this(1000);
  }

  /** Numbers start after {@code lastNumber}. */
  public InMemoryInvoiceRepository(long lastNumber) {
    this.invoiceNumbers = new AtomicLong(lastNumber);
  }

  /** Every committed invoice row, by id. */
  public List<Row> rows() {
    synchronized (commitMonitor) {
      return rows.values().stream()
          .sorted(Comparator.comparingLong(r -> r.stored().invoiceId()))
          .toList();
    }
  }

  /** Short-call surcharge payments (type 15) by invoice number, as committed. */
  public Map<String, Money> shortCallPayments() {
    synchronized (commitMonitor) {
      return Map.copyOf(shortCallPayments);
    }
  }

  public List<HistoryRow> history() {
    synchronized (commitMonitor) {
      return List.copyOf(history);
    }
  }

  public Optional<RunRow> run(int runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public <T> T inClientTransaction(ClientId client, Function<InvoiceTransaction, T> work) {
    return inClientsTransaction(List.of(client), work);
  }

  /** Takes the clients' locks in ascending id order, so two such transactions never deadlock. */
  @Override
  public <T> T inClientsTransaction(
      Collection<ClientId> clients, Function<InvoiceTransaction, T> work) {
    List<ReentrantLock> held =
        clients.stream()
            .distinct()
            .sorted(Comparator.comparingInt(ClientId::value))
            .map(c -> locks.computeIfAbsent(c, k -> new ReentrantLock()))
            .toList();
    List<ReentrantLock> locked = new ArrayList<>();
    try {
      for (ReentrantLock lock : held) {
        lock.lock();
        locked.add(lock);
      }
      Tx tx;
      synchronized (commitMonitor) {
        tx = new Tx(new HashMap<>(rows));
      }
      T result = work.apply(tx);
      synchronized (commitMonitor) {
        for (Long id : tx.touched) {
          rows.put(id, tx.working.get(id));
        }
        history.addAll(tx.newHistory);
        tx.sccChanges.forEach(
            (number, amount) -> {
              if (amount.signum() > 0) {
                shortCallPayments.put(number, amount);
              } else {
                shortCallPayments.remove(number);
              }
            });
      }
      return result;
    } finally {
      for (int i = locked.size() - 1; i >= 0; i--) {
        locked.get(i).unlock();
      }
    }
  }

  @Override
  public Optional<StoredInvoice> findByNumber(String number) {
    synchronized (commitMonitor) {
      return byNumber(rows, number);
    }
  }

  @Override
  public int startRun(Instant at, int expectedInvoices) {
    int id = runIds.incrementAndGet();
    runs.put(id, new RunRow(id, at, expectedInvoices, null, null, 0));
    return id;
  }

  @Override
  public void finishRun(int runId, Instant at, boolean failed, int invoicesMade) {
    RunRow r = runs.get(runId);
    if (r == null) {
      throw new IllegalArgumentException("invoice_log id " + runId + " does not exist");
    }
    runs.put(runId, new RunRow(runId, r.startedAt(), r.expected(), at, failed, invoicesMade));
  }

  private static Optional<StoredInvoice> byNumber(Map<Long, Row> rows, String number) {
    return rows.values().stream()
        .map(Row::stored)
        .filter(s -> s.number().equals(number))
        .findFirst();
  }

  private static boolean live(StoredInvoice s) {
    return s.state() != InvoiceState.VOID;
  }

  private static StoredInvoice stored(long id, Invoice inv, String pdfPath) {
    return new StoredInvoice(
        id,
        inv.number(),
        inv.clientId(),
        inv.type(),
        inv.createType(),
        inv.period(),
        inv.invoiceDate(),
        inv.dueDate(),
        inv.options(),
        inv.state(),
        inv.status(),
        inv.totals().totalAmount(),
        pdfPath);
  }

  private final class Tx implements InvoiceTransaction {
    final Map<Long, Row> working;
    final Set<Long> touched = new HashSet<>();
    final List<HistoryRow> newHistory = new ArrayList<>();
    final Map<String, Money> sccChanges = new HashMap<>();

    Tx(Map<Long, Row> working) {
      this.working = working;
    }

    private List<StoredInvoice> all() {
      return working.values().stream()
          .map(Row::stored)
          .sorted(Comparator.comparingLong(StoredInvoice::invoiceId))
          .toList();
    }

    @Override
    public List<StoredInvoice> findOverlapping(
        ClientId client, Set<InvoiceType> types, InvoicePeriod period) {
      Instant start = period.startInstant();
      Instant end = period.endInstantInclusive();
      return all().stream()
          .filter(s -> s.clientId().equals(client) && types.contains(s.type()) && live(s))
          .filter(
              s ->
                  !s.period().startInstant().isAfter(end)
                      && !start.isAfter(s.period().endInstantInclusive()))
          .toList();
    }

    @Override
    public List<StoredInvoice> findByIds(Collection<Long> invoiceIds) {
      return all().stream().filter(s -> invoiceIds.contains(s.invoiceId())).toList();
    }

    @Override
    public Optional<StoredInvoice> findByNumber(String number) {
      return byNumber(working, number);
    }

    @Override
    public void voidInvoices(Collection<Long> invoiceIds) {
      for (Long id : invoiceIds) {
        Row r = working.get(id);
        if (r == null) {
          continue;
        }
        StoredInvoice s = r.stored();
        StoredInvoice voided =
            new StoredInvoice(
                s.invoiceId(),
                s.number(),
                s.clientId(),
                s.type(),
                s.createType(),
                s.period(),
                s.invoiceDate(),
                s.dueDate(),
                s.options(),
                InvoiceState.VOID,
                InvoiceStatus.VOID,
                s.totalAmount(),
                s.pdfPath());
        working.put(id, new Row(voided, r.invoice(), r.times(), r.runId()));
        touched.add(id);
      }
    }

    @Override
    public String nextInvoiceNumber() {
      return Long.toString(invoiceNumbers.incrementAndGet());
    }

    @Override
    public Optional<StoredInvoice> findAutoInvoice(
        ClientId client, InvoiceType type, Instant periodStart, Instant periodEndInclusive) {
      return all().stream()
          .filter(s -> s.clientId().equals(client) && s.type() == type && live(s))
          .filter(s -> s.createType() == CreateType.AUTO)
          .filter(
              s ->
                  s.period().startInstant().equals(periodStart)
                      && s.period().endInstantInclusive().equals(periodEndInclusive))
          .findFirst();
    }

    @Override
    public Optional<Instant> lastAutoInvoiceEnd(ClientId client, InvoiceType type) {
      return all().stream()
          .filter(s -> s.clientId().equals(client) && s.type() == type && live(s))
          .filter(s -> s.createType() == CreateType.AUTO)
          .map(s -> s.period().endInstantInclusive())
          .max(Comparator.naturalOrder());
    }

    @Override
    public long insert(Invoice invoice, String pdfPath, GenerationTimes times, Integer runId) {
      if (byNumber(working, invoice.number()).isPresent()) {
        throw new IllegalStateException("invoice_number " + invoice.number() + " already exists");
      }
      long id = invoiceIds.incrementAndGet();
      working.put(id, new Row(stored(id, invoice, pdfPath), invoice, times, runId));
      touched.add(id);
      return id;
    }

    @Override
    public void replace(long invoiceId, Invoice invoice, String pdfPath, GenerationTimes times) {
      Row r = working.get(invoiceId);
      if (r == null) {
        throw new IllegalArgumentException("invoice_id " + invoiceId + " does not exist");
      }
      if (!r.stored().number().equals(invoice.number())) {
        throw new IllegalArgumentException(
            "invoice_id "
                + invoiceId
                + " has number "
                + r.stored().number()
                + ", not "
                + invoice.number());
      }
      working.put(
          invoiceId, new Row(stored(invoiceId, invoice, pdfPath), invoice, times, r.runId()));
      touched.add(invoiceId);
    }

    @Override
    public Optional<Instant> lastZeroTrafficSkipEnd(ClientId client) {
      List<HistoryRow> all = new ArrayList<>(history());
      all.addAll(newHistory);
      return all.stream()
          .filter(h -> h.client().equals(client) && h.fileName() == null)
          .map(h -> h.period().endInstantInclusive())
          .max(Comparator.naturalOrder());
    }

    @Override
    public void recordShortCallCharge(
        ClientId client, String invoiceNumber, Money amount, Instant at) {
      sccChanges.put(invoiceNumber, amount);
    }

    @Override
    public void recordAutoHistory(
        ClientId client, LocalDate invoiceFor, InvoicePeriod period, String invoiceFileName) {
      newHistory.add(new HistoryRow(client, invoiceFor, period, invoiceFileName));
    }
  }
}
