package org.autoinvoice.adapters.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoLedgerTest {

  @Test
  void actualBalanceFollowsPaymentsAndTraffic() {
    int days = 35;
    TrafficGenerator traffic = new TrafficGenerator(3L, LocalDate.of(2024, 1, 1), days);
    for (int d = 0; d < days; d++) {
      traffic.generateDay(d, new StringBuilder());
    }
    List<DemoLedger.Payment> payments = DemoLedger.payments(days);
    List<DemoLedger.DailyBalance> balances = DemoLedger.balances(traffic, payments, days);

    assertThat(balances).hasSize(DemoCatalog.CLIENT_IDS.size() * days);
    BigDecimal expected = DemoCatalog.opening(DemoCatalog.ALPHA).ingress();
    for (int d = 0; d < days; d++) {
      final int day = d;
      for (DemoLedger.Payment p : payments) {
        if (p.clientId() == DemoCatalog.ALPHA && p.dayIndex() == day) {
          expected =
              p.paymentType() == 15 ? expected.subtract(p.amount()) : expected.add(p.amount());
        }
      }
      expected = expected.subtract(traffic.ingressCost(DemoCatalog.ALPHA, day));
    }
    DemoLedger.DailyBalance last =
        balances.stream()
            .filter(b -> b.clientId() == DemoCatalog.ALPHA && b.dayIndex() == days - 1)
            .findFirst()
            .orElseThrow();
    assertThat(last.actualIngress()).isEqualByComparingTo(expected);
    assertThat(last.actualEgress()).isEqualByComparingTo(BigDecimal.ZERO);
  }
}
