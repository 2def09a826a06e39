package org.autoinvoice.adapters.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrafficGeneratorTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 2, 9);

  @Test
  void everyRowHasOneFieldPerColumn() {
    StringBuilder out = new StringBuilder();
    int rows = new TrafficGenerator(7L, FIRST_DAY, 3).generateDay(0, out);

    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(rows);
    for (String line : lines) {
      assertThat(line.split("\t", -1)).hasSize(TrafficGenerator.COLUMNS.size());
    }
  }

  @Test
  void theSameSeedGivesTheSameRowsAndCosts() {
    TrafficGenerator a = new TrafficGenerator(42L, FIRST_DAY, 2);
    TrafficGenerator b = new TrafficGenerator(42L, FIRST_DAY, 2);
    StringBuilder outA = new StringBuilder();
    StringBuilder outB = new StringBuilder();
    a.generateDay(0, outA);
    a.generateDay(1, outA);
    b.generateDay(0, outB);
    b.generateDay(1, outB);

    assertThat(outA.toString()).isEqualTo(outB.toString());
    assertThat(a.ingressCost(DemoCatalog.ALPHA, 1)).isEqualTo(b.ingressCost(DemoCatalog.ALPHA, 1));
    assertThat(a.ingressCost(DemoCatalog.ALPHA, 1)).isGreaterThan(BigDecimal.ZERO);
    assertThat(a.egressCost(DemoCatalog.DELTA, 0)).isGreaterThan(BigDecimal.ZERO);
    assertThat(a.ingressCost(DemoCatalog.DELTA, 0)).isZero();
  }

  @Test
  void rowsAreStampedWithTheirOwnUtcDay() {
    StringBuilder out = new StringBuilder();
    new TrafficGenerator(1L, FIRST_DAY, 2).generateDay(1, out);

    for (String line : out.toString().split("\n")) {
      assertThat(line).startsWith("2024-02-10 ");
    }
  }
}
