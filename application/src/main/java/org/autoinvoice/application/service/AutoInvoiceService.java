package org.autoinvoice.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary.Failure;
import org.autoinvoice.application.port.in.RunAutoInvoicingUseCase;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.application.port.out.InvoiceCreatedListener;
import org.autoinvoice.application.port.out.InvoiceObserver;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.application.port.out.InvoiceTransaction;
import org.autoinvoice.domain.client.AutoInvoiceSettings;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.cycle.AutoInvoiceSchedule;
import org.autoinvoice.domain.cycle.DuePeriod;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.period.InvoicePeriod;

/**
 * Makes the automatic invoices that are due (rules A1–A6), one {@code invoice_log} row per run.
 *
 * <p>A run first plans, per eligible client and under its lock, the due periods of each side its
 * {@code auto_invoice_type} asks for ({@link AutoInvoiceSchedule}, starting after the side's last
 * handled period: its latest non-void auto invoice or the latest period skipped for zero traffic).
 * Then, per client and oldest period first, one transaction per period: a side whose period is
 * already handled (rule A4: its auto invoice exists, or a later one) counts as already done;
 * otherwise the invoice is computed from the client's default options and, when its total is 0 and
 * the client skips zero traffic, only an {@code invoice_history} row is written; else it is
 * numbered, rendered and written with its history row. Clients run in parallel on up to {@code
 * workers} threads. A failing period is reported and rolled back; the client stops there (so no gap
 * opens) and the period is retried by the next run, while the other clients go on.
 */
public final class AutoInvoiceService implements RunAutoInvoicingUseCase {
  private static final String KIND = "auto";
  private static final String LISTENER_KIND = "auto_created_listener";

  /** The number an auto invoice carries until it is kept and takes a real one. */
  static final String UNNUMBERED = "-";

  private final ClientDirectory clients;
  private final InvoiceRepository invoices;
  private final InvoicePipeline pipeline;
  private final InvoiceObserver observer;
  private final InvoiceCreatedListener listener;
  private final Clock clock;
  private final int workers;

  /** One worker per available processor, no listener. */
  public AutoInvoiceService(
      ClientDirectory clients,
      InvoiceRepository invoices,
      InvoicePipeline pipeline,
      InvoiceObserver observer,
      Clock clock) {
    this(
        clients,
        invoices,
        pipeline,
        observer,
        InvoiceCreatedListener.none(),
        clock,
        Runtime.getRuntime().availableProcessors());
  }

