package org.autoinvoice.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run and the invoices' check values; {@link #table()} is the one
 * table of the report: each figure, its raw limit, the service ÷ raw ratio and the target. The
 * totals over all carriers are null above 2M rows (their check scans every daily table).
 */
public record BenchResult(
    BenchOptions options,
    int cores,
    BenchDatabase.LoadReport load,
    int biggestClient,
    long biggestRows,
    int biggestRecords,
    long biggestPdfBytes,
    double rawBiggestSql,
    double rawBiggestAdapter,
    double rawBiggestRender,
    double rawSweepSql,
    double rawSweepRender,
    double rawSweepAssemble,
    double serviceManual,
    double serviceAuto,
    int autoCreated,
    String autoLine,
    List<Phase> phases,
    BigDecimal manualBuyTotal,
    BigDecimal autoBuyTotalBiggest,
    BigDecimal expectedBuyTotalBiggest,
    long autoInvoices,
    long autoInvoicedClients,
    BigDecimal autoBuyTotalAll,
    BigDecimal expectedBuyTotalAll) {

  private static final long TARGET_HEAP = 512L * 1024 * 1024;

  private Phase phase(String name) {
    return phases.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  /** The result table in Markdown, with the data shape and the machine above it. */
  public String table() {
    double manualRaw = rawBiggestSql + rawBiggestRender;
    double autoRaw = rawSweepSql + rawSweepRender;
    Phase rawBig = phase("raw biggest");
    Phase rawSweep = phase("raw sweep");
    Phase manual = phase("service manual");
    Phase auto = phase("service auto");
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "Data: %,d carriers, %,d `cdr_report_detail` rows in %d daily tables (%.0f MB + %.0f MB"
                + " indexes), loaded in %.0f s; biggest carrier %d: %,d rows → %,d usage records,"
                + " PDF %,d bytes. Machine: %d cores (shared), service -Xmx%s. Automatic run: %s.%n%n",
            options.clients(),
            load.rows(),
            load.tables(),
            load.tableBytes() / 1048576.0,
            load.indexBytes() / 1048576.0,
            load.seconds(),
            biggestClient,
            biggestRows,
            biggestRecords,
            biggestPdfBytes,
            cores,
            options.serviceHeap(),
            "admin task POST /tasks/auto-invoice"));
    b.append("| Figure | Raw limit | Service | Service ÷ raw | Target |\n");
    b.append("|---|---:|---:|---:|---|\n");
    row(
        b,
        "Biggest carrier: usage SQL alone (exact statement, JDBC)",
        s(rawBiggestSql),
        "",
        "",
        "");
    row(b, "Biggest carrier: usage through `JdbiUsageQuery`", s(rawBiggestAdapter), "", "", "");
    row(b, "Biggest carrier: iText render alone, every section", s(rawBiggestRender), "", "", "");
    row(
        b,
        "Biggest carrier: manual invoice, `POST /ManualInvoiceTest`, median of "
            + options.manualRepeats(),
        s(manualRaw) + " (SQL + render)",
        s(serviceManual),
        ratio(serviceManual, manualRaw),
        "≤ 1.30 " + met(serviceManual <= 1.3 * manualRaw));
    row(b, "Every carrier in turn: usage SQL, sum", s(rawSweepSql), "", "", "");
    row(b, "Every carrier in turn: render, sum", s(rawSweepRender), "", "", "");
    row(
        b,
        "Full automatic run, " + autoCreated + " invoices (wall)",
        s(autoRaw) + " (SQL + render)",
        s(serviceAuto),
        ratio(serviceAuto, autoRaw),
        "≤ 1.00 " + met(serviceAuto <= autoRaw));
    row(
        b,
        "Invoices per second",
        String.format(Locale.ROOT, "%.1f", options.clients() / autoRaw),
        String.format(Locale.ROOT, "%.1f", autoCreated / serviceAuto),
        ratio(autoCreated / serviceAuto, options.clients() / autoRaw),
        "");
    row(
        b,
        "Peak heap, biggest carrier",
        mb(rawBig.peakHeap()),
        mb(manual.peakHeap()),
        ratio(manual.peakHeap(), rawBig.peakHeap()),
        "");
    row(
        b,
        "Peak heap, full automatic run",
        mb(rawSweep.peakHeap()),
        mb(auto.peakHeap()),
        ratio(auto.peakHeap(), rawSweep.peakHeap()),
        "≤ 512 MB " + met(auto.peakHeap() >= 0 && auto.peakHeap() <= TARGET_HEAP));
    row(
        b,
        "Peak RSS, biggest carrier",
        mb(rawBig.peakRss()),
        mb(manual.peakRss()),
        ratio(manual.peakRss(), rawBig.peakRss()),
        "");
    row(
        b,
        "Peak RSS, full automatic run",
        mb(rawSweep.peakRss()),
        mb(auto.peakRss()),
        ratio(auto.peakRss(), rawSweep.peakRss()),
        "");
    b.append(
        String.format(
            Locale.ROOT,
            "%nRaw limits run in the harness JVM, one thread; the service runs in its own JVM"
                + " (heap peak = largest occupancy before a GC or sampled from /metrics).%n%nService"
                + " manual phase: %s.%n%nService automatic run: %s.%n%nAssembling the invoices (domain, not counted"
                + " in the raw limit) took %s in the sweep. Run summary: %s%n",
            manual.note(),
            auto.note(),
            s(rawSweepAssemble),
            autoLine));
    return b.toString();
  }

  private static void row(StringBuilder b, String... cells) {
    b.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  private static String s(double seconds) {
    return String.format(Locale.ROOT, "%.3f s", seconds);
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }

  private static String ratio(double service, double raw) {
    return raw <= 0 || service < 0 ? "" : String.format(Locale.ROOT, "%.2f", service / raw);
  }

  private static String met(boolean met) {
    return met ? "(met)" : "(missed)";
  }
}
