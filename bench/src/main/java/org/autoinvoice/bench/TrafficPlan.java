package org.autoinvoice.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shape of the generated traffic: a catalogue of destinations, and per carrier its ingress
 * trunks, the destinations it sends to and how densely its (hour, trunk, destination) cells carry
 * traffic. Carrier sizes follow Zipf (weight 1/rank): a few very large carriers, a long tail of
 * small ones; a carrier never exceeds {@value #MAX_DENSITY} of its cells, the rest of the target is
 * spread over the others (water filling), so the expected row count meets the target.
 */
public final class TrafficPlan {
  /** Destinations in the catalogue (also the most a carrier sends to). */
  public static final int DESTINATIONS = 400;

  /** Relative traffic per UTC hour. */
  static final double[] HOUR_FACTOR = {
    0.15, 0.10, 0.08, 0.06, 0.06, 0.08, 0.15, 0.30, 0.50, 0.70, 0.85, 0.95,
    1.00, 1.00, 0.95, 0.95, 0.90, 0.85, 0.75, 0.65, 0.55, 0.45, 0.35, 0.25
  };

  static final double MEAN_HOUR_FACTOR;

  static {
    double s = 0;
    for (double f : HOUR_FACTOR) {
      s += f;
    }
    MEAN_HOUR_FACTOR = s / HOUR_FACTOR.length;
  }

  /** Largest share of a carrier's cells with traffic (so the busiest hour stays below 1). */
  static final double MAX_DENSITY = 0.55;

  private static final String[][] COUNTRIES = {
    {"1", "United States"},
    {"44", "United Kingdom"},
    {"49", "Germany"},
    {"33", "France"},
    {"39", "Italy"},
    {"34", "Spain"},
    {"52", "Mexico"},
    {"55", "Brazil"},
    {"91", "India"},
    {"86", "China"},
    {"63", "Philippines"},
    {"234", "Nigeria"},
    {"254", "Kenya"},
    {"27", "South Africa"},
    {"971", "United Arab Emirates"},
    {"966", "Saudi Arabia"},
    {"92", "Pakistan"},
    {"880", "Bangladesh"},
    {"62", "Indonesia"},
    {"84", "Vietnam"},
    {"57", "Colombia"},
    {"51", "Peru"},
    {"54", "Argentina"},
    {"7", "Russia"},
    {"380", "Ukraine"},
    {"48", "Poland"},
    {"40", "Romania"},
    {"90", "Turkey"},
    {"20", "Egypt"},
    {"212", "Morocco"},
    {"61", "Australia"},
    {"81", "Japan"},
    {"82", "South Korea"},
    {"66", "Thailand"},
    {"60", "Malaysia"},
    {"65", "Singapore"},
    {"353", "Ireland"},
    {"31", "Netherlands"},
    {"32", "Belgium"},
    {"41", "Switzerland"}
  };

  private static final String[] KINDS = {
    "Fixed",
    "Mobile",
    "Mobile Premium",
    "Fixed Capital",
    "Mobile Other",
    "Special Services",
    "Fixed Other",
    "Mobile MVNO",
    "Paging",
    "Satellite"
  };

  /** One destination: dial code, code name, country, base client rate in micro-units per minute. */
  public record Destination(
      String code, String codeName, String country, long rateMicros, boolean us) {}

  /**
   * One carrier: id, rank (1 = biggest), its ingress trunks (resource ids and tech prefixes), the
   * destinations it sends to (catalogue indices), the traffic density, expected rows, mean attempts
   * per row, rate markup (per mille) and whether its rates change half-way through the period.
   */
  public record Carrier(
      int clientId,
      int rank,
      int[] trunkIds,
      String[] techPrefixes,
      int[] destinations,
      double density,
      double expectedRows,
      int meanAttempts,
      int markupPerMille,
      boolean rateChange) {
    /** Cells per hour: trunks × destinations. */
    public int cells() {
      return trunkIds.length * destinations.length;
    }
  }

  private final List<Destination> destinations;
  private final List<Carrier> carriers;
  private final int vendorCount;
  private final int firstVendorTrunkId;
  private final int days;

  private TrafficPlan(
      List<Destination> destinations,
      List<Carrier> carriers,
      int vendorCount,
      int firstVendorTrunkId,
      int days) {
    this.destinations = destinations;
    this.carriers = carriers;
    this.vendorCount = vendorCount;
    this.firstVendorTrunkId = firstVendorTrunkId;
    this.days = days;
  }

  /** The plan for {@code clients} carriers, {@code days} days and about {@code rows} rows. */
  public static TrafficPlan of(int clients, int days, long rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Destination> catalogue = new ArrayList<>();
    for (int i = 0; i < DESTINATIONS; i++) {
      String[] country = COUNTRIES[i % COUNTRIES.length];
      String kind = KINDS[(i / COUNTRIES.length) % KINDS.length];
      String code = country[0] + (i / COUNTRIES.length + 1) + (i % 7);
      long rate = 2_000 + random.nextLong(150_000); // 0.002 .. 0.152 per minute
      catalogue.add(
          new Destination(
              code, country[1] + " - " + kind, country[1], rate, country[0].equals("1")));
    }
    int hours = 24 * days;
    int[] trunkCounts = new int[clients];
    int[][] dests = new int[clients][];
    double[] weight = new double[clients];
    double[] capacity = new double[clients];
    for (int i = 0; i < clients; i++) {
      int rank = i + 1;
      trunkCounts[i] = rank <= Math.max(1, clients / 100) ? 5 : 1 + random.nextInt(5);
      double size = 10 + 390 * Math.pow(rank, -0.5) * (0.8 + 0.4 * random.nextDouble());
      int n = (int) Math.max(10, Math.min(DESTINATIONS, Math.round(size)));
      dests[i] = sample(random, n);
      weight[i] = 1.0 / rank;
      capacity[i] = (double) trunkCounts[i] * n * hours * MAX_DENSITY;
    }
    double lambda = waterLevel(weight, capacity, rows);
    List<Carrier> carriers = new ArrayList<>();
    int trunkId = 1;
    double maxRows = Math.min(lambda * weight[0], capacity[0]);
    for (int i = 0; i < clients; i++) {
      int[] trunks = new int[trunkCounts[i]];
      String[] prefixes = new String[trunkCounts[i]];
      for (int t = 0; t < trunks.length; t++) {
        trunks[t] = trunkId++;
        prefixes[t] = Integer.toString(10 + t);
      }
      double expected = Math.min(lambda * weight[i], capacity[i]);
      double cells = (double) trunks.length * dests[i].length * hours;
      int meanAttempts = (int) Math.max(2, Math.round(40 * Math.sqrt(expected / maxRows)));
      carriers.add(
          new Carrier(
              i + 1,
              i + 1,
              trunks,
              prefixes,
              dests[i],
              expected / cells,
              expected,
              meanAttempts,
              random.nextInt(200),
              random.nextInt(10) < 3));
    }
    int vendors = Math.max(1, Math.min(50, clients));
    return new TrafficPlan(List.copyOf(catalogue), List.copyOf(carriers), vendors, trunkId, days);
  }

  /** λ such that Σ min(λ·w, cap) = target (or every capacity when the target exceeds them). */
  static double waterLevel(double[] weight, double[] capacity, double target) {
    double lo = 0;
    double hi = 1;
    while (filled(weight, capacity, hi) < target && hi < 1e15) {
      hi *= 2;
    }
    for (int k = 0; k < 100; k++) {
      double mid = (lo + hi) / 2;
      if (filled(weight, capacity, mid) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  private static double filled(double[] weight, double[] capacity, double lambda) {
    double s = 0;
    for (int i = 0; i < weight.length; i++) {
      s += Math.min(lambda * weight[i], capacity[i]);
    }
    return s;
  }

  private static int[] sample(SplittableRandom random, int n) {
    int[] all = new int[DESTINATIONS];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(all.length - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] picked = java.util.Arrays.copyOf(all, n);
    java.util.Arrays.sort(picked);
    return picked;
  }

  public List<Destination> destinations() {
    return destinations;
  }

  public List<Carrier> carriers() {
    return carriers;
  }

  public int days() {
    return days;
  }

  /** Carriers that also terminate traffic (the biggest ones); each has one egress trunk. */
  public int vendorCount() {
    return vendorCount;
  }

  /** Resource id of vendor {@code v}'s egress trunk (0-based vendor index). */
  public int vendorTrunkId(int v) {
    return firstVendorTrunkId + v;
  }

  /** Expected rows over all carriers. */
  public double expectedRows() {
    return carriers.stream().mapToDouble(Carrier::expectedRows).sum();
  }
}
