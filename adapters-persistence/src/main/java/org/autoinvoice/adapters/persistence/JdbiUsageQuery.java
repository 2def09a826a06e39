package org.autoinvoice.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.autoinvoice.application.port.out.UsageQuery;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.ShortCallBuckets;
import org.autoinvoice.domain.usage.UsageRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Persistence adapter for {@link UsageQuery}, the hot path: one statement per invoice side
 * aggregates, inside PostgreSQL, the rows of every daily table {@code cdr_report_detailYYYYMMDD}
 * the period touches ({@code UNION ALL} of those that exist; a missing day is a day without
 * traffic), restricted to {@code report_time} in [start, endExclusive) and to the client's side,
 * grouped at the grain of {@link UsageRecord}. The local day is {@code report_time} in the period's
 * zone: an IANA zone is bound by name, a fixed offset as an interval added to UTC (PostgreSQL reads
 * {@code AT TIME ZONE '+05:00'} with the POSIX, inverted, sign).
 */
public final class JdbiUsageQuery implements UsageQuery {
  private static final String EXISTING_TABLES =
      """
      SELECT t FROM unnest(CAST(:names AS text[])) WITH ORDINALITY AS n(t, i)
       WHERE to_regclass(quote_ident(t)) IS NOT NULL
       ORDER BY i
      """;

  private final Jdbi jdbi;

  public JdbiUsageQuery(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public List<UsageRecord> usage(
      ClientId client, Direction direction, InvoicePeriod period, boolean byActualRate) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(period, "period");
    return DatabaseErrors.call(
        "reading " + direction + " usage of client " + client,
        () ->
            jdbi.withHandle(
                h ->
                    statement(h, client, direction, period, byActualRate)
                        .map(
                            s ->
                                h.createQuery(s.sql())
                                    .bindMap(s.parameters())
                                    .map((rs, ctx) -> record(rs, direction))
                                    .list())
                        .orElse(List.of())));
  }

