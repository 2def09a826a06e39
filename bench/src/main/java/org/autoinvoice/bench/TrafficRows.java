package org.autoinvoice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.autoinvoice.bench.TrafficPlan.Carrier;
import org.autoinvoice.bench.TrafficPlan.Destination;

/**
 * Generates the hourly {@code cdr_report_detail} rows of one UTC day in COPY text format, on the
 * fly and in chunks: per hour, per carrier, per (ingress trunk, destination) cell that carries
 * traffic in that hour (geometric skipping over the cells, so sparse carriers cost little). The
 * same plan, seed and day give the same rows.
 */
public final class TrafficRows {
  /** Columns in the order the rows are written. */
  public static final List<String> COLUMNS =
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
          "duration",
          "not_zero_calls",
          "not_zero_calls_6",
          "call_12s",
          "call_18s",
          "call_24s",
          "not_zero_calls_30",
          "duration_6",
          "duration_30",
          "inter_not_zero_calls",
          "intra_not_zero_calls",
          "inter_duration",
          "intra_duration",
          "lrn_calls",
          "lnp_cost",
          "pdd",
          "release_cause");

  /** Receives finished chunks of COPY text. */
  public interface Sink {
    void write(byte[] bytes, int length) throws IOException;
  }

  private static final int CHUNK = 1 << 20;

  private final TrafficPlan plan;
  private final long seed;
  private final LocalDate firstDay;

  public TrafficRows(TrafficPlan plan, long seed, LocalDate firstDay) {
    this.plan = plan;
    this.seed = seed;
    this.firstDay = firstDay;
  }

  /** Writes the rows of day {@code dayIndex} to {@code sink}; returns how many it wrote. */
  public long writeDay(int dayIndex, Sink sink) throws IOException {
    SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (dayIndex + 1)));
    LocalDate day = firstDay.plusDays(dayIndex);
    long oldRateDate = firstDay.minusDays(30).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    int changeIndex = plan.days() / 2;
    long newRateDate = firstDay.plusDays(changeIndex).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long vendorRateDate = firstDay.minusDays(45).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    Ascii out = new Ascii(CHUNK + 64 * 1024);
    long rows = 0;
    List<Destination> catalogue = plan.destinations();
    for (int hour = 0; hour < 24; hour++) {
      byte[] reportTime =
          (day + " " + (hour < 10 ? "0" : "") + hour + ":00:00+00")
              .getBytes(StandardCharsets.US_ASCII);
      double hourFactor = TrafficPlan.HOUR_FACTOR[hour] / TrafficPlan.MEAN_HOUR_FACTOR;
      for (Carrier c : plan.carriers()) {
        double p = Math.min(1.0, c.density() * hourFactor);
        if (p <= 0) {
          continue;
        }
        int cells = c.cells();
        double logQ = p >= 1.0 ? 0 : Math.log1p(-p);
        int cell = -1;
        boolean newRate = c.rateChange() && dayIndex >= changeIndex;
        while (true) {
          if (p >= 1.0) {
            cell++;
          } else {
            double u = random.nextDouble();
            cell += 1 + (int) Math.min(Integer.MAX_VALUE / 2, Math.floor(Math.log1p(-u) / logQ));
          }
          if (cell >= cells) {
            break;
          }
          int trunk = cell / c.destinations().length;
          int destIndex = c.destinations()[cell % c.destinations().length];
          Destination dest = catalogue.get(destIndex);
          int vendor = destIndex % plan.vendorCount();
          if (vendor + 1 == c.clientId()) {
            vendor = (vendor + 1) % plan.vendorCount();
          }
          long clientRate = dest.rateMicros() * (1000 + c.markupPerMille()) / 1000;
          if (newRate) {
            clientRate = clientRate * 104 / 100;
          }
          long vendorRate = dest.rateMicros() * 85 / 100;
          writeRow(
              out,
              random,
              reportTime,
              c,
              trunk,
              dest,
              clientRate,
              newRate ? newRateDate : oldRateDate,
              vendor,
              vendorRate,
              vendorRateDate);
          rows++;
          if (out.length() >= CHUNK) {
            sink.write(out.bytes(), out.length());
            out.reset();
          }
        }
      }
    }
    if (out.length() > 0) {
      sink.write(out.bytes(), out.length());
    }
    return rows;
  }

  private void writeRow(
      Ascii o,
      SplittableRandom random,
      byte[] reportTime,
      Carrier c,
      int trunk,
      Destination dest,
      long clientRate,
      long clientRateDate,
      int vendor,
      long vendorRate,
      long vendorRateDate) {
    int attempts = 1 + random.nextInt(2 * c.meanAttempts());
    int answered = (int) (attempts * (0.35 + 0.25 * random.nextDouble()));
    int busy = (int) ((attempts - answered) * (0.2 + 0.2 * random.nextDouble()));
    int cancel = (int) ((attempts - answered - busy) * (0.3 + 0.3 * random.nextDouble()));
    int s6 = (int) (answered * (0.02 + 0.10 * random.nextDouble()));
    int s12 = (int) (answered * (0.02 + 0.04 * random.nextDouble()));
    int s18 = (int) (answered * (0.01 + 0.03 * random.nextDouble()));
    int s24 = (int) (answered * (0.01 + 0.03 * random.nextDouble()));
    int s30 = (int) (answered * (0.01 + 0.03 * random.nextDouble()));
    int longCalls = answered - s6 - s12 - s18 - s24 - s30;
    int duration6 = (int) Math.round(s6 * (2.5 + 2.0 * random.nextDouble()));
    int duration30 = duration6 + s12 * 9 + s18 * 15 + s24 * 21 + s30 * 27;
    int duration = duration30 + (int) Math.round(longCalls * (60 + 200 * random.nextDouble()));
    int bill = answered == 0 ? 0 : duration + answered * 3;
    int vendorBill = answered == 0 ? 0 : duration + answered * 5;
    long cost = costMicros(bill, clientRate);
    long vendorCost = costMicros(vendorBill, vendorRate);
    int billInter = dest.us() ? bill * 6 / 10 : 0;
    int billIntra = dest.us() ? bill * 3 / 10 : 0;
    int vendorId = vendor + 1;

    o.add(reportTime).tab().add(c.clientId()).tab().add(c.trunkIds()[trunk]).tab();
    o.add(c.techPrefixes()[trunk]).tab().add(dest.code()).tab().add(dest.codeName()).tab();
    o.add(dest.country()).tab().decimal(clientRate, 6).tab().add(clientRateDate).tab();
    o.add(c.clientId()).tab().add(attempts).tab().add(answered).tab().add(busy).tab();
    o.add(cancel).tab().add(bill).tab().decimal(cost, 6).tab().add(billInter).tab();
    o.add(billIntra).tab().decimal(costMicros(billInter, clientRate), 6).tab();
    o.decimal(costMicros(billIntra, clientRate), 6).tab();
    o.add(vendorId).tab().add(plan.vendorTrunkId(vendor)).tab().add(dest.code()).tab();
    o.add(dest.codeName()).tab().add(dest.country()).tab().decimal(vendorRate, 6).tab();
    o.add(vendorRateDate).tab().add(attempts).tab().add(answered).tab().add(busy).tab();
    o.add(cancel).tab().add(vendorBill).tab().decimal(vendorCost, 6).tab();
    o.add(duration).tab().add(answered).tab().add(s6).tab().add(s12).tab().add(s18).tab();
    o.add(s24).tab().add(s30).tab().add(duration6).tab().add(duration30).tab();
    o.add(dest.us() ? answered * 6 / 10 : 0).tab().add(dest.us() ? answered * 3 / 10 : 0).tab();
    o.add(dest.us() ? duration * 6 / 10 : 0).tab().add(dest.us() ? duration * 3 / 10 : 0).tab();
    if (dest.us()) {
      o.add(attempts).tab().decimal(attempts * 80_000L, 8).tab();
    } else {
      o.nul().tab().nul().tab();
    }
    o.add(1500 + random.nextInt(3000)).tab().add(16).newline();
  }

  /** Cost in micro-units of {@code billSeconds} at {@code rateMicros} per minute, half up. */
  static long costMicros(long billSeconds, long rateMicros) {
    return (billSeconds * rateMicros * 2 + 60) / 120;
  }

  /** A growable ASCII byte buffer for COPY text. */
  static final class Ascii {
    private byte[] buf;
    private int len;
    private final byte[] digits = new byte[24];

    Ascii(int capacity) {
      buf = new byte[capacity];
    }

    byte[] bytes() {
      return buf;
    }

    int length() {
      return len;
    }

    void reset() {
      len = 0;
    }

    private void ensure(int extra) {
      if (len + extra > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
      }
    }

    Ascii add(byte[] bytes) {
      ensure(bytes.length);
      System.arraycopy(bytes, 0, buf, len, bytes.length);
      len += bytes.length;
      return this;
    }

    Ascii add(String s) {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        buf[len++] = (byte) s.charAt(i);
      }
      return this;
    }

    Ascii add(long v) {
      ensure(24);
      if (v < 0) {
        buf[len++] = '-';
        v = -v;
      }
      int n = 0;
      do {
        digits[n++] = (byte) ('0' + (v % 10));
        v /= 10;
      } while (v > 0);
      while (n > 0) {
        buf[len++] = digits[--n];
      }
      return this;
    }

    /** {@code units} / 10^scale as a plain decimal with {@code scale} digits. */
    Ascii decimal(long units, int scale) {
      long pow = 1;
      for (int i = 0; i < scale; i++) {
        pow *= 10;
      }
      add(units / pow);
      ensure(scale + 1);
      buf[len++] = '.';
      long frac = units % pow;
      for (long p = pow / 10; p > 0; p /= 10) {
        buf[len++] = (byte) ('0' + (frac / p) % 10);
      }
      return this;
    }

    Ascii tab() {
      ensure(1);
      buf[len++] = '\t';
      return this;
    }

    Ascii nul() {
      ensure(2);
      buf[len++] = '\\';
      buf[len++] = 'N';
      return this;
    }

    void newline() {
      ensure(1);
      buf[len++] = '\n';
    }
  }
}
