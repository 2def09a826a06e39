package org.autoinvoice.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaInstaller;
import org.autoinvoice.bench.TrafficPlan.Carrier;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The benchmark's DNL database: an embedded PostgreSQL in a temporary directory on a free port, the
 * DNL schema, carriers due for one automatic invoice each (payment term "every {@code days} days"
 * anchored on the first traffic day, all in +00:00, every invoice section on), their trunks, {@code
 * system_parameter} (overlap protection off) and {@code days} daily {@code
 * cdr_report_detailYYYYMMDD} tables ending yesterday (UTC), loaded with COPY in parallel and
 * analysed.
 */
public final class BenchDatabase implements AutoCloseable {
  private static final DateTimeFormatter TABLE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** What loading took and produced. */
  public record LoadReport(
      long rows,
      int tables,
      long tableBytes,
      long indexBytes,
      double seconds,
      double copySeconds) {}

  private final EmbeddedPostgres postgres;
  private final LocalDate firstDay;
  private final int days;

  private BenchDatabase(EmbeddedPostgres postgres, LocalDate firstDay, int days) {
    this.postgres = postgres;
    this.firstDay = firstDay;
    this.days = days;
  }

  /**
   * Starts PostgreSQL in {@code dataDir}. Durable like the service's own embedded server (fsync on)
   * but with {@code wal_level = minimal}, so the COPY into a table created in the same transaction
   * writes no WAL.
   */
  public static BenchDatabase start(Path dataDir, LocalDate firstDay, int days) {
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(true)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("wal_level", "minimal")
              .setServerConfig("max_wal_senders", "0")
              .setServerConfig("max_wal_size", "4GB")
              .setServerConfig("maintenance_work_mem", "256MB")
              .setServerConfig("shared_buffers", "512MB")
              .setServerConfig("max_connections", "100")
              .setPGStartupWait(java.time.Duration.ofSeconds(60))
              .setPort(freePort())
              .start();
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement st = c.createStatement()) {
        st.execute(
            "CREATE DATABASE "
                + EmbeddedPostgresServer.DATABASE
                + " ENCODING 'UTF8' TEMPLATE template0");
      }
      return new BenchDatabase(pg, firstDay, days);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDir, e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the bench database", e);
    }
  }

  public DataSource dataSource() {
    return postgres.getDatabase(EmbeddedPostgresServer.USER, EmbeddedPostgresServer.DATABASE);
  }

  public int port() {
    return postgres.getPort();
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  /** The first day after the traffic (the auto period ends at its midnight UTC). */
  public LocalDate endDay() {
    return firstDay.plusDays(days);
  }

  public static String tableName(LocalDate day) {
    return "cdr_report_detail" + TABLE_DAY.format(day);
  }

  /** Installs the schema and loads the reference data and the traffic of {@code plan}. */
  public LoadReport load(TrafficPlan plan, long seed, int workers) {
    long started = System.nanoTime();
    new DnlSchemaInstaller(dataSource()).installIfEmpty();
    double schemaSeconds = (System.nanoTime() - started) / 1e9;
    try (Connection c = dataSource().getConnection()) {
      c.setAutoCommit(false);
      insertReferenceData(c, plan);
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("loading the bench reference data failed", e);
    }
    long copyStarted = System.nanoTime();
    TrafficRows generator = new TrafficRows(plan, seed, firstDay);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> loaded = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      loaded.add(
          pool.submit(
              () -> {
                long rows = 0;
                try (Connection c = dataSource().getConnection()) {
                  for (int d = next.getAndIncrement(); d < days; d = next.getAndIncrement()) {
                    rows += loadDay(c, generator, d);
                  }
                }
                return rows;
              }));
    }
    long rows = 0;
    try {
      for (Future<Long> f : loaded) {
        rows += f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("loading the bench traffic failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    double copySeconds = (System.nanoTime() - copyStarted) / 1e9;
    long analyzeStarted = System.nanoTime();
    long tableBytes;
    long indexBytes;
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement()) {
      // the daily tables were analysed as they were loaded
      for (String t :
          List.of("currency", "payment_term", "client", "resource", "system_parameter")) {
        st.execute("ANALYZE " + t);
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT coalesce(sum(pg_table_size(oid)),0), coalesce(sum(pg_indexes_size(oid)),0)"
                  + " FROM pg_class WHERE relkind = 'r' AND relname LIKE 'cdr_report_detail2%'")) {
        rs.next();
        tableBytes = rs.getLong(1);
        indexBytes = rs.getLong(2);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("analysing the bench database failed", e);
    }
    System.out.printf(
        "load: schema %.1f s, reference data %.1f s, COPY + indexes + ANALYZE per table %.1f s,"
            + " sizes %.1f s%n",
        schemaSeconds,
        (copyStarted - started) / 1e9 - schemaSeconds,
        copySeconds,
        (System.nanoTime() - analyzeStarted) / 1e9);
    return new LoadReport(
        rows, days, tableBytes, indexBytes, (System.nanoTime() - started) / 1e9, copySeconds);
  }

  private long loadDay(Connection c, TrafficRows generator, int dayIndex)
      throws SQLException, IOException {
    String table = tableName(firstDay.plusDays(dayIndex));
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE " + table + " (LIKE cdr_report_detail INCLUDING ALL)");
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      CopyIn in =
          copy.copyIn(
              "COPY "
                  + table
                  + " ("
                  + String.join(", ", TrafficRows.COLUMNS)
                  + ") FROM STDIN (FREEZE)");
      long expected;
      try {
        expected =
            generator.writeDay(
                dayIndex,
                (bytes, length) -> {
                  try {
                    in.writeToCopy(bytes, 0, length);
                  } catch (SQLException e) {
                    throw new IOException("COPY into " + table + " failed", e);
                  }
                });
      } catch (IOException | RuntimeException e) {
        in.cancelCopy();
        throw e;
      }
      long written = in.endCopy();
      if (written != expected) {
        throw new IllegalStateException(
            "COPY into " + table + " wrote " + written + " rows, expected " + expected);
      }
      st.execute("CREATE INDEX ON " + table + " (ingress_client_id)");
      st.execute("CREATE INDEX ON " + table + " (egress_client_id)");
      c.commit();
      c.setAutoCommit(true);
      st.execute("ANALYZE " + table);
      return written;
    } catch (SQLException | IOException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private void insertReferenceData(Connection c, TrafficPlan plan) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("INSERT INTO currency (currency_id, code, active) VALUES (1, 'USD', true)");
      st.execute(
          "INSERT INTO payment_term (payment_term_id, name, type, days, grace_days, notify_days,"
              + " finance_rate) VALUES (1, 'Every "
              + days
              + " days', 1, "
              + days
              + ", 15, 5, 0)");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO client (client_id, name, company, address, email, billing_email, status,"
                + " mode, currency_id, allowed_credit, auto_invoicing, auto_invoice_type,"
                + " payment_term_id, invoice_start_from, last_invoiced, auto_invoice_hour,"
                + " invoice_zone, invoice_zero, invoice_format, email_invoice, decimal_place,"
                + " rate_value, include_tax, invoice_show_details, invoice_jurisdictional_detail,"
                + " is_invoice_account_summary, invoice_use_balance_type, include_available_credit,"
                + " is_show_daily_usage, is_short_duration_call_surcharge_detail,"
                + " invoice_include_payment, is_show_detail_trunk, is_show_total_trunk,"
                + " is_show_code_100, is_show_code_name, is_show_country, is_show_by_date,"
                + " scc_bellow, scc_percent, scc_charge, scc_type) VALUES (?, ?, ?, ?, ?, NULL,"
                + " true, 2, 1, -10000, true, 0, 1, ?, NULL, 0, '+00:00', false, 1, false, 5, 0,"
                + " false, true, true, true, 0, 1, true, true, true, true, true, true, true, true,"
                + " true, 6, 10, 0.0100, 0)")) {
      for (Carrier carrier : plan.carriers()) {
        int id = carrier.clientId();
        ps.setInt(1, id);
        ps.setString(2, String.format("Carrier %04d", id));
        ps.setString(3, String.format("Carrier %04d Telecom Ltd", id));
        ps.setString(4, id + " Exchange Street\nLondon EC1A 1AA\nUnited Kingdom");
        ps.setString(5, "noc@carrier" + id + ".example");
        ps.setObject(6, firstDay);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO resource (resource_id, name, alias, client_id, ingress, egress, active,"
                + " tech_prefix) VALUES (?, ?, ?, ?, ?, ?, true, ?)")) {
      for (Carrier carrier : plan.carriers()) {
        for (int t = 0; t < carrier.trunkIds().length; t++) {
          String name = String.format("C%04d-IN%d", carrier.clientId(), t + 1);
          ps.setInt(1, carrier.trunkIds()[t]);
          ps.setString(2, name);
          ps.setString(3, name);
          ps.setInt(4, carrier.clientId());
          ps.setBoolean(5, true);
          ps.setBoolean(6, false);
          ps.setString(7, carrier.techPrefixes()[t]);
          ps.addBatch();
        }
      }
      for (int v = 0; v < plan.vendorCount(); v++) {
        String name = String.format("C%04d-OUT", v + 1);
        ps.setInt(1, plan.vendorTrunkId(v));
        ps.setString(2, name);
        ps.setString(3, name);
        ps.setInt(4, v + 1);
        ps.setBoolean(5, false);
        ps.setBoolean(6, true);
        ps.setString(7, "");
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO c4_client_balance (client_id, balance, ingress_balance, egress_balance,"
                + " create_time) VALUES (?, 0, 0, 0, ?)")) {
      for (Carrier carrier : plan.carriers()) {
        ps.setString(1, Integer.toString(carrier.clientId()));
        ps.setObject(2, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (Statement st = c.createStatement()) {
      st.execute(
          "INSERT INTO system_parameter (sys_timezone, switch_alias, invoice_decimal_digits,"
              + " default_billing_decimal, tpl_number, pdf_tpl, company_info,"
              + " company_info_location, overlap_invoice_protection, invoice_send_mode)"
              + " VALUES ('+0000', 'BENCH-SWITCH', 2, 6, 0, 'Bank: Bench Bank plc',"
              + " 'Bench Carrier Services Ltd\n1 Exchange Street\nLondon', 0, false, 0)");
      for (String[] t :
          new String[][] {
            {"currency", "currency_id"},
            {"payment_term", "payment_term_id"},
            {"client", "client_id"},
            {"resource", "resource_id"}
          }) {
        st.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + t[0]
                + "', '"
                + t[1]
                + "'), (SELECT max("
                + t[1]
                + ") FROM "
                + t[0]
                + "))");
      }
    }
  }

  /**
   * {@code sum(ingress_call_cost)} of a client over [from, to) UTC days, straight from the tables.
   */
  public BigDecimal ingressCost(int clientId, LocalDate from, LocalDate toExclusive) {
    BigDecimal sum = BigDecimal.ZERO;
    try (Connection c = dataSource().getConnection()) {
      for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT coalesce(sum(ingress_call_cost), 0) FROM "
                    + tableName(d)
                    + " WHERE ingress_client_id = ?")) {
          ps.setInt(1, clientId);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            sum = sum.add(rs.getBigDecimal(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("summing the traffic of client " + clientId, e);
    }
    return sum;
  }

  /** Rows of a client over all daily tables. */
  public long rowsOf(int clientId) {
    long n = 0;
    for (int d = 0; d < days; d++) {
      n +=
          queryLong(
              "SELECT count(*) FROM "
                  + tableName(firstDay.plusDays(d))
                  + " WHERE ingress_client_id = "
                  + clientId);
    }
    return n;
  }

  /** A single number from {@code sql} (constant SQL built by the harness). */
  public long queryLong(String sql) {
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }

  /** A single decimal from {@code sql}. */
  public BigDecimal queryDecimal(String sql) {
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getBigDecimal(1);
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
