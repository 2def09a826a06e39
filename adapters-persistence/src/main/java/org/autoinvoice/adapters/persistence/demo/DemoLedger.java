package org.autoinvoice.adapters.persistence.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo money movements ({@code client_payment}) and the daily actual and mutual balances they
 * produce together with the generated traffic, following the DNL balance formulas.
 */
final class DemoLedger {

  /** One {@code client_payment} row; {@code dayIndex} counts from the first traffic day. */
  record Payment(
      int clientId,
      int dayIndex,
      int paymentType,
      BigDecimal amount,
      int paymentMethod,
      String description) {}

  /** One client's balances at the end of one day. */
  record DailyBalance(
      int clientId,
      int dayIndex,
      BigDecimal paymentReceived,
      BigDecimal creditNoteSent,
      BigDecimal shortCharges,
      BigDecimal ingressTraffic,
      BigDecimal egressTraffic,
      BigDecimal actualIngress,
      BigDecimal actualEgress,
      BigDecimal mutualIngress,
      BigDecimal mutualEgress) {

    BigDecimal actual() {
      return actualIngress.add(actualEgress);
    }

    BigDecimal mutual() {
      return mutualIngress.add(mutualEgress);
    }
  }

  private DemoLedger() {}

  /** The payments of the demo period, in day order. */
  static List<Payment> payments(int days) {
    List<Payment> payments = new ArrayList<>();
    for (int day = 0; day < days; day++) {
      if (day % 7 == 0) {
        payments.add(prepay(DemoCatalog.ALPHA, day, "2500.00"));
        payments.add(prepay(DemoCatalog.ECHO, day, "1500.00"));
        payments.add(prepay(DemoCatalog.GOLF, day, "800.00"));
      }
      if (day % 15 == 3) {
        payments.add(
            new Payment(
                DemoCatalog.BRAVO, day, 4, money(day == 3 ? "3000.00" : "3200.00"), 2, "Wire"));
        payments.add(
            new Payment(
                DemoCatalog.CHARLIE, day, 4, money(day == 3 ? "1800.00" : "1750.00"), 2, "Wire"));
      }
    }
    payments.add(
        new Payment(
            DemoCatalog.BRAVO,
            10,
            8,
            money("25.50"),
            0,
            "Credit note: disputed UK - Mobile calls"));
    payments.add(
        new Payment(
            DemoCatalog.CHARLIE, Math.min(25, days - 1), 8, money("12.00"), 0, "Credit note"));
    payments.add(new Payment(DemoCatalog.ALPHA, 7, 15, money("8.7500"), 0, "Short call surcharge"));
    payments.add(
        new Payment(DemoCatalog.CHARLIE, 14, 15, money("14.20"), 0, "Short call surcharge"));
    payments.sort(
        java.util.Comparator.comparingInt(Payment::dayIndex).thenComparingInt(Payment::clientId));
    return List.copyOf(payments);
  }

  /**
   * Daily balances per client: actual ingress += payments received (4, 5) + credit notes sent (8) −
   * ingress traffic − short charges (15); actual egress += egress traffic; mutual ingress +=
   * payments received + credit notes sent (no invoice issued yet); mutual egress stays.
   */
  static List<DailyBalance> balances(TrafficGenerator traffic, List<Payment> payments, int days) {
    List<DailyBalance> rows = new ArrayList<>();
    for (int clientId : DemoCatalog.CLIENT_IDS) {
      DemoCatalog.Opening opening = DemoCatalog.opening(clientId);
      BigDecimal ai = opening.ingress();
      BigDecimal ae = opening.egress();
      BigDecimal mi = opening.ingress();
      BigDecimal me = opening.egress();
      for (int day = 0; day < days; day++) {
        BigDecimal received = sum(payments, clientId, day, 4, 5);
        BigDecimal creditNotes = sum(payments, clientId, day, 8);
        BigDecimal shortCharges = sum(payments, clientId, day, 15);
        BigDecimal in = traffic.ingressCost(clientId, day);
        BigDecimal out = traffic.egressCost(clientId, day);
        ai = ai.add(received).add(creditNotes).subtract(in).subtract(shortCharges);
        ae = ae.add(out);
        mi = mi.add(received).add(creditNotes);
        rows.add(
            new DailyBalance(
                clientId, day, received, creditNotes, shortCharges, in, out, ai, ae, mi, me));
      }
    }
    return List.copyOf(rows);
  }

  private static BigDecimal sum(List<Payment> payments, int clientId, int day, int... types) {
    BigDecimal total = BigDecimal.ZERO;
    for (Payment p : payments) {
      if (p.clientId() == clientId && p.dayIndex() == day) {
        for (int type : types) {
          if (p.paymentType() == type) {
            total = total.add(p.amount());
          }
        }
      }
    }
    return total;
  }

  private static Payment prepay(int clientId, int day, String amount) {
    return new Payment(clientId, day, 5, money(amount), 1, "Prepayment");
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }
}
