package org.autoinvoice.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * SQL inserts of DNL rows for integration tests (the values a test does not name take defaults).
 */
final class DnlFixtures {
  private final Jdbi jdbi;

  DnlFixtures(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  int currency() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "INSERT INTO currency (code) VALUES ('USD') ON CONFLICT (code) DO UPDATE"
                        + " SET active = true RETURNING currency_id")
                .mapTo(Integer.class)
                .one());
  }

  int paymentTerm(String name, int type, int days, Integer graceDays) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "INSERT INTO payment_term (name, type, days, grace_days) VALUES (:n, :t, :d,"
                        + " :g) RETURNING payment_term_id")
                .bind("n", name)
                .bind("t", type)
                .bind("d", days)
                .bind("g", graceDays)
                .mapTo(Integer.class)
                .one());
  }

  /** A client named {@code name}; {@code columns} override schema defaults. */
  int client(String name, Map<String, Object> columns) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("currency_id", currency());
    values.putAll(columns);
    return insertReturning("client", values, "client_id");
  }

  int client(String name) {
    return client(name, Map.of());
  }

  int trunk(int clientId, String alias) {
    return insertReturning(
        "resource",
        new LinkedHashMap<>(Map.of("client_id", clientId, "alias", alias, "name", alias)),
        "resource_id");
  }

  void dailyTable(LocalDate utcDay) {
    jdbi.useHandle(
        h ->
            h.execute(
                "CREATE TABLE IF NOT EXISTS "
                    + DailyTables.name(utcDay)
                    + " (LIKE cdr_report_detail INCLUDING ALL)"));
  }

  /** One row in the daily table of its UTC day (created when missing). */
  void cdr(Instant reportTime, Map<String, Object> columns) {
    LocalDate day = LocalDate.ofInstant(reportTime, ZoneOffset.UTC);
    dailyTable(day);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("report_time", reportTime.atOffset(ZoneOffset.UTC));
    values.putAll(columns);
    insert(DailyTables.name(day), values);
  }

  void insert(String table, Map<String, Object> values) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO "
                        + table
                        + " ("
                        + String.join(", ", values.keySet())
                        + ") VALUES ("
                        + values.keySet().stream()
                            .map(c -> ":" + c)
                            .collect(Collectors.joining(", "))
                        + ")")
                .bindMap(values)
                .execute());
  }

  void insertIgnoringConflict(String table, Map<String, Object> values) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO "
                        + table
                        + " ("
                        + String.join(", ", values.keySet())
                        + ") VALUES ("
                        + values.keySet().stream()
                            .map(c -> ":" + c)
                            .collect(Collectors.joining(", "))
                        + ") ON CONFLICT DO NOTHING")
                .bindMap(values)
                .execute());
  }

  int insertReturning(String table, Map<String, Object> values, String key) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "INSERT INTO "
                        + table
                        + " ("
                        + String.join(", ", values.keySet())
                        + ") VALUES ("
                        + values.keySet().stream()
                            .map(c -> ":" + c)
                            .collect(Collectors.joining(", "))
                        + ") RETURNING "
                        + key)
                .bindMap(values)
                .mapTo(Integer.class)
                .one());
  }

  long count(String sql, Object... args) {
    return jdbi.withHandle(
        h -> {
          var q = h.createQuery(sql);
          for (int i = 0; i < args.length; i++) {
            q.bind(i, args[i]);
          }
          return q.mapTo(Long.class).one();
        });
  }
}