  /** The statement {@link #usage} runs, or empty when no daily table of the period exists. */
  Optional<UsageStatement> statement(
      Handle handle,
      ClientId client,
      Direction direction,
      InvoicePeriod period,
      boolean byActualRate) {
    List<String> touched = DailyTables.touchedBy(period.startInstant(), period.endExclusive());
    if (touched.isEmpty()) {
      return Optional.empty();
    }
    List<String> tables =
        handle
            .createQuery(EXISTING_TABLES)
            .bindArray("names", String.class, touched)
            .mapTo(String.class)
            .list();
    if (tables.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("client", client.value());
    params.put("start", Rows.utc(period.startInstant()));
    params.put("end", Rows.utc(period.endExclusive()));
    ZoneId zone = period.zone().zoneId();
    String localDay;
    if (zone.getRules().isFixedOffset()) {
      localDay =
          "((u.report_time AT TIME ZONE 'UTC') + :offsetSeconds * interval '1 second')::date";
      params.put(
          "offsetSeconds", zone.getRules().getOffset(period.startInstant()).getTotalSeconds());
    } else {
      localDay = "(u.report_time AT TIME ZONE :zone)::date";
      params.put("zone", zone.getId());
    }
    String rate = byActualRate ? "CAST(u.rate AS numeric)" : "CAST(NULL AS numeric)";
    String union =
        tables.stream()
            .map(t -> branch(direction, DailyTables.quoted(t)))
            .collect(Collectors.joining("\n UNION ALL\n"));
    String sql =
        """
        SELECT u.trunk_id, r.alias AS trunk_alias, u.prefix, u.code,
               btrim(u.code_name) AS code_name, u.country,
               %s AS local_day,
               (to_timestamp(u.rate_date) AT TIME ZONE 'UTC')::date AS effective_date,
               %s AS actual_rate,
               COALESCE(SUM(u.attempts), 0) AS attempts,
               COALESCE(SUM(u.not_zero_calls), 0) AS answered,
               COALESCE(SUM(u.bill_time), 0) AS bill_time,
               COALESCE(SUM(u.duration), 0) AS duration,
               COALESCE(SUM(u.cost), 0) AS cost,
               COALESCE(SUM(u.bill_time_inter), 0) AS bill_time_inter,
               COALESCE(SUM(u.cost_inter), 0) AS cost_inter,
               COALESCE(SUM(u.bill_time_intra), 0) AS bill_time_intra,
               COALESCE(SUM(u.cost_intra), 0) AS cost_intra,
               COALESCE(SUM(u.inter_not_zero_calls), 0) AS inter_calls,
               COALESCE(SUM(u.intra_not_zero_calls), 0) AS intra_calls,
               COALESCE(SUM(u.inter_duration), 0) AS inter_duration,
               COALESCE(SUM(u.intra_duration), 0) AS intra_duration,
               COALESCE(SUM(u.not_zero_calls_6), 0) AS calls_6,
               COALESCE(SUM(u.call_12s), 0) AS calls_12,
               COALESCE(SUM(u.call_18s), 0) AS calls_18,
               COALESCE(SUM(u.call_24s), 0) AS calls_24,
               COALESCE(SUM(u.not_zero_calls_30), 0) AS calls_30,
               COALESCE(SUM(u.lrn_calls), 0) AS lrn_calls,
               COALESCE(SUM(u.lnp_cost), 0) AS lrn_cost
          FROM (
        %s
               ) AS u
          LEFT JOIN resource r ON r.resource_id = u.trunk_id
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
         ORDER BY 7, 1, 3, 4, 5, 6, 8, 9
        """
            .formatted(localDay, rate, union);
    return Optional.of(new UsageStatement(sql, params, tables));
  }

  private static String branch(Direction direction, String table) {
    String side = direction == Direction.INGRESS ? "ingress" : "egress";
    String prefix =
        direction == Direction.INGRESS ? "ingress_prefix" : "CAST(NULL AS varchar(100))";
    return """
        SELECT report_time, %1$s_id AS trunk_id, %2$s AS prefix, %1$s_code AS code,
               %1$s_code_name AS code_name, %1$s_country AS country,
               %1$s_rate_date AS rate_date, %1$s_rate AS rate,
               %1$s_total_calls AS attempts, not_zero_calls, %1$s_bill_time AS bill_time,
               duration, %1$s_call_cost AS cost,
               %1$s_bill_time_inter AS bill_time_inter, %1$s_call_cost_inter AS cost_inter,
               %1$s_bill_time_intra AS bill_time_intra, %1$s_call_cost_intra AS cost_intra,
               inter_not_zero_calls, intra_not_zero_calls, inter_duration, intra_duration,
               not_zero_calls_6, call_12s, call_18s, call_24s, not_zero_calls_30,
               lrn_calls, lnp_cost
          FROM %3$s
         WHERE %1$s_client_id = :client AND report_time >= :start AND report_time < :end"""
        .formatted(side, prefix, table);
  }

  private static UsageRecord record(ResultSet rs, Direction direction) throws SQLException {
    return new UsageRecord(
        direction,
        Rows.integer(rs, "trunk_id"),
        rs.getString("trunk_alias"),
        rs.getString("prefix"),
        rs.getString("code"),
        rs.getString("code_name"),
        rs.getString("country"),
        Rows.date(rs, "local_day"),
        Rows.date(rs, "effective_date"),
        rs.getBigDecimal("actual_rate"),
        Rows.count(rs, "attempts"),
        Rows.count(rs, "answered"),
        Rows.count(rs, "bill_time"),
        Rows.count(rs, "duration"),
        Money.of(rs.getBigDecimal("cost")),
        Rows.count(rs, "bill_time_inter"),
        Money.of(rs.getBigDecimal("cost_inter")),
        Rows.count(rs, "bill_time_intra"),
        Money.of(rs.getBigDecimal("cost_intra")),
        Rows.count(rs, "inter_calls"),
        Rows.count(rs, "intra_calls"),
        Rows.count(rs, "inter_duration"),
        Rows.count(rs, "intra_duration"),
        new ShortCallBuckets(
            Rows.count(rs, "calls_6"),
            Rows.count(rs, "calls_12"),
            Rows.count(rs, "calls_18"),
            Rows.count(rs, "calls_24"),
            Rows.count(rs, "calls_30")),
        Rows.count(rs, "lrn_calls"),
        Money.of(rs.getBigDecimal("lrn_cost")));
  }
}
