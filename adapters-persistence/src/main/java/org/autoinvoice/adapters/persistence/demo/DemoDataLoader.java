package org.autoinvoice.adapters.persistence.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.autoinvoice.adapters.persistence.demo.DemoCatalog.Trunk;
import org.autoinvoice.adapters.persistence.demo.DemoLedger.DailyBalance;
import org.autoinvoice.adapters.persistence.demo.DemoLedger.Payment;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a freshly installed DNL schema with a deterministic demo data set: carriers with every
 * payment-term type, trunks, {@value #TRAFFIC_DAYS} days of hourly traffic in daily {@code
 * cdr_report_detailYYYYMMDD} tables ending yesterday (UTC, from the injected clock), payments,
 * balances and the invoice/mail settings; all in one transaction.
 */
public final class DemoDataLoader {

  /** Number of daily traffic tables; the last one is yesterday's (UTC). */
  public static final int TRAFFIC_DAYS = 35;

  /** Prefix of the daily traffic tables; the suffix is the UTC day as {@code yyyyMMdd}. */
  public static final String DAILY_TABLE_PREFIX = "cdr_report_detail";

  private static final long SEED = 0x5EED_D17L;
  private static final DateTimeFormatter TABLE_SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

  private final Jdbi jdbi;
  private final Clock clock;

