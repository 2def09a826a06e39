package org.autoinvoice.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.usage.Direction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The usage statement of a big client reads each daily table once, in one plan. */
class UsageQueryPlanIT {
  private static final Logger LOG = LoggerFactory.getLogger(UsageQueryPlanIT.class);
  private static final Pattern SCAN =
      Pattern.compile(
          "(Parallel Seq Scan|Seq Scan|Index Scan using \\S+|Index Only Scan using \\S+"
              + "|Bitmap Heap Scan) on (cdr_report_detail\\d{8})");
  private static final int DAYS = 5;
  private static final int ROWS_PER_DAY = 3000;

  @TempDir static Path dir;
  private static EmbeddedPostgresServer server;
  private static DnlDatabase db;

  @BeforeAll
  static void start() {
    server = DnlDatabase.startServer(dir);
    db = DnlDatabase.fresh(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theBigClientStatementScansEachDailyTableExactlyOnce() {
    int big = db.fixtures.client("big-client");
    int other = db.fixtures.client("other-client");
    int trunk = db.fixtures.trunk(big, "BIG-1");
    LocalDate first = LocalDate.parse("2024-05-01");
    for (int d = 0; d < DAYS; d++) {
      LocalDate day = first.plusDays(d);
      db.fixtures.dailyTable(day);
      String table = DailyTables.name(day);
      db.jdbi.useHandle(
          h ->
              h.createUpdate(
                      "INSERT INTO "
                          + table
                          + """
                           (report_time, ingress_client_id, ingress_id, ingress_prefix,
                            ingress_code, ingress_code_name, ingress_country,
                            ingress_total_calls, not_zero_calls, ingress_bill_time,
                            ingress_call_cost, egress_client_id)
                          SELECT CAST(:day AS date) + (g % 24) * interval '1 hour',
                                 CASE WHEN g % 3 = 0 THEN :other ELSE :big END, :trunk,
                                 '1', '1' || (g % 50), 'Code ' || (g % 50), 'US',
                                 5, 4, 240, 0.120000, :other
                            FROM generate_series(1, :rows) AS g
                          """)
                  .bind("day", day)
                  .bind("big", big)
                  .bind("other", other)
                  .bind("trunk", trunk)
                  .bind("rows", ROWS_PER_DAY)
                  .execute());
      db.jdbi.useHandle(h -> h.execute("ANALYZE " + table));
    }
    InvoicePeriod period =
        new InvoicePeriod(
            LocalDateTime.parse("2024-05-01T00:00:00"),
            LocalDateTime.parse("2024-05-05T23:59:59"),
            ZoneSpec.parse("+00:00"));
    JdbiUsageQuery query = new JdbiUsageQuery(db.adapters.jdbi());

    List<String> plan =
        db.adapters
            .jdbi()
            .withHandle(
                h -> {
                  UsageStatement s =
                      query
                          .statement(h, new ClientId(big), Direction.INGRESS, period, false)
                          .orElseThrow();
                  return h.createQuery("EXPLAIN (FORMAT TEXT) " + s.sql())
                      .bindMap(s.parameters())
                      .mapTo(String.class)
                      .list();
                });
    LOG.info("Usage statement plan ({} daily tables):\n{}", DAYS, String.join("\n", plan));

    List<String> scanned =
        plan.stream().map(SCAN::matcher).filter(Matcher::find).map(m -> m.group(2)).toList();
    assertThat(scanned)
        .hasSize(DAYS)
        .doesNotHaveDuplicates()
        .allMatch(t -> t.startsWith("cdr_report_detail202405"));
    long records = query.usage(new ClientId(big), Direction.INGRESS, period, false).size();
    // 50 code names x 5 days (every code name reaches every day)
    assertThat(records).isEqualTo(50L * DAYS);
  }
}
