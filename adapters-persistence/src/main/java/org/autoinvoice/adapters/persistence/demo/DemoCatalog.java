package org.autoinvoice.adapters.persistence.demo;

import java.math.BigDecimal;
import java.util.List;

/** The fixed part of the demo data set: carriers, trunks, tech prefixes and destinations. */
final class DemoCatalog {

  /** A carrier's opening balances (the day before the first traffic day). */
  record Opening(BigDecimal ingress, BigDecimal egress) {}

  /** A trunk; {@code billingPadSeconds} is the average round-up of its billing increment. */
  record Trunk(
      int resourceId,
      String name,
      String alias,
      int clientId,
      boolean ingress,
      List<String> techPrefixes,
      int rateTableId,
      int billingPadSeconds,
      int baseAttemptsPerHour) {}

  /** A destination with the client's and the vendor's base rate per minute. */
  record Destination(
      String code,
      String codeName,
      String country,
      BigDecimal clientRate,
      BigDecimal vendorRate,
      boolean us,
      List<Integer> vendorTrunks) {}

  static final int ALPHA = 1;
  static final int BRAVO = 2;
  static final int CHARLIE = 3;
  static final int DELTA = 4;
  static final int ECHO = 5;
  static final int FOXTROT = 6;
  static final int GOLF = 7;

  static final List<Integer> CLIENT_IDS =
      List.of(ALPHA, BRAVO, CHARLIE, DELTA, ECHO, FOXTROT, GOLF);

  static final List<Trunk> TRUNKS =
      List.of(
          new Trunk(101, "ALPHA_IN_NY", "Alpha-NY", ALPHA, true, List.of("", "101"), 11, 3, 90),
          new Trunk(102, "ALPHA_IN_LA", "Alpha-LA", ALPHA, true, List.of("102"), 11, 3, 40),
          new Trunk(103, "BRAVO_IN_LON", "Bravo-LON", BRAVO, true, List.of(""), 12, 0, 120),
          new Trunk(104, "CHARLIE_IN_JNB", "Charlie-JNB", CHARLIE, true, List.of("55"), 13, 3, 60),
          new Trunk(105, "ECHO_IN_SIN", "Echo-SIN", ECHO, true, List.of("", "77"), 14, 0, 70),
          new Trunk(106, "GOLF_IN_DXB", "Golf-DXB", GOLF, true, List.of(""), 15, 30, 25),
          new Trunk(201, "BRAVO_OUT", "Bravo-Term", BRAVO, false, List.of(), 21, 0, 0),
          new Trunk(202, "DELTA_OUT_A", "Delta-A", DELTA, false, List.of(), 22, 0, 0),
          new Trunk(203, "DELTA_OUT_B", "Delta-B", DELTA, false, List.of(), 23, 3, 0),
          new Trunk(204, "ECHO_OUT", "Echo-Term", ECHO, false, List.of(), 24, 0, 0),
          new Trunk(205, "FOXTROT_OUT", "Foxtrot-Premium", FOXTROT, false, List.of(), 25, 3, 0));

  static final List<Destination> DESTINATIONS =
      List.of(
          dest(
              "1907", "USA - Alaska", "United States", "0.012000", "0.008500", true, 202, 201, 204),
          dest("1212", "USA - New York", "United States", "0.007500", "0.005000", true, 202, 204),
          dest("1310", "USA - California", "United States", "0.007000", "0.004800", true, 204, 202),
          dest("4420", "UK - London", "United Kingdom", "0.009000", "0.006200", false, 201, 205),
          dest(
              "447", "UK - Mobile", "United Kingdom", "0.025000", "0.019000", false, 205, 201, 203),
          dest("4915", "Germany - Mobile", "Germany", "0.045000", "0.038000", false, 205, 202),
          dest(
              "9715",
              "UAE - Mobile",
              "United Arab Emirates",
              "0.165000",
              "0.140000",
              false,
              203,
              205),
          dest("6591", "Singapore - Mobile", "Singapore", "0.018000", "0.013000", false, 204, 202),
          dest(
              "2782",
              "South Africa - Mobile",
              "South Africa",
              "0.055000",
              "0.046000",
              false,
              203,
              201),
          dest("52", "Mexico - Fixed", "Mexico", "0.009500", "0.007000", false, 202, 204));

  /** Destination indexes (into {@link #DESTINATIONS}) each ingress trunk sends traffic to. */
  static List<Integer> destinationsOf(int ingressResourceId) {
    return switch (ingressResourceId) {
      case 101 -> List.of(0, 1, 2, 9, 4);
      case 102 -> List.of(1, 2, 9);
      case 103 -> List.of(3, 4, 5, 0, 1, 8);
      case 104 -> List.of(8, 4, 6, 3);
      case 105 -> List.of(7, 2, 1, 6, 4);
      case 106 -> List.of(6, 4, 5);
      default ->
          throw new IllegalArgumentException("trunk " + ingressResourceId + " is no ingress");
    };
  }

  static Trunk trunk(int resourceId) {
    return TRUNKS.stream()
        .filter(t -> t.resourceId() == resourceId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown trunk " + resourceId));
  }

  static Opening opening(int clientId) {
    return switch (clientId) {
      case ALPHA -> opening("1200.00", "0");
      case BRAVO -> opening("-2500.00", "900.00");
      case CHARLIE -> opening("-800.00", "0");
      case DELTA -> opening("0", "5200.00");
      case ECHO -> opening("600.00", "700.00");
      case FOXTROT -> opening("0", "2600.00");
      case GOLF -> opening("300.00", "0");
      default -> throw new IllegalArgumentException("unknown client " + clientId);
    };
  }

  private static Opening opening(String ingress, String egress) {
    return new Opening(new BigDecimal(ingress), new BigDecimal(egress));
  }

  private static Destination dest(
      String code,
      String name,
      String country,
      String clientRate,
      String vendorRate,
      boolean us,
      Integer... vendorTrunks) {
    return new Destination(
        code,
        name,
        country,
        new BigDecimal(clientRate),
        new BigDecimal(vendorRate),
        us,
        List.of(vendorTrunks));
  }

  private DemoCatalog() {}
}