  /** Loader writing through the given Jdbi, dating everything from {@code clock}. */
  public DemoDataLoader(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Loader writing to the given data source, dating everything from {@code clock}. */
  public DemoDataLoader(DataSource dataSource, Clock clock) {
    this(Jdbi.create(Objects.requireNonNull(dataSource, "dataSource")), clock);
  }

  /** Name of the daily traffic table of a UTC day, e.g. {@code cdr_report_detail20240131}. */
  public static String dailyTableName(LocalDate day) {
    return DAILY_TABLE_PREFIX + TABLE_SUFFIX.format(Objects.requireNonNull(day, "day"));
  }

  /**
   * Loads the demo data set; requires the DNL schema with an empty {@code client} table, else
   * throws {@link IllegalStateException} and changes nothing.
   */
  public DemoDataSummary load() {
    try {
      return jdbi.inTransaction(this::loadInTransaction);
    } catch (SQLException e) {
      throw new IllegalStateException("loading the demo data failed: " + e.getMessage(), e);
    }
  }

  private DemoDataSummary loadInTransaction(Handle handle) throws SQLException {
    Connection c = handle.getConnection();
    requireEmptyClientTable(c);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate lastDay = today.minusDays(1);
    LocalDate firstDay = lastDay.minusDays(TRAFFIC_DAYS - 1L);

    insertReferenceData(c, today);
    TrafficGenerator traffic = new TrafficGenerator(SEED, firstDay, TRAFFIC_DAYS);
    long trafficRows = insertTraffic(c, traffic, firstDay);
    List<Payment> payments = DemoLedger.payments(TRAFFIC_DAYS);
    List<DailyBalance> balances = DemoLedger.balances(traffic, payments, TRAFFIC_DAYS);
    insertPayments(c, payments, balances, firstDay);
    insertBalances(c, balances, firstDay);
    insertLiveBalances(c, balances);
    insertSettings(c);
    return new DemoDataSummary(
        firstDay,
        lastDay,
        DemoCatalog.CLIENT_IDS.size(),
        DemoCatalog.TRUNKS.size(),
        TRAFFIC_DAYS,
        trafficRows,
        payments.size(),
        balances.size() * 2);
  }

  private static void requireEmptyClientTable(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*) FROM information_schema.tables"
                + " WHERE table_name = ? AND table_schema = ANY (current_schemas(false))")) {
      ps.setString(1, "client");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getInt(1) == 0) {
          throw new IllegalStateException("the DNL schema is not installed (no table client)");
        }
      }
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM client")) {
      rs.next();
      if (rs.getInt(1) > 0) {
        throw new IllegalStateException(
            "table client already holds "
                + rs.getInt(1)
                + " rows; demo data go only into an empty"
                + " database");
      }
    }
  }

  private static void insertReferenceData(Connection c, LocalDate today) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO currency (currency_id, code, active) VALUES (?, ?, ?)")) {
      ps.setInt(1, 1);
      ps.setString(2, "USD");
      ps.setBoolean(3, true);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO payment_term (payment_term_id, name, type, days, grace_days, notify_days,"
                + " more_days, finance_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (DemoClients.PaymentTerm t : DemoClients.PAYMENT_TERMS) {
        ps.setInt(1, t.id());
        ps.setString(2, t.name());
        ps.setInt(3, t.type());
        ps.setInt(4, t.days());
        ps.setInt(5, t.graceDays());
        ps.setInt(6, Math.max(1, t.graceDays() / 3));
        ps.setString(7, t.moreDays());
        ps.setFloat(8, t.id() == 2 ? 1.5f : 0f);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    List<Map<String, Object>> clients = DemoClients.rows(today);
    List<String> columns = List.copyOf(clients.get(0).keySet());
    String sql =
        "INSERT INTO client ("
            + String.join(", ", columns)
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
            + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Map<String, Object> row : clients) {
        if (!row.keySet().equals(clients.get(0).keySet())) {
          throw new IllegalStateException("demo client rows must share their columns");
        }
        for (int i = 0; i < columns.size(); i++) {
          ps.setObject(i + 1, row.get(columns.get(i)));
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement trunk =
            c.prepareStatement(
                "INSERT INTO resource (resource_id, name, alias, client_id, ingress, egress, active,"
                    + " tech_prefix) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement prefix =
            c.prepareStatement(
                "INSERT INTO resource_prefix (resource_id, tech_prefix, rate_table_id, code)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (Trunk t : DemoCatalog.TRUNKS) {
        trunk.setInt(1, t.resourceId());
        trunk.setString(2, t.name());
        trunk.setString(3, t.alias());
        trunk.setInt(4, t.clientId());
        trunk.setBoolean(5, t.ingress());
        trunk.setBoolean(6, !t.ingress());
        trunk.setBoolean(7, true);
        trunk.setString(8, t.techPrefixes().isEmpty() ? null : t.techPrefixes().get(0));
        trunk.addBatch();
        for (String techPrefix : t.techPrefixes()) {
          prefix.setInt(1, t.resourceId());
          prefix.setString(2, techPrefix);
          prefix.setInt(3, t.rateTableId());
          prefix.setString(4, "");
          prefix.addBatch();
        }
      }
      trunk.executeBatch();
      prefix.executeBatch();
    }
    try (Statement st = c.createStatement()) {
      for (String[] tableAndKey :
          new String[][] {
            {"currency", "currency_id"},
            {"payment_term", "payment_term_id"},
            {"client", "client_id"},
            {"resource", "resource_id"}
          }) {
        // identifiers are the constants above, never user input
        st.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + tableAndKey[0]
                + "', '"
                + tableAndKey[1]
                + "'), (SELECT max("
                + tableAndKey[1]
                + ") FROM "
                + tableAndKey[0]
                + "))");
      }
    }
  }

  private static long insertTraffic(Connection c, TrafficGenerator traffic, LocalDate firstDay)
      throws SQLException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    String columns = String.join(", ", TrafficGenerator.COLUMNS);
    long total = 0;
    try (Statement st = c.createStatement()) {
      for (int day = 0; day < TRAFFIC_DAYS; day++) {
        String table = dailyTableName(firstDay.plusDays(day));
        st.execute("CREATE TABLE " + table + " (LIKE cdr_report_detail INCLUDING ALL)");
        StringBuilder rows = new StringBuilder(64 * 1024);
        int expected = traffic.generateDay(day, rows);
        long written;
        try {
          written =
              copy.copyIn(
                  "COPY " + table + " (" + columns + ") FROM STDIN",
                  new StringReader(rows.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException("COPY into " + table + " failed", e);
        }
        if (written != expected) {
          throw new IllegalStateException(
              "COPY into " + table + " wrote " + written + " rows, expected " + expected);
        }
        st.execute("CREATE INDEX ON " + table + " (ingress_client_id)");
        st.execute("CREATE INDEX ON " + table + " (egress_client_id)");
        total += written;
      }
    }
    return total;
  }

  private static void insertPayments(
      Connection c, List<Payment> payments, List<DailyBalance> balances, LocalDate firstDay)
      throws SQLException {
    Map<String, BigDecimal> closing = new HashMap<>();
    for (DailyBalance b : balances) {
      closing.put(b.clientId() + "/" + b.dayIndex(), b.actual());
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO client_payment (payment_time, receiving_time, amount, result, approved,"
                + " client_id, invoice_number, payment_type, payment_method, current_balance,"
                + " description, update_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Payment p : payments) {
        LocalDate day = firstDay.plusDays(p.dayIndex());
        boolean money = p.paymentType() == 4 || p.paymentType() == 5;
        OffsetDateTime received = day.atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime recorded =
            day.atTime(money ? LocalTime.of(10, 15) : LocalTime.NOON).atOffset(ZoneOffset.UTC);
        ps.setObject(1, recorded);
        ps.setObject(2, money ? received : recorded);
        ps.setBigDecimal(3, p.amount());
        ps.setBoolean(4, true);
        ps.setBoolean(5, true);
        ps.setInt(6, p.clientId());
        ps.setString(7, null);
        ps.setInt(8, p.paymentType());
        ps.setInt(9, p.paymentMethod());
        ps.setBigDecimal(
            10, closing.get(p.clientId() + "/" + p.dayIndex()).setScale(10, RoundingMode.HALF_UP));
        ps.setString(11, p.description());
        ps.setString(12, "demo");
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertBalances(Connection c, List<DailyBalance> balances, LocalDate firstDay)
      throws SQLException {
    try (PreparedStatement mutual =
            c.prepareStatement(
                "INSERT INTO balance_history (date, client_id, payment_received, credit_note_sent,"
                    + " mutual_balance, mutual_ingress_balance, mutual_egress_balance)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement actual =
            c.prepareStatement(
                "INSERT INTO balance_history_actual (date, client_id, payment_received,"
                    + " credit_note_sent, unbilled_incoming_traffic, short_charges,"
                    + " unbilled_outgoing_traffic, actual_balance, actual_ingress_balance,"
                    + " actual_egress_balance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (DailyBalance b : balances) {
        LocalDate day = firstDay.plusDays(b.dayIndex());
        mutual.setObject(1, day);
        mutual.setInt(2, b.clientId());
        mutual.setBigDecimal(3, scale5(b.paymentReceived()));
        mutual.setBigDecimal(4, scale5(b.creditNoteSent()));
        mutual.setBigDecimal(5, scale5(b.mutual()));
        mutual.setBigDecimal(6, scale5(b.mutualIngress()));
        mutual.setBigDecimal(7, scale5(b.mutualEgress()));
        mutual.addBatch();
        actual.setObject(1, day);
        actual.setInt(2, b.clientId());
        actual.setBigDecimal(3, scale5(b.paymentReceived()));
        actual.setBigDecimal(4, scale5(b.creditNoteSent()));
        actual.setBigDecimal(5, scale5(b.ingressTraffic()));
        actual.setBigDecimal(6, scale5(b.shortCharges()));
        actual.setBigDecimal(7, scale5(b.egressTraffic()));
        actual.setBigDecimal(8, scale5(b.actual()));
        actual.setBigDecimal(9, scale5(b.actualIngress()));
        actual.setBigDecimal(10, scale5(b.actualEgress()));
        actual.addBatch();
      }
      mutual.executeBatch();
      actual.executeBatch();
    }
  }

  private void insertLiveBalances(Connection c, List<DailyBalance> balances) throws SQLException {
    Map<Integer, DailyBalance> last = new HashMap<>();
    for (DailyBalance b : balances) {
      last.merge(b.clientId(), b, (x, y) -> y.dayIndex() > x.dayIndex() ? y : x);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO c4_client_balance (client_id, balance, ingress_balance, egress_balance,"
                + " create_time) VALUES (?, ?, ?, ?, ?)")) {
      for (int clientId : DemoCatalog.CLIENT_IDS) {
        DailyBalance b = last.get(clientId);
        ps.setString(1, Integer.toString(clientId));
        ps.setBigDecimal(2, b.actual().setScale(6, RoundingMode.HALF_UP));
        ps.setBigDecimal(3, b.actualIngress().setScale(6, RoundingMode.HALF_UP));
        ps.setBigDecimal(4, b.actualEgress().setScale(6, RoundingMode.HALF_UP));
        ps.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertSettings(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO system_parameter (sys_timezone, switch_alias, invoice_decimal_digits,"
                + " default_billing_decimal, tpl_number, pdf_tpl, company_info,"
                + " company_info_location, overlap_invoice_protection, invoice_send_mode,"
                + " finance_email, fromemail, emailname, smtphost, smtpport, emailusername,"
                + " emailpassword, loginemail, smtp_secure)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      ps.setString(++i, "+0000");
      ps.setString(++i, "DEMO-SWITCH");
      ps.setInt(++i, 2);
      ps.setInt(++i, 6);
      ps.setInt(++i, 0);
      ps.setString(
          ++i,
          "Bank: First Demo Bank plc\nAccount name: Demo Carrier Services Ltd\n"
              + "IBAN: GB00 DEMO 0000 0000 0000 00\nSWIFT/BIC: DEMOGB2L\n"
              + "Please quote the invoice number with your payment.");
      ps.setString(
          ++i,
          "Demo Carrier Services Ltd\n1 Exchange Street\nLondon EC1A 1AA\nUnited Kingdom\n"
              + "billing@demo-carrier.example");
      ps.setShort(++i, (short) 0);
      ps.setBoolean(++i, true);
      ps.setInt(++i, 0);
      ps.setString(++i, "finance@demo-carrier.example");
      ps.setString(++i, "invoices@demo-carrier.example");
      ps.setString(++i, "Demo Carrier Billing");
      ps.setString(++i, "127.0.0.1");
      ps.setString(++i, "2525");
      ps.setString(++i, "");
      ps.setString(++i, "");
      ps.setString(++i, "false");
      ps.setInt(++i, 0);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO mail_tmplate (invoice_from, invoice_subject, invoice_content, invoice_cc)"
                + " VALUES (?, ?, ?, ?)")) {
      ps.setString(1, "default");
      ps.setString(
          2,
          "{company_name} invoice {invoice_number} for {client_name} ({start_date} - {end_date})");
      ps.setString(
          3,
          "<p>Dear {client_name},</p>\n"
              + "<p>please find attached invoice <b>{invoice_number}</b> of {company_name} for the"
              + " period {start_date} to {end_date}, amount due <b>{invoice_amount}</b>.</p>\n"
              + "<p>Invoice: <a href=\"{invoice_link}\">{invoice_link}</a><br>\n"
              + "CDRs: <a href=\"{cdr_url}\">{cdr_url}</a></p>\n"
              + "<p>Regards,<br>{company_name} billing ({switch_alias})</p>");
      ps.setString(4, "finance@demo-carrier.example");
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO mail_sender (smtp_host, smtp_port, username, password, email, name,"
                + " secure, loginemail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, "127.0.0.1");
      ps.setString(2, "2525");
      ps.setString(3, "");
      ps.setString(4, "");
      ps.setString(5, "noc@demo-carrier.example");
      ps.setString(6, "Demo Carrier NOC");
      ps.setInt(7, 0);
      ps.setString(8, "false");
      ps.executeUpdate();
    }
  }

  private static BigDecimal scale5(BigDecimal value) {
    return value.setScale(5, RoundingMode.HALF_UP);
  }
}
