package org.autoinvoice.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.bench.TrafficPlan.Carrier;
import org.autoinvoice.domain.usage.UsageRecord;

/**
 * One benchmark run: builds the database, measures the raw limits in this process, then the real
 * service in a child process (manual invoice over HTTP, full automatic run through the admin task),
 * checks the invoices it made against the daily tables, and returns the figures.
 */
public final class Benchmark {
  private static final Pattern CREATED = Pattern.compile("(\\d+) invoices? created");

  private final BenchOptions options;
  private final List<String> serviceJvmArgs;
  private final PrintStream log;

  public Benchmark(BenchOptions options, List<String> serviceJvmArgs, PrintStream log) {
    this.options = options;
    this.serviceJvmArgs = List.copyOf(serviceJvmArgs);
    this.log = log;
  }

  /** Runs the benchmark; the work directory is deleted afterwards unless {@code --keep}. */
  public BenchResult run() throws Exception {
    Path work = Files.createTempDirectory("autoinvoice-bench");
    try {
      return runIn(work);
    } finally {
      if (options.keep()) {
        log.println("work directory kept: " + work);
      } else {
        deleteTree(work);
      }
    }
  }

  private BenchResult runIn(Path work) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate firstDay = today.minusDays(options.days());
    TrafficPlan plan =
        TrafficPlan.of(options.clients(), options.days(), options.rows(), options.seed());
    Carrier big =
        plan.carriers().stream().max(Comparator.comparingDouble(Carrier::expectedRows)).get();
    int bigId = big.clientId();
    log.printf(
        "plan: %d carriers, %d days from %s, ~%,d rows expected; biggest carrier %d (%d trunks,"
            + " %d destinations); %d cores%n",
        options.clients(),
        options.days(),
        firstDay,
        Math.round(plan.expectedRows()),
        bigId,
        big.trunkIds().length,
        big.destinations().length,
        cores);

