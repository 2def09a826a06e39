package org.autoinvoice.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.InvoiceState;
import org.autoinvoice.domain.invoice.InvoiceStatus;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;

/**
 * Restores {@link StoredInvoice}s from {@code invoice} rows: the period in the stored {@code
 * invoice_zone} (NULL → +00:00), the options frozen on the row, a NULL status read as done (or void
 * when the state is void). "Available Credit" has no invoice column and comes from the client.
 */
final class StoredInvoices {
  /** Columns read by {@link #map}; {@code i} is {@code invoice}, {@code c} is {@code client}. */
  static final String SELECT =
      """
      SELECT i.invoice_id, i.invoice_number, i.client_id, i.type, i.create_type, i.invoice_time,
             i.invoice_start, i.invoice_end, i.invoice_zone, i.due_date, i.state, i.status,
             i.total_amount, i.pdf_path, i.include_detail, i.invoice_jurisdictional_detail,
             i.is_invoice_account_summary, i.invoice_use_balance_type, i.is_show_daily_usage,
             i.is_short_duration_call_surcharge_detail, i.invoice_include_payment,
             i.is_show_total_trunk, i.is_show_detail_trunk, i.is_show_code_100,
             i.is_show_code_name, i.is_show_country, i.is_show_by_date, i.decimal_place,
             i.rate_value, c.include_available_credit
        FROM invoice i
        LEFT JOIN client c ON c.client_id = i.client_id
      """;

  /** Not void: {@code state <> -1} and status not −1 (rule D7). */
  static final String NOT_VOID = " i.state <> -1 AND i.status IS DISTINCT FROM -1 ";

  private StoredInvoices() {}

  static StoredInvoice map(ResultSet rs) throws SQLException {
    long id = rs.getLong("invoice_id");
    ZoneSpec zone = InvoiceZones.parse(rs.getString("invoice_zone"), "invoice " + id);
    ZoneId z = zone.zoneId();
    Instant start = Rows.instant(rs, "invoice_start");
    Instant end = Rows.instant(rs, "invoice_end");
    InvoicePeriod period =
        new InvoicePeriod(start.atZone(z).toLocalDateTime(), end.atZone(z).toLocalDateTime(), zone);
    Instant invoiceTime = Rows.instant(rs, "invoice_time");
    LocalDate invoiceDate = invoiceTime.atZone(z).toLocalDate();
    LocalDate due = Rows.date(rs, "due_date");
    InvoiceState state = InvoiceState.fromCode(rs.getInt("state"));
    Integer status = Rows.integer(rs, "status");
    return new StoredInvoice(
        id,
        rs.getString("invoice_number"),
        new ClientId(rs.getInt("client_id")),
        InvoiceType.fromCode(Rows.integer(rs, "type", 0)),
        CreateType.fromCode(Rows.integer(rs, "create_type", 0)),
        period,
        invoiceDate,
        due == null ? invoiceDate : due,
        InvoiceOptionColumns.read(rs, "include_detail"),
        state,
        status != null
            ? InvoiceStatus.fromCode(status)
            : state == InvoiceState.VOID ? InvoiceStatus.VOID : InvoiceStatus.DONE,
        Money.of(rs.getBigDecimal("total_amount")),
        rs.getString("pdf_path"));
  }
}
