package org.autoinvoice.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.application.port.out.UsageQuery;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.ShortCallBuckets;
import org.autoinvoice.domain.usage.UsageRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiUsageQueryIT {
  @TempDir static Path dir;
  private static EmbeddedPostgresServer server;
  private static DnlDatabase db;
  private static UsageQuery usage;

  private static final long JAN_15 = Instant.parse("2024-01-15T00:00:00Z").getEpochSecond();
  private static final long JAN_01 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();

  @BeforeAll
  static void start() {
    server = DnlDatabase.startServer(dir);
    db = DnlDatabase.fresh(server);
    usage = db.adapters.usageQuery();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static InvoicePeriod utcPeriod(String start, String endInclusive) {
    return new InvoicePeriod(
        LocalDateTime.parse(start), LocalDateTime.parse(endInclusive), ZoneSpec.UTC);
  }

  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> ingress(
      int client, int trunk, String code, String codeName, long answered, long billSeconds) {
    return row(
        "ingress_client_id",
        client,
        "ingress_id",
        trunk,
        "ingress_code",
        code,
        "ingress_code_name",
        codeName,
        "ingress_total_calls",
        (int) answered,
        "not_zero_calls",
        (int) answered,
        "ingress_bill_time",
        (int) billSeconds,
        "ingress_call_cost",
        new BigDecimal("0.010000").multiply(BigDecimal.valueOf(billSeconds)));
  }

  @Test
  void ingressRowsAreSummedPerGroupWithEveryCounterAndTheTrunkAlias() {
    int c = db.fixtures.client("ingress-client");
    int other = db.fixtures.client("ingress-other");
    int t1 = db.fixtures.trunk(c, "T-ALPHA");
    Map<String, Object> r1 =
        row(
            "ingress_client_id",
            c,
            "ingress_id",
            t1,
            "ingress_prefix",
            "11",
            "ingress_code",
            "1201",
            "ingress_code_name",
            " US-NJ ",
            "ingress_country",
            "US",
            "ingress_rate",
            0.01,
            "ingress_rate_date",
            JAN_15,
            "ingress_total_calls",
            10,
            "not_zero_calls",
            8,
            "ingress_bill_time",
            600,
            "duration",
            590,
            "ingress_call_cost",
            new BigDecimal("6.000001"),
            "ingress_bill_time_inter",
            300,
            "ingress_bill_time_intra",
            200,
            "ingress_call_cost_inter",
            new BigDecimal("3.000000"),
            "ingress_call_cost_intra",
            new BigDecimal("2.000001"),
            "inter_not_zero_calls",
            4,
            "intra_not_zero_calls",
            3,
            "inter_duration",
            290,
            "intra_duration",
            190,
            "not_zero_calls_6",
            1,
            "call_12s",
            1,
            "call_18s",
            0,
            "call_24s",
            1,
            "not_zero_calls_30",
            0,
            "lrn_calls",
            2,
            "lnp_cost",
            new BigDecimal("0.00400000"));
    db.fixtures.cdr(Instant.parse("2024-03-01T01:00:00Z"), r1);
    Map<String, Object> r2 = new HashMap<>(r1);
    r2.putAll(
        row(
            "ingress_code_name",
            "US-NJ",
            "ingress_total_calls",
            5,
            "not_zero_calls",
            4,
            "ingress_bill_time",
            240,
            "duration",
            235,
            "ingress_call_cost",
            new BigDecimal("2.400000"),
            "ingress_bill_time_inter",
            120,
            "ingress_bill_time_intra",
            60,
            "ingress_call_cost_inter",
            new BigDecimal("1.200000"),
            "ingress_call_cost_intra",
            new BigDecimal("0.600000"),
            "inter_not_zero_calls",
            2,
            "intra_not_zero_calls",
            1,
            "inter_duration",
            118,
            "intra_duration",
            58,
            "not_zero_calls_6",
            0,
            "call_12s",
            1,
            "call_18s",
            1,
            "call_24s",
            0,
            "not_zero_calls_30",
            1,
            "lrn_calls",
            1,
            "lnp_cost",
            new BigDecimal("0.00200000")));
    db.fixtures.cdr(Instant.parse("2024-03-01T05:00:00Z"), r2);
    // same keys, next UTC day, only four counters set: every other counter is NULL
    db.fixtures.cdr(
        Instant.parse("2024-03-02T10:00:00Z"),
        row(
            "ingress_client_id",
            c,
            "ingress_id",
            t1,
            "ingress_prefix",
            "11",
            "ingress_code",
            "1201",
            "ingress_code_name",
            "US-NJ",
            "ingress_country",
            "US",
            "ingress_rate_date",
            JAN_15,
            "ingress_total_calls",
            3,
            "not_zero_calls",
            2,
            "ingress_bill_time",
            90,
            "ingress_call_cost",
            new BigDecimal("0.123456")));
    // a trunk without a resource row, no prefix, no rate date
    db.fixtures.cdr(
        Instant.parse("2024-03-01T02:00:00Z"),
        row(
            "ingress_client_id",
            c,
            "ingress_id",
            9999,
            "ingress_code",
            "44",
            "ingress_code_name",
            "UK",
            "ingress_country",
            "GB",
            "ingress_rate",
            0.02,
            "ingress_total_calls",
            1,
            "not_zero_calls",
            1,
            "ingress_bill_time",
            60,
            "duration",
            60,
            "ingress_call_cost",
            new BigDecimal("0.020000")));
    // not this client's ingress traffic, or outside the period's days
    db.fixtures.cdr(Instant.parse("2024-03-01T01:00:00Z"), ingress(other, t1, "1201", "US", 5, 60));
    db.fixtures.cdr(
        Instant.parse("2024-03-01T01:00:00Z"),
        row("ingress_client_id", other, "egress_client_id", c, "not_zero_calls", 7));
    db.fixtures.cdr(Instant.parse("2024-02-29T23:00:00Z"), ingress(c, t1, "1201", "US-NJ", 9, 9));
    db.fixtures.cdr(Instant.parse("2024-03-03T00:00:00Z"), ingress(c, t1, "1201", "US-NJ", 9, 9));

    List<UsageRecord> records =
        usage.usage(
            new ClientId(c),
            Direction.INGRESS,
            utcPeriod("2024-03-01T00:00:00", "2024-03-02T23:59:59"),
            false);

    LocalDate mar1 = LocalDate.parse("2024-03-01");
    LocalDate jan15 = LocalDate.parse("2024-01-15");
    assertThat(records)
        .containsExactlyInAnyOrder(
            new UsageRecord(
                Direction.INGRESS,
                t1,
                "T-ALPHA",
                "11",
                "1201",
                "US-NJ",
                "US",
                mar1,
                jan15,
                null,
                15,
                12,
                840,
                825,
                Money.of("8.400001"),
                420,
                Money.of("4.2"),
                260,
                Money.of("2.600001"),
                6,
                4,
                408,
                248,
                new ShortCallBuckets(1, 2, 1, 1, 1),
                3,
                Money.of("0.006")),
            new UsageRecord(
                Direction.INGRESS,
                9999,
                null,
                null,
                "44",
                "UK",
                "GB",
                mar1,
                null,
                null,
                1,
                1,
                60,
                60,
                Money.of("0.02"),
                0,
                Money.ZERO,
                0,
                Money.ZERO,
                0,
                0,
                0,
                0,
                ShortCallBuckets.NONE,
                0,
                Money.ZERO),
            new UsageRecord(
                Direction.INGRESS,
                t1,
                "T-ALPHA",
                "11",
                "1201",
                "US-NJ",
                "US",
                LocalDate.parse("2024-03-02"),
                jan15,
                null,
                3,
                2,
                90,
                0,
                Money.of("0.123456"),
                0,
                Money.ZERO,
                0,
                Money.ZERO,
                0,
                0,
                0,
                0,
                ShortCallBuckets.NONE,
                0,
                Money.ZERO));
    assertThat(records.get(0).cost().amount()).isEqualByComparingTo("8.400001");
  }

  @Test
  void egressRowsUseTheEgressColumnsAndHaveNoPrefixWhileIngressRowsOfTheSameClientStayApart() {
    int c = db.fixtures.client("both-sides");
    int other = db.fixtures.client("both-sides-other");
    int inTrunk = db.fixtures.trunk(c, "IN-1");
    int outTrunk = db.fixtures.trunk(c, "OUT-1");
    // c is the vendor here (egress); the ingress columns belong to another client
    db.fixtures.cdr(
        Instant.parse("2024-03-05T03:00:00Z"),
        row(
            "ingress_client_id",
            other,
            "ingress_id",
            inTrunk,
            "ingress_prefix",
            "99",
            "ingress_bill_time",
            999,
            "ingress_call_cost",
            new BigDecimal("9.990000"),
            "egress_client_id",
            c,
            "egress_id",
            outTrunk,
            "egress_code",
            "33",
            "egress_code_name",
            "FR",
            "egress_country",
            "FR",
            "egress_rate",
            0.05,
            "egress_rate_date",
            JAN_01,
            "egress_total_calls",
            7,
            "not_zero_calls",
            5,
            "egress_bill_time",
            300,
            "duration",
            290,
            "egress_call_cost",
            new BigDecimal("0.250000"),
            "egress_bill_time_inter",
            100,
            "egress_bill_time_intra",
            50,
            "egress_call_cost_inter",
            new BigDecimal("0.100000"),
            "egress_call_cost_intra",
            new BigDecimal("0.050000"),
            "inter_not_zero_calls",
            2,
            "intra_not_zero_calls",
            1,
            "inter_duration",
            95,
            "intra_duration",
            45,
            "not_zero_calls_6",
            1,
            "lrn_calls",
            0));
    // c is the client here (ingress), egress to someone else
    db.fixtures.cdr(
        Instant.parse("2024-03-05T04:00:00Z"),
        row(
            "ingress_client_id",
            c,
            "ingress_id",
            inTrunk,
            "ingress_prefix",
            "7",
            "ingress_code",
            "1",
            "ingress_code_name",
            "USA",
            "ingress_country",
            "US",
            "ingress_total_calls",
            2,
            "not_zero_calls",
            2,
            "ingress_bill_time",
            120,
            "duration",
            118,
            "ingress_call_cost",
            new BigDecimal("0.120000"),
            "egress_client_id",
            other,
            "egress_bill_time",
            555));
    InvoicePeriod period = utcPeriod("2024-03-05T00:00:00", "2024-03-05T23:59:59");

    List<UsageRecord> egress = usage.usage(new ClientId(c), Direction.EGRESS, period, false);
    List<UsageRecord> ingress = usage.usage(new ClientId(c), Direction.INGRESS, period, false);

    LocalDate mar5 = LocalDate.parse("2024-03-05");
    assertThat(egress)
        .containsExactly(
            new UsageRecord(
                Direction.EGRESS,
                outTrunk,
                "OUT-1",
                null,
                "33",
                "FR",
                "FR",
                mar5,
                LocalDate.parse("2024-01-01"),
                null,
                7,
                5,
                300,
                290,
                Money.of("0.25"),
                100,
                Money.of("0.1"),
                50,
                Money.of("0.05"),
                2,
                1,
                95,
                45,
                new ShortCallBuckets(1, 0, 0, 0, 0),
                0,
                Money.ZERO));
    assertThat(ingress)
        .containsExactly(
            new UsageRecord(
                Direction.INGRESS,
                inTrunk,
                "IN-1",
                "7",
                "1",
                "USA",
                "US",
                mar5,
                null,
                null,
                2,
                2,
                120,
                118,
                Money.of("0.12"),
                0,
                Money.ZERO,
                0,
                Money.ZERO,
                0,
                0,
                0,
                0,
                ShortCallBuckets.NONE,
                0,
                Money.ZERO));
  }

  @Test
  void actualRatesSplitGroupsOnlyWhenAsked() {
    int c = db.fixtures.client("actual-rate");
    int t = db.fixtures.trunk(c, "AR-1");
    Map<String, Object> a = ingress(c, t, "49", "DE", 1, 60);
    a.put("ingress_rate", 0.0125);
    Map<String, Object> b = ingress(c, t, "49", "DE", 2, 120);
    b.put("ingress_rate", 0.015);
    db.fixtures.cdr(Instant.parse("2024-03-06T01:00:00Z"), a);
    db.fixtures.cdr(Instant.parse("2024-03-06T02:00:00Z"), b);
    InvoicePeriod period = utcPeriod("2024-03-06T00:00:00", "2024-03-06T23:59:59");

    List<UsageRecord> averaged = usage.usage(new ClientId(c), Direction.INGRESS, period, false);
    List<UsageRecord> actual = usage.usage(new ClientId(c), Direction.INGRESS, period, true);

    assertThat(averaged)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.answeredCalls()).isEqualTo(3);
              assertThat(r.actualRate()).isNull();
            });
    assertThat(actual).hasSize(2);
    assertThat(actual)
        .extracting(UsageRecord::actualRate)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrder(new BigDecimal("0.0125"), new BigDecimal("0.015"));
    assertThat(actual)
        .filteredOn(r -> r.actualRate().compareTo(new BigDecimal("0.015")) == 0)
        .singleElement()
        .satisfies(r -> assertThat(r.billedSeconds()).isEqualTo(120));
  }

  @Test
  void aPeriodAtMinusFiveHoursReadsItsUtcRowsAndAssignsLocalDays() {
    int c = db.fixtures.client("minus-five");
    int t = db.fixtures.trunk(c, "M5");
    // local 2024-03-10 00:00 -05:00 = 05:00Z; local 2024-03-11 23:59:59 -05:00 = 03-12 04:59:59Z
    db.fixtures.cdr(Instant.parse("2024-03-10T04:00:00Z"), ingress(c, t, "1", "X", 1, 1));
    db.fixtures.cdr(Instant.parse("2024-03-10T05:00:00Z"), ingress(c, t, "1", "X", 2, 60));
    db.fixtures.cdr(Instant.parse("2024-03-11T04:00:00Z"), ingress(c, t, "1", "X", 4, 120));
    db.fixtures.cdr(Instant.parse("2024-03-11T05:00:00Z"), ingress(c, t, "1", "X", 8, 180));
    db.fixtures.cdr(Instant.parse("2024-03-12T04:00:00Z"), ingress(c, t, "1", "X", 16, 240));
    db.fixtures.cdr(Instant.parse("2024-03-12T05:00:00Z"), ingress(c, t, "1", "X", 32, 300));
    InvoicePeriod period =
        new InvoicePeriod(
            LocalDateTime.parse("2024-03-10T00:00:00"),
            LocalDateTime.parse("2024-03-11T23:59:59"),
            ZoneSpec.parse("-05:00"));

    List<UsageRecord> records = usage.usage(new ClientId(c), Direction.INGRESS, period, false);

    assertThat(records)
        .extracting(UsageRecord::localDay, UsageRecord::answeredCalls, UsageRecord::billedSeconds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-03-10"), 6L, 180L),
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-03-11"), 24L, 420L));
  }

  @Test
  void aPeriodAtPlusEightHoursReadsItsUtcRowsAndAssignsLocalDays() {
    int c = db.fixtures.client("plus-eight");
    int t = db.fixtures.trunk(c, "P8");
    // local 2024-03-20 00:00 +08:00 = 03-19 16:00Z; local 03-21 23:59:59 = 03-21 15:59:59Z
    db.fixtures.cdr(Instant.parse("2024-03-19T15:00:00Z"), ingress(c, t, "1", "Y", 1, 1));
    db.fixtures.cdr(Instant.parse("2024-03-19T16:00:00Z"), ingress(c, t, "1", "Y", 2, 60));
    db.fixtures.cdr(Instant.parse("2024-03-20T15:00:00Z"), ingress(c, t, "1", "Y", 4, 120));
    db.fixtures.cdr(Instant.parse("2024-03-20T16:00:00Z"), ingress(c, t, "1", "Y", 8, 180));
    db.fixtures.cdr(Instant.parse("2024-03-21T15:00:00Z"), ingress(c, t, "1", "Y", 16, 240));
    db.fixtures.cdr(Instant.parse("2024-03-21T16:00:00Z"), ingress(c, t, "1", "Y", 32, 300));
    InvoicePeriod period =
        new InvoicePeriod(
            LocalDateTime.parse("2024-03-20T00:00:00"),
            LocalDateTime.parse("2024-03-21T23:59:59"),
            ZoneSpec.parse("+08:00"));

    List<UsageRecord> records = usage.usage(new ClientId(c), Direction.INGRESS, period, false);

    assertThat(records)
        .extracting(UsageRecord::localDay, UsageRecord::answeredCalls, UsageRecord::billedSeconds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-03-20"), 6L, 180L),
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-03-21"), 24L, 420L));
  }

  @Test
  void anIanaZoneIsHonouredAcrossItsDaylightSavingChange() {
    int c = db.fixtures.client("new-york");
    int t = db.fixtures.trunk(c, "NY");
    // 2024-03-10 is the DST change in New York: 00:00 local = 05:00Z, 03-11 00:00 local = 04:00Z
    db.fixtures.cdr(Instant.parse("2024-03-10T04:00:00Z"), ingress(c, t, "1", "Z", 1, 1));
    db.fixtures.cdr(Instant.parse("2024-03-10T05:00:00Z"), ingress(c, t, "1", "Z", 2, 60));
    db.fixtures.cdr(Instant.parse("2024-03-11T03:00:00Z"), ingress(c, t, "1", "Z", 4, 120));
    db.fixtures.cdr(Instant.parse("2024-03-11T04:00:00Z"), ingress(c, t, "1", "Z", 8, 180));
    InvoicePeriod period =
        new InvoicePeriod(
            LocalDateTime.parse("2024-03-10T00:00:00"),
            LocalDateTime.parse("2024-03-10T23:59:59"),
            ZoneSpec.parse("America/New_York"));

    List<UsageRecord> records = usage.usage(new ClientId(c), Direction.INGRESS, period, false);

    assertThat(records)
        .extracting(UsageRecord::localDay, UsageRecord::answeredCalls)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-03-10"), 6L));
  }

  @Test
  void aMissingDailyTableInsideThePeriodIsADayWithoutTraffic() {
    int c = db.fixtures.client("missing-day");
    int t = db.fixtures.trunk(c, "MD");
    db.fixtures.cdr(Instant.parse("2024-04-01T10:00:00Z"), ingress(c, t, "1", "A", 1, 60));
    db.fixtures.cdr(Instant.parse("2024-04-03T10:00:00Z"), ingress(c, t, "1", "A", 2, 120));

    List<UsageRecord> records =
        usage.usage(
            new ClientId(c),
            Direction.INGRESS,
            utcPeriod("2024-04-01T00:00:00", "2024-04-03T23:59:59"),
            false);
    List<UsageRecord> none =
        usage.usage(
            new ClientId(c),
            Direction.INGRESS,
            utcPeriod("2023-01-01T00:00:00", "2023-01-31T23:59:59"),
            false);

    assertThat(records)
        .extracting(UsageRecord::localDay)
        .containsExactly(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-03"));
    assertThat(none).isEmpty();
  }
}
