package org.autoinvoice.bootstrap.e2e;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.autoinvoice.adapters.persistence.demo.DemoDataLoader;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaInstaller;
import org.jdbi.v3.core.Jdbi;

/**
 * A DNL database for end-to-end tests: an embedded PostgreSQL with the DNL tables and the demo data
 * of a fixed day (traffic 2025-12-16 … 2026-01-19), that a test can stop and start again.
 */
final class DemoDatabase {
  static final Clock DEMO_CLOCK =
      Clock.fixed(Instant.parse("2026-01-20T06:00:00Z"), ZoneOffset.UTC);
  private static final DateTimeFormatter TABLE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final Path dataDir;
  private EmbeddedPostgresServer server;
  private int port;

  DemoDatabase(Path dataDir) {
    this.dataDir = dataDir;
    server = EmbeddedPostgresServer.start(dataDir, 0);
    port = server.port();
    new DnlSchemaInstaller(server.dataSource()).installIfEmpty();
    new DemoDataLoader(server.dataSource(), DEMO_CLOCK).load();
  }

  int port() {
    return port;
  }

  Jdbi jdbi() {
    return Jdbi.create(server.dataSource());
  }

  /**
   * A connection pool on this database (as the service has), for tests that run the adapters many
   * times; the caller closes it.
   */
  io.dropwizard.db.ManagedDataSource pool(String name) {
    io.dropwizard.db.DataSourceFactory factory = new io.dropwizard.db.DataSourceFactory();
    factory.setDriverClass("org.postgresql.Driver");
    factory.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/softswitch4v5");
    factory.setUser("postgres");
    factory.setPassword("");
    factory.setMinSize(1);
    factory.setMaxSize(8);
    return factory.build(new com.codahale.metrics.MetricRegistry(), name);
  }

  void stop() {
    server.close();
  }

  void restart() {
    server = EmbeddedPostgresServer.start(dataDir, port);
  }

  /**
   * Usage sums of one side computed straight from the daily tables, independently of the service.
   */
  record Sums(
      BigDecimal cost,
      long answered,
      long billedSeconds,
      long s6,
      long s12,
      long s18,
      long s24,
      long s30) {}

  Sums ingressSums(int clientId, Instant start, Instant endExclusive) {
    BigDecimal cost = BigDecimal.ZERO;
    long answered = 0;
    long billed = 0;
    long[] buckets = new long[5];
    Jdbi jdbi = jdbi();
    for (LocalDate day = start.atZone(ZoneOffset.UTC).toLocalDate();
        !day.isAfter(endExclusive.minusSeconds(1).atZone(ZoneOffset.UTC).toLocalDate());
        day = day.plusDays(1)) {
      String table = "cdr_report_detail" + TABLE_DAY.format(day);
      boolean exists =
          jdbi.withHandle(
              h ->
                  h.createQuery("SELECT to_regclass(:t) IS NOT NULL")
                      .bind("t", table)
                      .mapTo(Boolean.class)
                      .one());
      if (!exists) {
        continue;
      }
      Map<String, Object> row =
          jdbi.withHandle(
              h ->
                  h.createQuery(
                          "SELECT coalesce(sum(ingress_call_cost),0) AS cost,"
                              + " coalesce(sum(not_zero_calls),0) AS answered,"
                              + " coalesce(sum(ingress_bill_time),0) AS billed,"
                              + " coalesce(sum(not_zero_calls_6),0) AS s6,"
                              + " coalesce(sum(call_12s),0) AS s12,"
                              + " coalesce(sum(call_18s),0) AS s18,"
                              + " coalesce(sum(call_24s),0) AS s24,"
                              + " coalesce(sum(not_zero_calls_30),0) AS s30 FROM "
                              + table
                              + " WHERE ingress_client_id = :c AND report_time >= :s"
                              + " AND report_time < :e")
                      .bind("c", clientId)
                      .bind("s", java.time.OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
                      .bind("e", java.time.OffsetDateTime.ofInstant(endExclusive, ZoneOffset.UTC))
                      .mapToMap()
                      .one());
      cost = cost.add((BigDecimal) row.get("cost"));
      answered += ((Number) row.get("answered")).longValue();
      billed += ((Number) row.get("billed")).longValue();
      String[] keys = {"s6", "s12", "s18", "s24", "s30"};
      for (int i = 0; i < 5; i++) {
        buckets[i] += ((Number) row.get(keys[i])).longValue();
      }
    }
    return new Sums(
        cost, answered, billed, buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]);
  }

  long count(String sql, Object... params) {
    return jdbi()
        .withHandle(
            h -> {
              var q = h.createQuery(sql);
              for (int i = 0; i < params.length; i++) {
                q.bind(i, params[i]);
              }
              return q.mapTo(Long.class).one();
            });
  }

  Map<String, Object> invoiceRow(String number) {
    return jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM invoice WHERE invoice_number = :n")
                    .bind("n", number)
                    .mapToMap()
                    .one());
  }

  List<Map<String, Object>> invoicesOf(int clientId) {
    return jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM invoice WHERE client_id = :c ORDER BY invoice_id")
                    .bind("c", clientId)
                    .mapToMap()
                    .list());
  }

  void execute(String sql) {
    jdbi().useHandle(h -> h.execute(sql));
  }
}
