package org.autoinvoice.adapters.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.application.port.out.ClientDirectory;
import org.autoinvoice.domain.client.AutoInvoiceSettings;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.cycle.PaymentTerm;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.surcharge.ShortCallSettings;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistence adapter for {@link ClientDirectory}: reads {@code client} with its {@code
 * payment_term} and {@code system_parameter}, mapping DNL NULLs to the schema's defaults.
 */
public final class JdbiClientDirectory implements ClientDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(JdbiClientDirectory.class);

  private static final String SELECT_CLIENT =
      """
      SELECT c.client_id, c.name, c.company, c.address, c.billing_email, c.status, c.mode,
             c.allowed_credit, c.unlimited_credit, c.invoice_zone, c.include_tax, c.tax,
             c.scc_bellow, c.scc_percent, c.scc_charge, c.scc_type,
             c.invoice_show_details, c.invoice_jurisdictional_detail, c.is_show_daily_usage,
             c.is_show_total_trunk, c.is_show_detail_trunk, c.is_show_code_100,
             c.is_show_code_name, c.is_show_country, c.is_show_by_date,
             c.invoice_include_payment, c.is_short_duration_call_surcharge_detail,
             c.is_invoice_account_summary, c.invoice_use_balance_type,
             c.include_available_credit, c.decimal_place, c.rate_value,
             c.auto_invoicing, c.auto_invoice_type, c.payment_term_id, c.invoice_start_from,
             c.auto_invoice_hour, c.invoice_zero, c.email_invoice, c.is_send_as_link,
             pt.name AS term_name, pt.type AS term_type, pt.days AS term_days,
             pt.more_days AS term_more_days, pt.grace_days AS term_grace_days
        FROM client c
        LEFT JOIN payment_term pt ON pt.payment_term_id = c.payment_term_id
      """;

  private final Jdbi jdbi;

  public JdbiClientDirectory(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public Optional<Client> findClient(ClientId id) {
    Objects.requireNonNull(id, "id");
    return DatabaseErrors.call(
        "reading client " + id,
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(SELECT_CLIENT + " WHERE c.client_id = :id")
                        .bind("id", id.value())
                        .map((rs, ctx) -> client(rs))
                        .findOne()));
  }

  @Override
  public List<Client> findAutoInvoiceClients() {
    return DatabaseErrors.call(
        "listing auto-invoice clients",
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            SELECT_CLIENT
                                + """
                                 WHERE c.auto_invoicing AND c.status
                                   AND c.payment_term_id IS NOT NULL
                                 ORDER BY c.client_id
                                """)
                        .map((rs, ctx) -> client(rs))
                        .list()));
  }

  @Override
  public SystemParameters systemParameters() {
    return DatabaseErrors.call(
        "reading system_parameter",
        () ->
            jdbi.withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT invoice_decimal_digits, overlap_invoice_protection,
                                   company_info, company_info_location, pdf_tpl, tpl_number,
                                   switch_alias, invoice_send_mode
                              FROM system_parameter ORDER BY sys_id LIMIT 1
                            """)
                        .map((rs, ctx) -> systemParameters(rs))
                        .findOne()
                        .orElseGet(SystemParameters::defaults)));
  }

  private static SystemParameters systemParameters(ResultSet rs) throws SQLException {
    return new SystemParameters(
        clamp(Rows.integer(rs, "invoice_decimal_digits", 2), 0, 10),
        Rows.flag(rs, "overlap_invoice_protection", true),
        Rows.text(rs, "company_info", ""),
        Rows.integer(rs, "company_info_location", 0),
        Rows.text(rs, "pdf_tpl", ""),
        Rows.integer(rs, "tpl_number", 0),
        Rows.text(rs, "switch_alias", ""),
        Rows.integer(rs, "invoice_send_mode", 0));
  }

  private static Client client(ResultSet rs) throws SQLException {
    int id = rs.getInt("client_id");
    String where = "client " + id;
    return new Client(
        new ClientId(id),
        rs.getString("name"),
        rs.getString("company"),
        rs.getString("address"),
        rs.getString("billing_email"),
        rs.getBoolean("status"),
        rs.getInt("mode"),
        Rows.decimal(rs, "allowed_credit"),
        Rows.flag(rs, "unlimited_credit", false),
        InvoiceZones.parse(rs.getString("invoice_zone"), where),
        Rows.flag(rs, "include_tax", false),
        Rows.decimal(rs, "tax"),
        shortCalls(rs, where),
        options(rs, where),
        autoInvoice(rs, where));
  }

  private static ShortCallSettings shortCalls(ResultSet rs, String where) throws SQLException {
    int type = Rows.integer(rs, "scc_type", 0);
    if (type != 0 && type != 1) {
      LOG.warn("{} has scc_type {} (expected 0 or 1); using 0", where, type);
      type = 0;
    }
    return new ShortCallSettings(
        Rows.integer(rs, "scc_bellow", 0),
        BigDecimal.valueOf(Rows.integer(rs, "scc_percent", 0)),
        Rows.decimal(rs, "scc_charge"),
        type);
  }

  private static InvoiceOptions options(ResultSet rs, String where) throws SQLException {
    int balanceType = Rows.integer(rs, "invoice_use_balance_type", 0);
    if (balanceType != 0 && balanceType != 1) {
      LOG.warn("{} has invoice_use_balance_type {}; using 0 (actual)", where, balanceType);
    }
    return InvoiceOptionColumns.read(rs, "invoice_show_details");
  }

  private static AutoInvoiceSettings autoInvoice(ResultSet rs, String where) throws SQLException {
    int hour = Rows.integer(rs, "auto_invoice_hour", 0);
    if (hour < 0 || hour > 23) {
      LOG.warn("{} has auto_invoice_hour {} (expected 0..23); using 0", where, hour);
      hour = 0;
    }
    return new AutoInvoiceSettings(
        rs.getBoolean("auto_invoicing"),
        rs.getInt("auto_invoice_type"),
        paymentTerm(rs, where),
        Rows.date(rs, "invoice_start_from"),
        hour,
        Rows.flag(rs, "invoice_zero", true),
        Rows.flag(rs, "email_invoice", false),
        Rows.flag(rs, "is_send_as_link", false));
  }

  private static PaymentTerm paymentTerm(ResultSet rs, String where) throws SQLException {
    Integer termId = Rows.integer(rs, "payment_term_id");
    if (termId == null) {
      return null;
    }
    try {
      return new PaymentTerm(
          termId,
          rs.getString("term_name"),
          rs.getInt("term_type"),
          rs.getInt("term_days"),
          rs.getString("term_more_days"),
          Math.max(0, Rows.integer(rs, "term_grace_days", 0)));
    } catch (IllegalArgumentException e) {
      LOG.warn("{} has an unusable payment term {}: {}", where, termId, e.getMessage());
      return null;
    }
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