    Map<String, Object> facts = new LinkedHashMap<>();
    List<Phase> phases = new ArrayList<>();
    try (BenchDatabase db = BenchDatabase.start(work.resolve("pg"), firstDay, options.days())) {
      BenchDatabase.LoadReport load = db.load(plan, options.seed(), cores);
      log.printf(
          "loaded %,d rows in %d daily tables (%.0f MB table, %.0f MB index) in %.1f s (COPY %.1f"
              + " s)%n",
          load.rows(),
          load.tables(),
          load.tableBytes() / 1048576.0,
          load.indexBytes() / 1048576.0,
          load.seconds(),
          load.copySeconds());
      long bigRows = db.rowsOf(bigId);
      facts.put("load", load);
      facts.put("bigRows", bigRows);
      Path logo = work.resolve("blank_logo.png");
      Files.write(logo, logoPng());
      byte[] logoBytes = Files.readAllBytes(logo);

      // raw limits, in this process
      double[] bigRaw;
      double[] sweep;
      try (RawLimits raw = new RawLimits(db.port(), firstDay, db.endDay(), logoBytes)) {
        bigRaw = rawBiggest(raw, bigId, phases, facts);
        sweep = rawSweep(raw, plan, phases);
      }

      // the service, in a child process
      ServiceResult service;
      try (ServiceProcess sp =
          ServiceProcess.start(work, db.port(), options.serviceHeap(), logo, serviceJvmArgs)) {
        service = measureService(sp, db, bigId, firstDay, today, phases);
      }
      BigDecimal manualBuy =
          db.queryDecimal(
              "SELECT buy_total FROM invoice WHERE client_id = "
                  + bigId
                  + " AND create_type = 1 ORDER BY invoice_id DESC LIMIT 1");
      BigDecimal autoBuy =
          db.queryDecimal(
              "SELECT buy_total FROM invoice WHERE client_id = "
                  + bigId
                  + " AND create_type = 0 ORDER BY invoice_id DESC LIMIT 1");
      BigDecimal expectedBuy = db.ingressCost(bigId, firstDay, db.endDay());
      long autoInvoices = db.queryLong("SELECT count(*) FROM invoice WHERE create_type = 0");
      long autoClients =
          db.queryLong("SELECT count(DISTINCT client_id) FROM invoice WHERE create_type = 0");
      BigDecimal autoBuyAll = null;
      BigDecimal expectedBuyAll = null;
      if (load.rows() <= 2_000_000) { // a full scan of every daily table: small data sets only
        autoBuyAll = db.queryDecimal("SELECT sum(buy_total) FROM invoice WHERE create_type = 0");
        expectedBuyAll = BigDecimal.ZERO;
        for (LocalDate d = firstDay; d.isBefore(db.endDay()); d = d.plusDays(1)) {
          expectedBuyAll =
              expectedBuyAll.add(
                  db.queryDecimal(
                      "SELECT coalesce(sum(ingress_call_cost), 0) FROM "
                          + BenchDatabase.tableName(d)));
        }
      }
      BenchResult result =
          new BenchResult(
              options,
              cores,
              load,
              bigId,
              bigRows,
              (int) facts.get("bigRecords"),
              (long) facts.get("bigPdfBytes"),
              bigRaw[0],
              bigRaw[1],
              bigRaw[2],
              sweep[0],
              sweep[1],
              sweep[2],
              service.manualMedian(),
              service.autoSeconds(),
              service.autoCreated(),
              service.autoLine(),
              phases,
              manualBuy,
              autoBuy,
              expectedBuy,
              autoInvoices,
              autoClients,
              autoBuyAll,
              expectedBuyAll);
      String table = result.table();
      log.println();
      log.println(table);
      Files.createDirectories(options.resultFile().toAbsolutePath().getParent());
      Files.writeString(options.resultFile(), table);
      log.println("written to " + options.resultFile().toAbsolutePath());
      return result;
    }
  }

  /** SQL over JDBC, SQL through the adapter, render: medians for the biggest carrier. */
  private double[] rawBiggest(
      RawLimits raw, int bigId, List<Phase> phases, Map<String, Object> facts) throws Exception {
    Memory.resetSelf();
    List<Double> sql = new ArrayList<>();
    raw.sqlOnly(bigId);
    for (int i = 0; i < options.manualRepeats(); i++) {
      sql.add(raw.sqlOnly(bigId));
    }
    List<Double> adapter = RawLimits.timed(options.manualRepeats(), () -> raw.usage(bigId));
    List<UsageRecord> records = raw.usage(bigId);
    InvoiceDocument document = raw.document(bigId, records, true);
    long[] pdfBytes = {0};
    List<Double> render =
        RawLimits.timed(options.manualRepeats(), () -> pdfBytes[0] = raw.render(document));
    double[] medians = {RawLimits.median(sql), RawLimits.median(adapter), RawLimits.median(render)};
    facts.put("bigRecords", records.size());
    facts.put("bigPdfBytes", pdfBytes[0]);
    long pid = ProcessHandle.current().pid();
    phases.add(
        new Phase(
            "raw biggest",
            medians[0] + medians[2],
            Memory.selfPeakHeap(),
            Memory.peakRss(pid).orElse(-1L),
            records.size() + " usage records"));
    log.printf(
        "raw, biggest carrier: SQL %.3f s (adapter %.3f s, %d records), render %.3f s (%,d bytes)%n",
        medians[0], medians[1], records.size(), medians[2], pdfBytes[0]);
    return medians;
  }

  /** Every carrier in turn: usage through the adapter, assemble, render; the sums. */
  private double[] rawSweep(RawLimits raw, TrafficPlan plan, List<Phase> phases) throws Exception {
    Memory.resetSelf();
    double sql = 0;
    double render = 0;
    double assemble = 0;
    long started = System.nanoTime();
    for (Carrier c : plan.carriers()) {
      long t0 = System.nanoTime();
      List<UsageRecord> records = raw.usage(c.clientId());
      long t1 = System.nanoTime();
      InvoiceDocument document = raw.document(c.clientId(), records, false);
      long t2 = System.nanoTime();
      raw.render(document);
      long t3 = System.nanoTime();
      sql += (t1 - t0) / 1e9;
      assemble += (t2 - t1) / 1e9;
      render += (t3 - t2) / 1e9;
    }
    long pid = ProcessHandle.current().pid();
    phases.add(
        new Phase(
            "raw sweep",
            sql + render,
            Memory.selfPeakHeap(),
            Memory.peakRss(pid).orElse(-1L),
            "wall " + String.format("%.1f s", (System.nanoTime() - started) / 1e9)));
    log.printf(
        "raw, every carrier in turn: SQL %.1f s + render %.1f s (assemble %.1f s)%n",
        sql, render, assemble);
    return new double[] {sql, render, assemble};
  }

  private record ServiceResult(
      double manualMedian, double autoSeconds, int autoCreated, String autoLine) {}

  private ServiceResult measureService(
      ServiceProcess sp,
      BenchDatabase db,
      int bigId,
      LocalDate firstDay,
      LocalDate today,
      List<Phase> phases)
      throws Exception {
    Map<String, String> form = manualForm(bigId, firstDay, db.endDay().minusDays(1), today);
    ServiceProcess.Monitor manualMonitor = sp.startPhase();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i <= options.manualRepeats(); i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = sp.manualInvoice(form);
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            "manual invoice answered " + r.statusCode() + ": " + r.body() + "\n" + sp.tail());
      }
      if (i > 0) {
        times.add(seconds);
      }
    }
    long[] manualMem = manualMonitor.stop();
    String manualPhases = sp.phaseTimers();
    log.println("service, manual invoices incl. warm-up: " + manualPhases);
    double manual = RawLimits.median(times);
    phases.add(
        new Phase(
            "service manual",
            manual,
            manualMem[0],
            manualMem[2],
            "heap after GC ≤ " + mbText(manualMem[1]) + "; " + manualPhases));
    log.printf(
        "service, manual invoice of the biggest carrier: median %.3f s of %s%n", manual, times);

    ServiceProcess.Monitor autoMonitor = sp.startPhase();
    long t0 = System.nanoTime();
    HttpResponse<String> r = sp.autoInvoiceTask("");
    double auto = (System.nanoTime() - t0) / 1e9;
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "POST /tasks/auto-invoice answered "
              + r.statusCode()
              + ": "
              + r.body()
              + "\n"
              + sp.tail());
    }
    String line = r.body().trim();
    long[] autoMem = autoMonitor.stop();
    String autoPhases = sp.phaseTimers() + " (manual ones included)";
    Matcher created = CREATED.matcher(line);
    int n = created.find() ? Integer.parseInt(created.group(1)) : -1;
    phases.add(
        new Phase(
            "service auto",
            auto,
            autoMem[0],
            autoMem[2],
            "heap after GC ≤ " + mbText(autoMem[1]) + "; " + autoPhases));
    log.printf("service, automatic run: %.1f s: %s%n", auto, line);
    return new ServiceResult(manual, auto, n, line);
  }

  private static String mbText(long bytes) {
    return bytes < 0 ? "n/a" : Math.round(bytes / 1048576.0) + " MB";
  }

  /** The manual-invoice form of the UI with every section on, for [first, last]. */
  static Map<String, String> manualForm(
      int clientId, LocalDate first, LocalDate last, LocalDate invoiceDate) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("client_id", Integer.toString(clientId));
    f.put("type", "0");
    f.put("start_date", first + " 00:00:00");
    f.put("start_time", "00:00:00");
    f.put("end_date", last + " 23:59:59");
    f.put("stop_time", "23:59:59");
    f.put("tz", "+00:00");
    f.put("invoice_date", invoiceDate.toString());
    f.put("invoice_due_date", invoiceDate.plusDays(15).toString());
    f.put("decimal_place", "5");
    f.put("invoice_use_balance_type", "0");
    f.put("void_id", "");
    for (String on :
        List.of(
            "is_invoice_account_summary",
            "show_account_summary",
            "is_invoice_usage_detail",
            "dayusage",
            "ingress_prefix",
            "detail_by_trunk",
            "show_code_summery",
            "show_trafic_code_name",
            "show_trafic_country",
            "show_calls_date",
            "summary_of_payments",
            "is_short_duration_call_surcharge_detail")) {
      f.put(on, "on");
    }
    return f;
  }

  /** The repository's blank logo when it is at hand, else a white 200×60 PNG. */
  private static byte[] logoPng() throws IOException {
    for (Path p : List.of(Path.of("blank_logo.png"), Path.of("..", "blank_logo.png"))) {
      if (Files.isRegularFile(p)) {
        return Files.readAllBytes(p);
      }
    }
    BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 60);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
