package org.autoinvoice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's quick run ({@code --scale 0.05}: 100 carriers, about a million rows over 31 days)
 * end to end: it builds the database, measures, starts the real service, and the invoices it makes
 * are right. How fast they are made is reported, never asserted.
 */
class BenchSmokeIT {
  @TempDir Path dir;

  @Test
  void theQuickRunMakesCorrectInvoicesAndWritesTheTable() throws Exception {
    Path resultFile = dir.resolve("bench-result.md");
    BenchOptions options =
        BenchOptions.parse(
            "--scale",
            "0.05",
            "--repeats",
            "1",
            "--service-heap",
            "512m",
            "--out",
            resultFile.toString());
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    BenchResult result =
        new Benchmark(options, List.of(), new PrintStream(log, true, StandardCharsets.UTF_8)).run();

    String output = log.toString(StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(options.clients()).isEqualTo(100);
    assertThat(result.load().rows())
        .as(output)
        .isCloseTo(options.rows(), org.assertj.core.data.Percentage.withPercentage(20));
    assertThat(result.load().tables()).isEqualTo(31);
    assertThat(result.biggestRows()).isPositive();
    assertThat(result.biggestRecords()).isPositive();
    assertThat(result.biggestPdfBytes()).isGreaterThan(1000);
    // the manual and the automatic invoice of the biggest carrier bill exactly its traffic
    assertThat(result.expectedBuyTotalBiggest()).isPositive();
    assertThat(result.manualBuyTotal()).isEqualByComparingTo(result.expectedBuyTotalBiggest());
    assertThat(result.autoBuyTotalBiggest()).isEqualByComparingTo(result.expectedBuyTotalBiggest());
    // the automatic run made one invoice per carrier
    assertThat(result.autoCreated()).as(result.autoLine()).isEqualTo(100);
    assertThat(result.autoInvoices()).isEqualTo(100);
    assertThat(result.autoInvoicedClients()).isEqualTo(100);
    assertThat(result.autoLine()).contains("examined 100 clients: 100 invoices created");
    // and together they bill exactly the traffic of every carrier
    assertThat(result.expectedBuyTotalAll()).isPositive();
    assertThat(result.autoBuyTotalAll()).isEqualByComparingTo(result.expectedBuyTotalAll());
    String table = Files.readString(resultFile);
    assertThat(table).isEqualTo(result.table());
    assertThat(table)
        .contains("| Figure | Raw limit | Service | Service ÷ raw | Target |")
        .contains("Full automatic run, 100 invoices")
        .contains("Peak heap, full automatic run");
    assertThat(output).contains(table);
  }
}
