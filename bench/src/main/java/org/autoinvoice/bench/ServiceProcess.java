package org.autoinvoice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real service as a child process ({@code AutoInvoiceApplication server <ini>} on this
 * process's class path) connected to the bench database, with a GC log; measures the peak heap
 * (largest heap occupancy before a collection, or sampled from {@code /metrics}) and peak RSS of
 * what it does between {@link #startPhase} and {@link Monitor#stop}.
 */
public final class ServiceProcess implements AutoCloseable {
  private static final Pattern GC_SIZES =
      Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Process process;
  private final Path gcLog;
  private final Path output;
  private final int port;
  private final int adminPort;

  private ServiceProcess(Process process, Path gcLog, Path output, int port, int adminPort) {
    this.process = process;
    this.gcLog = gcLog;
    this.output = output;
    this.port = port;
    this.adminPort = adminPort;
  }

  /**
   * Writes {@code service.ini} in {@code workDir} (external database on {@code dbPort}, scheduler
   * off, invoices under {@code workDir/invoice}) and starts the service with {@code -Xmx heap} plus
   * {@code extraJvmArgs}; returns once {@code GET /apitest} answers.
   */
  public static ServiceProcess start(
      Path workDir, int dbPort, String heap, Path blankLogo, List<String> extraJvmArgs)
      throws IOException, InterruptedException {
    int port = freePort();
    int adminPort = freePort();
    Path ini = workDir.resolve("service.ini");
    Files.writeString(
        ini,
        """
        [postgres]
        embedded = 0
        data_dir = %1$s/unused-pg
        host = 127.0.0.1
        port = %2$d
        dbname = softswitch4v5
        user = postgres
        password =
        pool_size = 10

        [http]
        host = 127.0.0.1
        port = %3$d
        admin_port = %4$d

        [log]
        file = %1$s/logs/autoinvoice.log
        by_time = 1
        when = midnight
        interval = 1
        backup_count = 7
        max_bytes = 10485760
        debug_level = 0

        [invoice]
        dir = %1$s/invoice
        record_scc_payment = 0

        [other]
        logo_file_get = http://127.0.0.1:9/homes/getInvoiceLogoUrl
        logo_file = %1$s/logo.jpg
        blank_logo = %5$s

        [scheduler]
        enabled = 0
        clustered = 0

        [mail]
        enabled = 0
        """
            .formatted(
                workDir.toAbsolutePath(), dbPort, port, adminPort, blankLogo.toAbsolutePath()));
    Path gcLog = workDir.resolve("service-gc.log");
    Path output = workDir.resolve("service.out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
    command.addAll(extraJvmArgs);
    command.add("-cp");
    command.add(ServiceProcess.absoluteClassPath());
    command.add("org.autoinvoice.bootstrap.AutoInvoiceApplication");
    command.add("server");
    command.add(ini.toAbsolutePath().toString());
    Process process =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    ServiceProcess service = new ServiceProcess(process, gcLog, output, port, adminPort);
    service.awaitUp(Duration.ofSeconds(180));
    return service;
  }

  /** This JVM's class path with every entry made absolute (the children run elsewhere). */
  static String absoluteClassPath() {
    return java.util.Arrays.stream(
            System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(e -> !e.isEmpty())
        .map(e -> Path.of(e).toAbsolutePath().toString())
        .collect(Collectors.joining(java.io.File.pathSeparator));
  }

  public long pid() {
    return process.pid();
  }

  private void awaitUp(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the service exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/apitest"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "the service did not answer within " + timeout + ":\n" + tail());
  }

  /** The last lines of the service's console output. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(output);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** Posts the manual-invoice form urlencoded; returns status and body. */
  public HttpResponse<String> manualInvoice(Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ManualInvoiceTest"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofMinutes(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts the admin task {@code auto-invoice} with {@code query} (may be empty). */
  public HttpResponse<String> autoInvoiceTask(String query)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + adminPort
                        + "/tasks/auto-invoice"
                        + (query.isEmpty() ? "" : "?" + query)))
            .timeout(Duration.ofHours(2))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Starts measuring a phase: resets the peak RSS, marks the GC log, samples the heap. */
  public Monitor startPhase() throws IOException {
    Memory.resetPeakRss(process.pid());
    return new Monitor(Files.exists(gcLog) ? Files.size(gcLog) : 0);
  }

  /** Heap and RSS of one phase of the service. */
  public final class Monitor {
    private final long gcOffset;
    private final AtomicLong sampledPeak = new AtomicLong(-1);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;

    private Monitor(long gcOffset) {
      this.gcOffset = gcOffset;
      sampler =
          new Thread(
              () -> {
                while (running.get()) {
                  heapUsed().ifPresent(v -> sampledPeak.accumulateAndGet(v, Math::max));
                  try {
                    Thread.sleep(200);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    /** Stops measuring; returns {peak heap, max live heap after GC, peak RSS} in bytes. */
    public long[] stop() throws IOException, InterruptedException {
      running.set(false);
      sampler.interrupt();
      sampler.join(5000);
      heapUsed().ifPresent(v -> sampledPeak.accumulateAndGet(v, Math::max));
      long[] gc = gcPeaks(gcLog, gcOffset);
      long peak = Math.max(sampledPeak.get(), gc[0]);
      long live = gc[1];
      return new long[] {peak, live, Memory.peakRss(process.pid()).orElse(-1L)};
    }
  }

  /**
   * {largest heap occupancy before a collection, largest after one} in a {@code -Xlog:gc} file from
   * byte {@code offset} on; -1 when there is none.
   */
  static long[] gcPeaks(Path log, long offset) throws IOException {
    long peak = -1;
    long live = -1;
    if (Files.exists(log)) {
      byte[] all = Files.readAllBytes(log);
      int from = (int) Math.min(offset, all.length);
      String text = new String(all, from, all.length - from, StandardCharsets.UTF_8);
      Matcher m = GC_SIZES.matcher(text);
      while (m.find()) {
        peak = Math.max(peak, bytes(m.group(1), m.group(2)));
        live = Math.max(live, bytes(m.group(3), m.group(4)));
      }
    }
    return new long[] {peak, live};
  }

  /**
   * The service's phase timers ({@code invoices.phase.*} on {@code /metrics}) as one line: mean
   * seconds per invoice and count of each phase.
   */
  public String phaseTimers() {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/metrics"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode timers = JSON.readTree(r.body()).path("timers");
      StringBuilder b = new StringBuilder("phases (mean per invoice)");
      for (String phase : List.of("usage_query", "render", "write")) {
        JsonNode t = timers.path("invoices.phase." + phase);
        b.append(phase.equals("usage_query") ? " " : ", ")
            .append(phase)
            .append(
                String.format(
                    java.util.Locale.ROOT,
                    " %.3f s (%d)",
                    t.path("mean").asDouble(-1),
                    t.path("count").asLong(0)));
      }
      return b.toString();
    } catch (IOException e) {
      return "phases: n/a (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "phases: n/a";
    }
  }

  private java.util.Optional<Long> heapUsed() {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/metrics"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode v =
          JSON.readTree(r.body()).path("gauges").path("jvm.memory.heap.used").path("value");
      return v.isNumber() ? java.util.Optional.of(v.asLong()) : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return java.util.Optional.empty();
    }
  }

  private static long bytes(String value, String unit) {
    long v = Long.parseLong(value);
    return switch (unit) {
      case "K" -> v * 1024;
      case "M" -> v * 1024 * 1024;
      default -> v * 1024 * 1024 * 1024;
    };
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
