package org.autoinvoice.adapters.persistence.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.autoinvoice.adapters.persistence.demo.DemoCatalog.Destination;
import org.autoinvoice.adapters.persistence.demo.DemoCatalog.Trunk;

/**
 * Generates hourly {@code cdr_report_detail} rows (COPY text format) for one UTC day at a time and
 * keeps each carrier's daily ingress and egress cost; the same seed and days give the same rows.
 */
final class TrafficGenerator {

  /** Columns in the order {@link #generateDay} writes them. */
  static final List<String> COLUMNS =
      List.of(
          "report_time",
          "ingress_client_id",
          "ingress_id",
          "ingress_prefix",
          "ingress_code",
          "ingress_code_name",
          "ingress_country",
          "ingress_rate",
          "ingress_rate_date",
          "ingress_rate_table_id",
          "ingress_total_calls",
          "ingress_success_calls",
          "ingress_busy_calls",
          "ingress_cancel_calls",
          "ingress_bill_time",
          "ingress_call_cost",
          "ingress_bill_time_inter",
          "ingress_bill_time_intra",
          "ingress_call_cost_inter",
          "ingress_call_cost_intra",
          "egress_client_id",
          "egress_id",
          "egress_code",
          "egress_code_name",
          "egress_country",
          "egress_rate",
          "egress_rate_date",
          "egress_total_calls",
          "egress_success_calls",
          "egress_busy_calls",
          "egress_cancel_calls",
          "egress_bill_time",
          "egress_call_cost",
          "egress_bill_time_inter",
          "egress_bill_time_intra",
          "egress_call_cost_inter",
          "egress_call_cost_intra",
          "duration",
          "not_zero_calls",
          "not_zero_calls_6",
          "call_12s",
          "call_18s",
          "call_24s",
          "not_zero_calls_30",
          "duration_6",
          "duration_30",
          "inter_ingress_total_calls",
          "intra_ingress_total_calls",
          "inter_not_zero_calls",
          "intra_not_zero_calls",
          "inter_duration",
          "intra_duration",
          "lrn_calls",
          "lnp_cost",
          "pdd");

  /** Relative traffic per UTC hour of the day. */
  private static final double[] HOUR_FACTOR = {
    0.15, 0.10, 0.08, 0.06, 0.06, 0.08, 0.15, 0.30, 0.50, 0.70, 0.85, 0.95,
    1.00, 1.00, 0.95, 0.95, 0.90, 0.85, 0.75, 0.65, 0.55, 0.45, 0.35, 0.25
  };

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal LNP_DIP_RATE = new BigDecimal("0.00080000");
  private static final DateTimeFormatter HOUR_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00:00+00");
  private static final String NULL = "\\N";

  private final SplittableRandom random;
  private final LocalDate firstDay;
  private final LocalDate rateChangeDay;
  private final Map<Integer, BigDecimal[]> ingressCost = new HashMap<>();
  private final Map<Integer, BigDecimal[]> egressCost = new HashMap<>();

  TrafficGenerator(long seed, LocalDate firstDay, int days) {
    this.random = new SplittableRandom(seed);
    this.firstDay = firstDay;
    this.rateChangeDay = firstDay.plusDays(days * 4L / 7);
    for (int clientId : DemoCatalog.CLIENT_IDS) {
      ingressCost.put(clientId, zeros(days));
      egressCost.put(clientId, zeros(days));
    }
  }

  /** Sum of {@code ingress_call_cost} of a client on day index {@code dayIndex}. */
  BigDecimal ingressCost(int clientId, int dayIndex) {
    return ingressCost.get(clientId)[dayIndex];
  }

  /** Sum of {@code egress_call_cost} of a vendor on day index {@code dayIndex}. */
  BigDecimal egressCost(int clientId, int dayIndex) {
    return egressCost.get(clientId)[dayIndex];
  }

