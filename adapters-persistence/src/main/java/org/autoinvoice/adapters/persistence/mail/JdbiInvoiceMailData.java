package org.autoinvoice.adapters.persistence.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.application.port.out.InvoiceMailData;
import org.autoinvoice.application.port.out.InvoiceMailFacts;
import org.autoinvoice.application.port.out.MailSetup;
import org.autoinvoice.application.port.out.SmtpSettings;
import org.autoinvoice.domain.mail.MailTemplate;
import org.autoinvoice.domain.period.ZoneSpec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Persistence adapter of {@link InvoiceMailData} on the DNL tables: {@code invoice} joined with
 * {@code client}; {@code mail_tmplate} (first row) for the template and, through {@code
 * invoice_from}, the {@code mail_sender} row to send with — {@code default}, empty or an unknown id
 * fall back to the SMTP columns of {@code system_parameter}. Dates are shown in the invoice's
 * {@code invoice_zone}. An invoice is sent as a link when {@code invoice.is_send_as_link} or its
 * client's {@code is_send_as_link} is true (auto invoices) — manual invoices follow {@code
 * system_parameter.invoice_send_mode = 1}.
 */
public final class JdbiInvoiceMailData implements InvoiceMailData {
  /** Used when {@code mail_tmplate} has no subject. */
  public static final String DEFAULT_SUBJECT = "Invoice {invoice_number}";

  /** Used when {@code mail_tmplate} has no body. */
  public static final String DEFAULT_BODY =
      "Dear {client_name},<br /><br />please find invoice {invoice_number} for {start_date} to"
          + " {end_date}, amount {invoice_amount}.<br />{invoice_link}";

  private final Jdbi jdbi;

