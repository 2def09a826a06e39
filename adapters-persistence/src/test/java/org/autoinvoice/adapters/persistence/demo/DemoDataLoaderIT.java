package org.autoinvoice.adapters.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaInstaller;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaVerifier;
import org.autoinvoice.adapters.persistence.support.PostgresTestSupport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataLoaderIT {

  /** Mid-morning UTC but already the next day in +08:00: "yesterday" must still be UTC based. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-15T17:30:00Z"), ZoneId.of("Asia/Singapore"));

  private static final LocalDate YESTERDAY = LocalDate.of(2024, 3, 14);
  private static final List<String> CHECKED_TABLES =
      List.of(
          "currency",
          "payment_term",
          "client",
          "resource",
          "resource_prefix",
          "client_payment",
          "balance_history",
          "balance_history_actual",
          "c4_client_balance",
          "system_parameter",
          "mail_tmplate",
          "mail_sender");

  @TempDir static Path dataDir;
  private static EmbeddedPostgresServer server;
  private static Jdbi loaded;
  private static DemoDataSummary summary;

  @BeforeAll
  static void loadOnce() {
    server = EmbeddedPostgresServer.start(dataDir.resolve("pg"), 0);
    DataSource ds = PostgresTestSupport.freshDatabase(server);
    new DnlSchemaInstaller(ds).installIfEmpty();
    long started = System.nanoTime();
    summary = new DemoDataLoader(ds, CLOCK).load();
    System.out.printf(
        "demo data loaded in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, summary);
    loaded = Jdbi.create(ds);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void twoLoadsWithTheSameClockAreIdentical() {
    DataSource other = PostgresTestSupport.freshDatabase(server);
    new DnlSchemaInstaller(other).installIfEmpty();
    DemoDataSummary again = new DemoDataLoader(Jdbi.create(other), CLOCK).load();

    assertThat(again).isEqualTo(summary);
    assertThat(checksums(Jdbi.create(other))).isEqualTo(checksums(loaded));
  }

  @Test
  void writesThirtyFiveDailyTablesEndingYesterdayUtc() {
    List<String> tables =
        loaded.withHandle(
            h ->
                h.createQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                            + " 'public' AND table_name ~ '^cdr_report_detail[0-9]{8}$' ORDER BY 1")
                    .mapTo(String.class)
                    .list());
    List<String> expected =
        IntStream.range(0, DemoDataLoader.TRAFFIC_DAYS)
            .mapToObj(i -> DemoDataLoader.dailyTableName(YESTERDAY.minusDays(34 - i)))
            .toList();

    assertThat(tables).isEqualTo(expected);
    assertThat(summary.firstTrafficDay()).isEqualTo(LocalDate.of(2024, 2, 9));
    assertThat(summary.lastTrafficDay()).isEqualTo(YESTERDAY);
    assertThat(summary.trafficRows()).isBetween(10_000L, 150_000L);
    assertThat(count("SELECT count(*) FROM cdr_report_detail")).isZero();
    for (String table : List.of(tables.get(0), tables.get(tables.size() - 1))) {
      LocalDate day =
          LocalDate.parse(table.substring(17), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      assertThat(
              count(
                  "SELECT count(*) FROM "
                      + DemoDataLoader.dailyTableName(day)
                      + " WHERE (report_time AT TIME ZONE 'UTC')::date <> '"
                      + day
                      + "'"))
          .isZero();
    }
  }

  @Test
  void coversAllPaymentTermTypesZonesAndClientSettings() {
    assertThat(strings("SELECT DISTINCT type::text FROM payment_term ORDER BY 1"))
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(strings("SELECT more_days FROM payment_term WHERE type = 4"))
        .containsExactly("1,10,20");
    assertThat(strings("SELECT DISTINCT invoice_zone FROM client WHERE invoice_zone IS NOT NULL"))
        .containsExactlyInAnyOrder("-05:00", "+00:00", "+02:00", "+03:00", "+08:00");
    assertThat(strings("SELECT DISTINCT scc_bellow::text FROM client WHERE scc_bellow > 0"))
        .containsExactlyInAnyOrder("6", "12", "18", "24", "30");
    assertThat(strings("SELECT DISTINCT scc_type::text FROM client WHERE scc_bellow > 0"))
        .containsExactlyInAnyOrder("0", "1");
    assertThat(count("SELECT count(*) FROM client")).isGreaterThanOrEqualTo(6);
    assertThat(count("SELECT count(*) FROM client WHERE include_tax AND tax > 0")).isPositive();
    assertThat(count("SELECT count(*) FROM client WHERE unlimited_credit")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM client WHERE allowed_credit > 0")).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM client WHERE auto_invoicing AND invoice_start_from ="
                    + " DATE '2024-03-15' - 60"))
        .isGreaterThanOrEqualTo(6);
    assertThat(strings("SELECT DISTINCT invoice_zero::text FROM client"))
        .containsExactlyInAnyOrder("true", "false");
    assertThat(count("SELECT count(*) FROM client WHERE email_invoice AND billing_email <> ''"))
        .isPositive();
    assertThat(strings("SELECT DISTINCT payment_type::text FROM client_payment"))
        .containsExactlyInAnyOrder("4", "5", "8", "15");
    assertThat(count("SELECT count(*) FROM system_parameter")).isEqualTo(1);
    assertThat(strings("SELECT invoice_content FROM mail_tmplate").get(0))
        .contains(
            "{company_name}",
            "{client_name}",
            "{invoice_amount}",
            "{invoice_number}",
            "{cdr_url}",
            "{invoice_link}",
            "{start_date}",
            "{end_date}",
            "{switch_alias}");
    assertThat(count("SELECT count(*) FROM balance_history")).isEqualTo(7 * 35);
    assertThat(count("SELECT count(*) FROM balance_history_actual")).isEqualTo(7 * 35);
    assertThat(count("SELECT count(*) FROM c4_client_balance")).isEqualTo(7);
  }

  @Test
  void hasClientAndVendorTrafficWithConsistentValues() {
    String all = unionOfDailyTables();
    List<String> ingressClients =
        strings("SELECT DISTINCT ingress_client_id::text FROM (" + all + ") t ORDER BY 1");
    List<String> egressClients =
        strings("SELECT DISTINCT egress_client_id::text FROM (" + all + ") t ORDER BY 1");
    assertThat(ingressClients).containsExactly("1", "2", "3", "5", "7");
    assertThat(egressClients).containsExactly("2", "4", "5", "6");
    assertThat(
            count(
                "SELECT count(*) FROM ("
                    + all
                    + ") t WHERE ingress_total_calls < not_zero_calls"
                    + " OR not_zero_calls <> ingress_success_calls"
                    + " OR not_zero_calls_6 + call_12s + call_18s + coalesce(call_24s, 0)"
                    + " + not_zero_calls_30 > not_zero_calls"
                    + " OR ingress_call_cost <> round(ingress_bill_time * ingress_rate::numeric / 60, 6)"
                    + " OR egress_call_cost <> round(egress_bill_time * egress_rate::numeric / 60, 6)"
                    + " OR coalesce(ingress_call_cost_inter, 0) + coalesce(ingress_call_cost_intra, 0)"
                    + " > ingress_call_cost"
                    + " OR coalesce(ingress_bill_time_inter, 0) + coalesce(ingress_bill_time_intra, 0)"
                    + " > ingress_bill_time"
                    + " OR ingress_bill_time < duration OR egress_id IS NULL"))
        .isZero();
    assertThat(count("SELECT count(*) FROM (" + all + ") t WHERE lrn_calls > 0 AND lnp_cost > 0"))
        .isPositive();
    assertThat(count("SELECT count(*) FROM (" + all + ") t WHERE call_24s IS NULL")).isPositive();
    assertThat(count("SELECT count(*) FROM (" + all + ") t WHERE ingress_call_cost_inter IS NULL"))
        .isPositive();
    assertThat(strings("SELECT DISTINCT ingress_code_name FROM (" + all + ") t ORDER BY 1"))
        .contains("USA - Alaska", "UK - Mobile");
  }

  @Test
  void refusesToLoadTwice() {
    assertThatThrownBy(() -> new DemoDataLoader(loaded, CLOCK).load())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("client");
  }

  @Test
  void leavesAFullSchemaBehind() {
    assertThat(new DnlSchemaVerifier(loaded).missing()).isEmpty();
  }

  private static String unionOfDailyTables() {
    return IntStream.range(0, DemoDataLoader.TRAFFIC_DAYS)
        .mapToObj(i -> "SELECT * FROM " + DemoDataLoader.dailyTableName(YESTERDAY.minusDays(i)))
        .collect(Collectors.joining(" UNION ALL "));
  }

  private static Map<String, String> checksums(Jdbi jdbi) {
    return jdbi.withHandle(
        h -> {
          Map<String, String> sums = new LinkedHashMap<>();
          List<String> tables = new ArrayList<>(CHECKED_TABLES);
          for (int i = 0; i < DemoDataLoader.TRAFFIC_DAYS; i++) {
            tables.add(DemoDataLoader.dailyTableName(YESTERDAY.minusDays(i)));
          }
          for (String table : tables) {
            sums.put(table, checksum(h, table));
          }
          BigDecimal cost =
              h.createQuery("SELECT sum(ingress_call_cost) FROM (" + unionOfDailyTables() + ") t")
                  .mapTo(BigDecimal.class)
                  .one();
          sums.put("total ingress cost", cost.toPlainString());
          return sums;
        });
  }

  private static String checksum(Handle h, String table) {
    return h.createQuery(
            "SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                + " FROM "
                + table
                + " t")
        .mapTo(String.class)
        .one();
  }

  private static long count(String sql) {
    return loaded.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static List<String> strings(String sql) {
    return loaded.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }
}