  /** Appends the rows of day {@code dayIndex} to {@code out}; returns how many it wrote. */
  int generateDay(int dayIndex, StringBuilder out) {
    LocalDate day = firstDay.plusDays(dayIndex);
    double weekFactor =
        day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
            ? 0.6
            : 1.0;
    int rows = 0;
    for (int hour = 0; hour < 24; hour++) {
      String reportTime = day.atTime(hour, 0).format(HOUR_FORMAT);
      for (Trunk trunk : DemoCatalog.TRUNKS) {
        if (!trunk.ingress()) {
          continue;
        }
        for (int destIndex : DemoCatalog.destinationsOf(trunk.resourceId())) {
          Destination dest = DemoCatalog.DESTINATIONS.get(destIndex);
          List<Trunk> routes =
              dest.vendorTrunks().stream()
                  .map(DemoCatalog::trunk)
                  .filter(v -> v.clientId() != trunk.clientId())
                  .toList();
          double load = trunk.baseAttemptsPerHour() * HOUR_FACTOR[hour] * weekFactor;
          double destShare = 1.0 / (1 + destIndex % 3);
          int attempts = (int) Math.round(load * destShare * (0.6 + 0.8 * random.nextDouble()));
          if (attempts == 0) {
            continue;
          }
          boolean overflow = routes.size() > 1 && random.nextDouble() < 0.3;
          int primaryAttempts = overflow ? Math.max(1, attempts * 3 / 4) : attempts;
          rows += row(out, reportTime, dayIndex, trunk, dest, routes.get(0), primaryAttempts);
          if (overflow && attempts > primaryAttempts) {
            rows +=
                row(
                    out,
                    reportTime,
                    dayIndex,
                    trunk,
                    dest,
                    routes.get(1),
                    attempts - primaryAttempts);
          }
        }
      }
    }
    return rows;
  }

