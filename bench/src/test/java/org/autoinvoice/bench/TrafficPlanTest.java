package org.autoinvoice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import org.autoinvoice.bench.TrafficPlan.Carrier;
import org.junit.jupiter.api.Test;

/** The generated traffic has the shape the benchmark promises: target size, skew, sparse rows. */
class TrafficPlanTest {
  private static final LocalDate FIRST = LocalDate.parse("2026-01-01");

  @Test
  void expectedRowsMeetTheTargetAndNoCarrierExceedsItsDensityCap() {
    TrafficPlan plan = TrafficPlan.of(2000, 31, 20_000_000L, 7);

    assertThat(plan.expectedRows()).isCloseTo(20_000_000.0, within(20_000.0));
    assertThat(plan.carriers())
        .allSatisfy(c -> assertThat(c.density()).isBetween(0.0, TrafficPlan.MAX_DENSITY + 1e-9));
    assertThat(plan.carriers())
        .allSatisfy(
            c -> {
              assertThat(c.trunkIds().length).isBetween(1, 5);
              assertThat(c.destinations().length).isBetween(10, 400);
            });
  }

  @Test
  void aFewCarriersAreVeryLargeAndMostAreSmall() {
    TrafficPlan plan = TrafficPlan.of(2000, 31, 20_000_000L, 7);
    double[] rows = plan.carriers().stream().mapToDouble(Carrier::expectedRows).sorted().toArray();
    double median = rows[rows.length / 2];
    double top10 = 0;
    for (int i = rows.length - 10; i < rows.length; i++) {
      top10 += rows[i];
    }

    assertThat(rows[rows.length - 1]).isGreaterThan(50 * median);
    assertThat(top10 / plan.expectedRows()).isGreaterThan(0.2);
    Carrier biggest =
        plan.carriers().stream().max(Comparator.comparingDouble(Carrier::expectedRows)).get();
    assertThat(biggest.rank()).isLessThanOrEqualTo(10);
  }

  @Test
  void aDayIsTheSameEveryTimeAndTheDaysAddUpToTheTarget() throws IOException {
    TrafficPlan plan = TrafficPlan.of(20, 3, 30_000L, 11);
    TrafficRows generator = new TrafficRows(plan, 11, FIRST);

    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    long rows0 = generator.writeDay(0, (b, n) -> first.write(b, 0, n));
    generator.writeDay(0, (b, n) -> again.write(b, 0, n));
    long total = rows0;
    for (int d = 1; d < 3; d++) {
      total += generator.writeDay(d, (b, n) -> {});
    }

    assertThat(again.toByteArray()).isEqualTo(first.toByteArray());
    assertThat((double) total).isCloseTo(30_000.0, within(1_500.0));
    String[] lines = first.toString(StandardCharsets.US_ASCII).split("\n");
    assertThat(lines).hasSize((int) rows0);
    assertThat(lines[0].split("\t", -1)).hasSize(TrafficRows.COLUMNS.size());
    assertThat(lines[0]).startsWith("2026-01-01 00:00:00+00\t");
  }

  @Test
  void costsAreRoundedHalfUpToMicroUnits() {
    assertThat(TrafficRows.costMicros(60, 1_000_000)).isEqualTo(1_000_000);
    assertThat(TrafficRows.costMicros(1, 30)).isEqualTo(1); // 0.5 micro-units
    assertThat(TrafficRows.costMicros(1, 29)).isZero(); // 0.483 micro-units

    TrafficRows.Ascii out = new TrafficRows.Ascii(4);
    out.decimal(1_234_567, 6).tab().decimal(5, 6).tab().decimal(80_000, 8);
    assertThat(new String(out.bytes(), 0, out.length(), StandardCharsets.US_ASCII))
        .isEqualTo("1.234567\t0.000005\t0.00080000");
  }
}
