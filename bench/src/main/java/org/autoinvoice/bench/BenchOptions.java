package org.autoinvoice.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark run builds and measures: carriers, days and target traffic rows of the
 * generated DNL database, the seed, the service's heap and where the result table goes.
 */
public record BenchOptions(
    int clients,
    int days,
    long rows,
    long seed,
    int manualRepeats,
    String serviceHeap,
    Path resultFile,
    boolean keep) {

  /** Full scale: carriers, days and rows of a carrier-sized billing month. */
  public static final int FULL_CLIENTS = 2000;

  public static final int FULL_DAYS = 31;
  public static final long FULL_ROWS = 20_000_000L;

  public BenchOptions {
    if (clients < 1) {
      throw new IllegalArgumentException("--clients must be >= 1, got " + clients);
    }
    if (days < 1 || days > 62) {
      throw new IllegalArgumentException("--days must be 1..62, got " + days);
    }
    if (rows < clients) {
      throw new IllegalArgumentException("--rows must be >= --clients, got " + rows);
    }
    if (manualRepeats < 1) {
      throw new IllegalArgumentException("--repeats must be >= 1, got " + manualRepeats);
    }
  }

  /** Usage text of the command line. */
  public static final String USAGE =
      """
      usage: java -jar bench/target/autoinvoice-bench.jar [--scale S] [--clients N] [--days D]
                  [--rows R] [--seed X] [--repeats K] [--service-heap 768m] [--out FILE] [--keep]
        --scale S     fraction of full scale (2000 carriers, 20M rows over 31 days); 0.05 = quick run
        --clients N   carriers (default 2000 x scale)
        --days D      daily tables, one auto-invoicing period (default 31)
        --rows R      target cdr_report_detail rows (default 20M x clients/2000 x days/31)
        --repeats K   timed manual invoices after the warm-up (default 5, median reported)
        --service-heap  -Xmx of the service process (default 768m)
        --out FILE    result table (default bench/target/bench-result.md)
        --keep        keep the work directory (database, PDFs, logs)
      """;

  /** Parses the command line; unknown arguments throw {@link IllegalArgumentException}. */
  public static BenchOptions parse(String... args) {
    double scale = 1.0;
    Integer clients = null;
    int days = FULL_DAYS;
    Long rows = null;
    long seed = 20260201L;
    int repeats = 5;
    String heap = "768m";
    Path out = null;
    boolean keep = false;
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String a = rest.remove(0);
      switch (a) {
        case "--scale" -> scale = Double.parseDouble(value(a, rest));
        case "--clients" -> clients = Integer.parseInt(value(a, rest));
        case "--days" -> days = Integer.parseInt(value(a, rest));
        case "--rows" -> rows = Long.parseLong(value(a, rest));
        case "--seed" -> seed = Long.parseLong(value(a, rest));
        case "--repeats" -> repeats = Integer.parseInt(value(a, rest));
        case "--service-heap" -> heap = value(a, rest);
        case "--out" -> out = Path.of(value(a, rest));
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown argument " + a + "\n" + USAGE);
      }
    }
    if (scale <= 0 || scale > 10) {
      throw new IllegalArgumentException("--scale must be in (0, 10], got " + scale);
    }
    int n = clients != null ? clients : (int) Math.max(1, Math.round(FULL_CLIENTS * scale));
    long r =
        rows != null
            ? rows
            : Math.max(n, Math.round(FULL_ROWS * ((double) n / FULL_CLIENTS) * days / FULL_DAYS));
    if (out == null) {
      out =
          Path.of("bench", "target").toFile().isDirectory()
              ? Path.of("bench", "target", "bench-result.md")
              : Path.of("target", "bench-result.md");
    }
    return new BenchOptions(n, days, r, seed, repeats, heap, out, keep);
  }

  private static String value(String name, List<String> rest) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
    }
    return rest.remove(0);
  }
}