  private int row(
      StringBuilder out,
      String reportTime,
      int dayIndex,
      Trunk ingress,
      Destination dest,
      Trunk egress,
      int attempts) {
    LocalDate day = firstDay.plusDays(dayIndex);
    boolean newRate = !day.isBefore(rateChangeDay);
    BigDecimal clientRate =
        dest.clientRate()
            .multiply(BigDecimal.ONE.add(BigDecimal.valueOf(ingress.resourceId() % 5, 2)))
            .multiply(newRate ? new BigDecimal("1.04") : BigDecimal.ONE)
            .setScale(6, RoundingMode.HALF_UP);
    BigDecimal vendorRate =
        dest.vendorRate()
            .multiply(BigDecimal.ONE.add(BigDecimal.valueOf(egress.resourceId() % 7, 2)))
            .setScale(6, RoundingMode.HALF_UP);
    long clientRateDate =
        (newRate ? rateChangeDay : firstDay.minusDays(30))
            .atStartOfDay()
            .toEpochSecond(ZoneOffset.UTC);
    long vendorRateDate = firstDay.minusDays(45).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

    int answered = (int) Math.floor(attempts * (0.35 + 0.25 * random.nextDouble()));
    int busy = (int) Math.floor((attempts - answered) * (0.2 + 0.2 * random.nextDouble()));
    int cancel = (int) Math.floor((attempts - answered - busy) * (0.3 + 0.3 * random.nextDouble()));
    int s6 = (int) Math.floor(answered * (0.02 + 0.10 * random.nextDouble()));
    int s12 = (int) Math.floor(answered * (0.02 + 0.04 * random.nextDouble()));
    int s18 = (int) Math.floor(answered * (0.01 + 0.03 * random.nextDouble()));
    int s24 = (int) Math.floor(answered * (0.01 + 0.03 * random.nextDouble()));
    int s30 = (int) Math.floor(answered * (0.01 + 0.03 * random.nextDouble()));
    int longCalls = answered - s6 - s12 - s18 - s24 - s30;
    int duration6 = (int) Math.round(s6 * (2.5 + 2.0 * random.nextDouble()));
    int duration30 = duration6 + s12 * 9 + s18 * 15 + s24 * 21 + s30 * 27;
    int duration = duration30 + (int) Math.round(longCalls * (60 + 200 * random.nextDouble()));
    int ingressBill = answered == 0 ? 0 : duration + answered * ingress.billingPadSeconds();
    int egressBill = answered == 0 ? 0 : duration + answered * egress.billingPadSeconds();
    BigDecimal ingressCostValue = cost(ingressBill, clientRate);
    BigDecimal egressCostValue = cost(egressBill, vendorRate);
    ingressCost.get(ingress.clientId())[dayIndex] =
        ingressCost.get(ingress.clientId())[dayIndex].add(ingressCostValue);
    egressCost.get(egress.clientId())[dayIndex] =
        egressCost.get(egress.clientId())[dayIndex].add(egressCostValue);

    double inter = dest.us() ? 0.5 + 0.2 * random.nextDouble() : 0;
    double intra = dest.us() ? (1 - inter) * (0.5 + 0.4 * random.nextDouble()) : 0;
    boolean nullSplits = !dest.us() && random.nextInt(25) == 0;
    String prefix = ingress.techPrefixes().get(random.nextInt(ingress.techPrefixes().size()));
    boolean lrn =
        dest.us()
            && (ingress.clientId() == DemoCatalog.BRAVO || ingress.clientId() == DemoCatalog.ECHO);
    boolean nullPdd = random.nextInt(40) == 0;
    long pdd = 1500 + random.nextInt(3000);
    boolean nullCall24 = s24 == 0 && random.nextInt(3) == 0;

    Fields f = new Fields(out);
    f.add(reportTime).add(ingress.clientId()).add(ingress.resourceId()).add(prefix);
    f.add(dest.code()).add(dest.codeName()).add(dest.country());
    f.add(clientRate.toPlainString()).add(clientRateDate).add(ingress.rateTableId());
    f.add(attempts)
        .add(answered)
        .add(busy)
        .add(cancel)
        .add(ingressBill)
        .add(ingressCostValue.toPlainString());
    splits(f, nullSplits, ingressBill, inter, intra, clientRate);
    f.add(egress.clientId())
        .add(egress.resourceId())
        .add(dest.code())
        .add(dest.codeName())
        .add(dest.country());
    f.add(vendorRate.toPlainString()).add(vendorRateDate);
    f.add(attempts)
        .add(answered)
        .add(busy)
        .add(cancel)
        .add(egressBill)
        .add(egressCostValue.toPlainString());
    splits(f, nullSplits, egressBill, inter, intra, vendorRate);
    f.add(duration).add(answered).add(s6).add(s12).add(s18);
    f.add(nullCall24 ? NULL : Integer.toString(s24)).add(s30).add(duration6).add(duration30);
    f.add(floor(attempts, inter)).add(floor(attempts, intra));
    f.add(floor(answered, inter)).add(floor(answered, intra));
    f.add(floor(duration, inter)).add(floor(duration, intra));
    f.add(lrn ? Integer.toString(attempts) : NULL);
    f.add(lrn ? LNP_DIP_RATE.multiply(BigDecimal.valueOf(attempts)).toPlainString() : NULL);
    f.add(nullPdd ? NULL : Long.toString(pdd));
    f.end();
    return 1;
  }

  private static void splits(
      Fields f, boolean nullSplits, int bill, double inter, double intra, BigDecimal rate) {
    if (nullSplits) {
      f.add(NULL).add(NULL).add(NULL).add(NULL);
      return;
    }
    int billInter = floor(bill, inter);
    int billIntra = floor(bill, intra);
    f.add(billInter).add(billIntra);
    f.add(cost(billInter, rate).toPlainString()).add(cost(billIntra, rate).toPlainString());
  }

  private static int floor(int value, double share) {
    return (int) Math.floor(value * share);
  }

  private static BigDecimal cost(int billSeconds, BigDecimal rate) {
    return BigDecimal.valueOf(billSeconds).multiply(rate).divide(SIXTY, 6, RoundingMode.HALF_UP);
  }

  private static BigDecimal[] zeros(int days) {
    BigDecimal[] values = new BigDecimal[days];
    java.util.Arrays.fill(values, BigDecimal.ZERO);
    return values;
  }

  /** Tab-separated fields of one COPY text row. */
  private static final class Fields {
    private final StringBuilder out;
    private boolean first = true;

    Fields(StringBuilder out) {
      this.out = out;
    }

    Fields add(String value) {
      if (!first) {
        out.append('\t');
      }
      first = false;
      out.append(value);
      return this;
    }

    Fields add(long value) {
      return add(Long.toString(value));
    }

    void end() {
      out.append('\n');
    }
  }
}
