package org.autoinvoice.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.invoice.InvoiceOptions;

/**
 * Reads the invoice option flags that {@code client} (defaults for auto invoices) and {@code
 * invoice} (the options an invoice was made with) share; only the usage-detail column is named
 * differently ({@code invoice_show_details} / {@code include_detail}). NULL flags are off, an
 * unknown balance type is actual, {@code decimal_place} is clamped to 0–10 (default 5).
 */
final class InvoiceOptionColumns {
  private InvoiceOptionColumns() {}

  static InvoiceOptions read(ResultSet rs, String usageDetailColumn) throws SQLException {
    return new InvoiceOptions(
        Rows.flag(rs, "is_invoice_account_summary", false),
        Rows.integer(rs, "invoice_use_balance_type", 0) == 1
            ? BalanceType.MUTUAL
            : BalanceType.ACTUAL,
        Rows.integer(rs, "include_available_credit", 0) != 0,
        Rows.flag(rs, usageDetailColumn, false),
        Rows.flag(rs, "invoice_jurisdictional_detail", false),
        Rows.flag(rs, "is_show_daily_usage", false),
        Rows.flag(rs, "is_show_total_trunk", false),
        Rows.flag(rs, "is_show_detail_trunk", false),
        Rows.flag(rs, "is_show_code_100", false),
        Rows.flag(rs, "is_show_code_name", false),
        Rows.flag(rs, "is_show_country", false),
        Rows.flag(rs, "is_show_by_date", false),
        Rows.flag(rs, "invoice_include_payment", false),
        Rows.flag(rs, "is_short_duration_call_surcharge_detail", false),
        Math.max(0, Math.min(10, Rows.integer(rs, "decimal_place", 5))),
        Rows.integer(rs, "rate_value", 0) == 1);
  }
}