  public AutoInvoiceService(
      ClientDirectory clients,
      InvoiceRepository invoices,
      InvoicePipeline pipeline,
      InvoiceObserver observer,
      InvoiceCreatedListener listener,
      Clock clock,
      int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("auto-invoice workers must be >= 1, got " + workers);
    }
    this.clients = clients;
    this.invoices = invoices;
    this.pipeline = pipeline;
    this.observer = observer;
    this.listener = listener;
    this.clock = clock;
    this.workers = workers;
  }

  @Override
  public AutoInvoiceRunSummary run(AutoInvoiceRunCommand command) {
    Instant startedAt = clock.instant();
    List<Client> eligible =
        clients.findAutoInvoiceClients().stream()
            .filter(AutoInvoiceService::eligible)
            .filter(c -> command.onlyClient().map(c.id()::equals).orElse(true))
            .toList();
    SystemParameters parameters = clients.systemParameters();
    List<ClientPlan> plans = forEachClient(eligible, c -> plan(c, command.asOfDate()));
    int expected = plans.stream().mapToInt(ClientPlan::invoiceCount).sum();
    int runId = invoices.startRun(startedAt, expected);
    boolean completed = false;
    int created = 0;
    List<Failure> failures = new ArrayList<>();
    try {
      List<ClientOutcome> outcomes = forEachClient(plans, p -> carryOut(p, runId, parameters));
      int skipped = 0;
      int done = 0;
      for (ClientOutcome o : outcomes) {
        created += o.created();
        skipped += o.skipped();
        done += o.alreadyDone();
        o.failure().ifPresent(failures::add);
      }
      completed = true;
      return new AutoInvoiceRunSummary(runId, eligible.size(), created, skipped, done, failures);
    } finally {
      invoices.finishRun(runId, clock.instant(), !completed || !failures.isEmpty(), created);
    }
  }

  /** Rule A1 as far as it does not depend on the period (the schedule checks the start date). */
  private static boolean eligible(Client c) {
    return c.active() && c.autoInvoice().enabled() && c.autoInvoice().paymentTerm() != null;
  }

  /** The sides an {@code auto_invoice_type} asks for (rule A5). */
  static List<InvoiceType> sides(int autoInvoiceType) {
    return switch (autoInvoiceType) {
      case 0 -> List.of(InvoiceType.CLIENT);
      case 1 -> List.of(InvoiceType.VENDOR);
      case 2 -> List.of(InvoiceType.CLIENT, InvoiceType.VENDOR);
      default ->
          throw new IllegalArgumentException(
              "client.auto_invoice_type must be 0 (client), 1 (vendor) or 2 (both), got "
                  + autoInvoiceType);
    };
  }

  /**
   * The instant the run acts at for {@code client}: the clock's now, or (rule A6) 23:59:59 local
   * time on {@code asOfDate} in the client's zone, a date after the client's local today counting
   * as today.
   */
  Instant nowFor(Client client, Optional<LocalDate> asOfDate) {
    Instant now = clock.instant();
    if (asOfDate.isEmpty()) {
      return now;
    }
    ZoneId zone = client.zone().zoneId();
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate date = asOfDate.get().isAfter(today) ? today : asOfDate.get();
    return date.atTime(23, 59, 59).atZone(zone).toInstant();
  }

  private ClientPlan plan(Client client, Optional<LocalDate> asOfDate) {
    try {
      AutoInvoiceSettings settings = client.autoInvoice();
      List<InvoiceType> sides = sides(settings.autoInvoiceType());
      AutoInvoiceSchedule schedule =
          AutoInvoiceSchedule.of(
              settings.paymentTerm(), client.zone(), settings.hour(), settings.startFrom());
      Instant now = nowFor(client, asOfDate);
      return invoices.inClientTransaction(
          client.id(),
          tx -> {
            Map<DuePeriod, List<InvoiceType>> due = new TreeMap<>(OLDEST_FIRST);
            int alreadyDone = 0;
            for (InvoiceType side : sides) {
              Optional<Instant> last = lastHandledEnd(tx, client.id(), side);
              List<DuePeriod> periods = schedule.duePeriods(last, now);
              if (periods.isEmpty() && latestIsHandled(schedule, last, now)) {
                alreadyDone++;
              }
              for (DuePeriod p : periods) {
                due.computeIfAbsent(p, k -> new ArrayList<>()).add(side);
              }
            }
            List<PeriodWork> work = new ArrayList<>();
            due.forEach((p, s) -> work.add(new PeriodWork(p, List.copyOf(s))));
            return new ClientPlan(client, work, alreadyDone, Optional.empty());
          });
    } catch (RuntimeException e) {
      return new ClientPlan(client, List.of(), 0, Optional.of(report(client, e)));
    }
  }

  private static final Comparator<DuePeriod> OLDEST_FIRST =
      Comparator.comparing((DuePeriod d) -> d.period().endInstantInclusive())
          .thenComparing(d -> d.period().startInstant())
          .thenComparing(DuePeriod::invoiceDate)
          .thenComparing(DuePeriod::dueDate);

  /** True when the most recent due period exists and ended no later than the last handled one. */
  private static boolean latestIsHandled(
      AutoInvoiceSchedule schedule, Optional<Instant> last, Instant now) {
    if (last.isEmpty()) {
      return false;
    }
    List<DuePeriod> latest = schedule.duePeriods(Optional.empty(), now);
    return !latest.isEmpty() && !last.get().isBefore(latest.get(0).period().endInstantInclusive());
  }

  /** End of the last period of this side that was invoiced or skipped for zero traffic. */
  private static Optional<Instant> lastHandledEnd(
      InvoiceTransaction tx, ClientId client, InvoiceType side) {
    Optional<Instant> invoiced = tx.lastAutoInvoiceEnd(client, side);
    Optional<Instant> skipped = tx.lastZeroTrafficSkipEnd(client);
    if (invoiced.isEmpty()) {
      return skipped;
    }
    if (skipped.isEmpty()) {
      return invoiced;
    }
    return Optional.of(invoiced.get().isAfter(skipped.get()) ? invoiced.get() : skipped.get());
  }

  /** Rule A4 inside the lock: this side's invoice for the period exists, or a later one does. */
  private static boolean handled(
      InvoiceTransaction tx, ClientId client, InvoiceType side, InvoicePeriod period) {
    Instant end = period.endInstantInclusive();
    return tx.findAutoInvoice(client, side, period.startInstant(), end).isPresent()
        || lastHandledEnd(tx, client, side).filter(last -> !last.isBefore(end)).isPresent();
  }

  private ClientOutcome carryOut(ClientPlan plan, int runId, SystemParameters parameters) {
    if (plan.failure().isPresent()) {
      return new ClientOutcome(0, 0, 0, plan.failure());
    }
    int created = 0;
    int skipped = 0;
    int done = plan.alreadyDone();
    for (PeriodWork work : plan.periods()) {
      PeriodOutcome o;
      try {
        o = carryOut(plan.client(), work, runId, parameters);
      } catch (RuntimeException e) {
        return new ClientOutcome(
            created, skipped, done, Optional.of(report(plan.client(), work.due().period(), e)));
      }
      created += o.created().size();
      skipped += o.skipped();
      done += o.alreadyDone();
      for (InvoicePipeline.Produced p : o.created()) {
        observer.created(KIND);
        notifyListener(plan.client(), p);
      }
    }
    return new ClientOutcome(created, skipped, done, Optional.empty());
  }

  /** One period of one client, all its sides, in one transaction. */
  private PeriodOutcome carryOut(
      Client client, PeriodWork work, int runId, SystemParameters parameters) {
    DuePeriod due = work.due();
    InvoicePeriod period = due.period();
    List<InvoicePipeline.Produced> produced = new ArrayList<>();
    try {
      return invoices.inClientTransaction(
          client.id(),
          tx -> {
            List<InvoiceType> open = new ArrayList<>();
            for (InvoiceType side : work.sides()) {
              if (!handled(tx, client.id(), side, period)) {
                open.add(side);
              }
            }
            int skipped = 0;
            for (InvoiceType side : open) {
              InvoiceRequest request =
                  new InvoiceRequest(
                      side,
                      CreateType.AUTO,
                      period,
                      due.invoiceDate(),
                      due.dueDate(),
                      client.defaultOptions());
              InvoicePipeline.Computed computed;
              try (InvoiceObserver.Scope scope = observer.enter(client.id(), UNNUMBERED)) {
                computed = pipeline.compute(client, request, UNNUMBERED);
              }
              if (client.autoInvoice().skipZeroTraffic()
                  && computed.invoice().totals().totalAmount().isZero()) {
                tx.recordAutoHistory(client.id(), due.invoiceDate(), period, null);
                skipped++;
                continue;
              }
              String number = tx.nextInvoiceNumber();
              try (InvoiceObserver.Scope scope = observer.enter(client.id(), number)) {
                InvoicePipeline.Produced p =
                    pipeline.write(
                        tx,
                        client,
                        parameters,
                        computed.withNumber(number),
                        runId,
                        Optional.empty());
                produced.add(p);
                tx.recordAutoHistory(
                    client.id(), due.invoiceDate(), period, p.invoice().pdfFileName());
              }
            }
            return new PeriodOutcome(
                List.copyOf(produced), skipped, work.sides().size() - open.size());
          });
    } catch (RuntimeException e) {
      produced.forEach(p -> p.document().discard());
      throw e;
    }
  }

  private void notifyListener(Client client, InvoicePipeline.Produced p) {
    try {
      listener.autoInvoiceCreated(p.invoiceId(), p.invoice(), client);
    } catch (RuntimeException e) {
      try (InvoiceObserver.Scope scope = observer.enter(client.id(), p.invoice().number())) {
        observer.failed(LISTENER_KIND, e);
      }
    }
  }

  private Failure report(Client client, RuntimeException e) {
    try (InvoiceObserver.Scope scope = observer.enter(client.id(), UNNUMBERED)) {
      observer.failed(KIND, e);
    }
    return new Failure(client.id(), reason(e));
  }

  private Failure report(Client client, InvoicePeriod period, RuntimeException e) {
    Failure f = report(client, e);
    return new Failure(
        f.client(),
        "period " + period.start() + " to " + period.endInclusive() + ": " + f.reason());
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.replaceAll("\\s+", " ").strip();
  }

  /**
   * Applies {@code work} to every item, in order on the calling thread with one worker, else on a
   * pool of up to {@code workers} threads made for this call and shut down before it returns.
   * {@code work} handles its own failures; anything it lets through ends the run.
   */
  private <A, R> List<R> forEachClient(List<A> items, Function<A, R> work) {
    if (workers == 1 || items.size() <= 1) {
      return items.stream().map(work).toList();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(workers, items.size()), new WorkerThreads());
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (A item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the auto-invoice run was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      awaitTermination(pool);
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Names the run's worker threads; they never keep the JVM alive. */
  private static final class WorkerThreads implements ThreadFactory {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final int pool = POOLS.incrementAndGet();
    private final AtomicInteger threads = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "auto-invoice-" + pool + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  private record PeriodWork(DuePeriod due, List<InvoiceType> sides) {}

  private record ClientPlan(
      Client client, List<PeriodWork> periods, int alreadyDone, Optional<Failure> failure) {
    int invoiceCount() {
      return periods.stream().mapToInt(p -> p.sides().size()).sum();
    }
  }

  private record PeriodOutcome(
      List<InvoicePipeline.Produced> created, int skipped, int alreadyDone) {}

  private record ClientOutcome(
      int created, int skipped, int alreadyDone, Optional<Failure> failure) {}
}
