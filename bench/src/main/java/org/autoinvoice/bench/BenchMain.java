package org.autoinvoice.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Command line of the benchmark harness: {@code java -jar autoinvoice-bench.jar [--scale S] …} (see
 * {@link BenchOptions#USAGE}); {@code --jfr FILE} records the service with Flight Recorder.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    List<String> serviceJvmArgs = new ArrayList<>();
    int jfr = rest.indexOf("--jfr");
    if (jfr >= 0 && jfr + 1 < rest.size()) {
      String file = java.nio.file.Path.of(rest.get(jfr + 1)).toAbsolutePath().toString();
      serviceJvmArgs.add("-XX:StartFlightRecording=filename=" + file);
      rest.remove(jfr + 1);
      rest.remove(jfr);
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      System.out.println(BenchOptions.USAGE);
      return;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(rest.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    new Benchmark(options, serviceJvmArgs, System.out).run();
  }
}