  public JdbiInvoiceMailData(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public Optional<InvoiceMailFacts> invoice(String invoiceNumber) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT i.invoice_number, i.client_id, c.name, c.company, c.billing_email,"
                        + " c.email_invoice, c.is_send_as_link AS client_link, i.is_send_as_link"
                        + " AS invoice_link, i.create_type, i.total_amount, i.invoice_start,"
                        + " i.invoice_end, i.invoice_zone, i.invoice_time, i.pdf_path,"
                        + " i.ingress_cdr_file, i.egress_cdr_file FROM invoice i LEFT JOIN client"
                        + " c ON c.client_id = i.client_id WHERE i.invoice_number = :number")
                .bind("number", invoiceNumber)
                .map((rs, ctx) -> facts(rs))
                .findOne());
  }

  private static InvoiceMailFacts facts(ResultSet rs) throws SQLException {
    ZoneId zone = ZoneSpec.parseOrUtc(rs.getString("invoice_zone")).zoneId();
    int client = rs.getInt("client_id");
    Optional<Integer> clientId = rs.wasNull() ? Optional.empty() : Optional.of(client);
    Optional<String> cdrSide =
        notBlank(rs.getString("ingress_cdr_file"))
            ? Optional.of("ingress")
            : notBlank(rs.getString("egress_cdr_file")) ? Optional.of("egress") : Optional.empty();
    return new InvoiceMailFacts(
        rs.getString("invoice_number"),
        clientId,
        rs.getString("name"),
        rs.getString("company"),
        rs.getString("billing_email"),
        rs.getBoolean("email_invoice"),
        rs.getBoolean("client_link") || rs.getBoolean("invoice_link"),
        rs.getInt("create_type") != 1,
        rs.getBigDecimal("total_amount"),
        instant(rs, "invoice_start").atZone(zone).toLocalDateTime(),
        instant(rs, "invoice_end").atZone(zone).toLocalDateTime(),
        instant(rs, "invoice_time").atZone(zone).toLocalDate(),
        rs.getString("pdf_path"),
        cdrSide);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  @Override
  public MailSetup setup() {
    return jdbi.withHandle(
        h -> {
          MailTemplate template =
              h.createQuery(
                      "SELECT invoice_subject, invoice_content, invoice_cc FROM mail_tmplate"
                          + " ORDER BY id LIMIT 1")
                  .map(
                      (rs, ctx) ->
                          new MailTemplate(
                              orDefault(rs.getString("invoice_subject"), DEFAULT_SUBJECT),
                              orDefault(rs.getString("invoice_content"), DEFAULT_BODY),
                              rs.getString("invoice_cc")))
                  .findOne()
                  .orElseGet(() -> new MailTemplate(DEFAULT_SUBJECT, DEFAULT_BODY, ""));
          return h.createQuery(
                  "SELECT switch_alias, invoice_decimal_digits, invoice_send_mode"
                      + " FROM system_parameter ORDER BY sys_id LIMIT 1")
              .map(
                  (rs, ctx) -> {
                    int digits = rs.getInt("invoice_decimal_digits");
                    if (rs.wasNull() || digits < 0 || digits > 10) {
                      digits = 2;
                    }
                    return new MailSetup(
                        template,
                        rs.getString("switch_alias"),
                        digits,
                        rs.getInt("invoice_send_mode") == 1);
                  })
              .findOne()
              .orElseGet(() -> new MailSetup(template, "", 2, false));
        });
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public SmtpSettings smtp() {
    return jdbi.withHandle(h -> sender(h).orElseGet(() -> systemSmtp(h)));
  }

  private static Optional<SmtpSettings> sender(Handle h) {
    Optional<String> from =
        h.createQuery("SELECT invoice_from FROM mail_tmplate ORDER BY id LIMIT 1")
            .mapTo(String.class)
            .findOne()
            .map(String::strip);
    if (from.isEmpty() || !from.get().matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    return h.createQuery(
            "SELECT smtp_host, smtp_port, username, password, email, name, secure, loginemail"
                + " FROM mail_sender WHERE id = :id")
        .bind("id", Integer.parseInt(from.get()))
        .map(
            (rs, ctx) ->
                new SmtpSettings(
                    rs.getString("smtp_host"),
                    port(rs.getString("smtp_port")),
                    SmtpSettings.Security.fromCode(rs.getInt("secure")),
                    authenticates(rs.getString("loginemail")),
                    rs.getString("username"),
                    rs.getString("password"),
                    rs.getString("email"),
                    rs.getString("name"),
                    "",
                    ""))
        .findOne();
  }

  private static SmtpSettings systemSmtp(Handle h) {
    return h.createQuery(
            "SELECT smtphost, smtpport, emailusername, emailpassword, fromemail, emailname,"
                + " loginemail, smtp_secure, realm, workstation FROM system_parameter"
                + " ORDER BY sys_id LIMIT 1")
        .map(
            (rs, ctx) -> {
              int secure = rs.getInt("smtp_secure");
              return new SmtpSettings(
                  rs.getString("smtphost"),
                  port(rs.getString("smtpport")),
                  SmtpSettings.Security.fromCode(rs.wasNull() ? null : secure),
                  authenticates(rs.getString("loginemail")),
                  rs.getString("emailusername"),
                  rs.getString("emailpassword"),
                  rs.getString("fromemail"),
                  rs.getString("emailname"),
                  rs.getString("realm"),
                  rs.getString("workstation"));
            })
        .findOne()
        .orElseGet(
            () ->
                new SmtpSettings("", 0, SmtpSettings.Security.NONE, false, "", "", "", "", "", ""));
  }

  /** A port column as typed in the UI; blank or not a port means the protocol's default (0). */
  static int port(String text) {
    if (text == null || !text.strip().matches("[0-9]{1,5}")) {
      return 0;
    }
    int port = Integer.parseInt(text.strip());
    return port <= 65535 ? port : 0;
  }

  /** {@code loginemail = 'false'} (any case) means no SMTP authentication. */
  static boolean authenticates(String loginemail) {
    return loginemail == null || !loginemail.strip().equalsIgnoreCase("false");
  }
}
