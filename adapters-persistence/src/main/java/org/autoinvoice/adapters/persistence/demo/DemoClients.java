package org.autoinvoice.adapters.persistence.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo {@code client} rows (carriers with their invoice settings) and payment terms. */
final class DemoClients {

  /** One {@code payment_term} row. */
  record PaymentTerm(int id, String name, int type, int days, int graceDays, String moreDays) {}

  static final List<PaymentTerm> PAYMENT_TERMS =
      List.of(
          new PaymentTerm(1, "Every 7 days", 1, 7, 3, null),
          new PaymentTerm(2, "Monthly on the 1st", 2, 1, 15, null),
          new PaymentTerm(3, "Weekly on Monday", 3, 1, 5, null),
          new PaymentTerm(4, "1st, 10th and 20th", 4, -1, 7, "1,10,20"),
          new PaymentTerm(5, "Twice a month", 5, -1, 10, null),
          new PaymentTerm(6, "Monthly on the 31st", 2, 31, 30, null));

  private DemoClients() {}

  /** Client rows as column → value, all with the same columns; dates relative to {@code today}. */
  static List<Map<String, Object>> rows(LocalDate today) {
    LocalDate startFrom = today.minusDays(60);
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(
        base(DemoCatalog.ALPHA, "Alpha Telecom", "Alpha Telecom Inc.", startFrom)
            .with("address", "350 Fifth Avenue\nNew York, NY 10118\nUSA")
            .with("billing_email", "billing@alpha.example;ap@alpha.example")
            .with("email_invoice", true)
            .with("mode", 1)
            .with("payment_term_id", 1)
            .with("invoice_zone", "-05:00")
            .with("auto_invoice_hour", 2)
            .with("auto_invoice_type", 0)
            .with("invoice_show_details", true)
            .with("is_show_daily_usage", true)
            .with("is_short_duration_call_surcharge_detail", true)
            .with("is_show_code_name", true)
            .with("scc_bellow", 6)
            .with("scc_percent", 10)
            .with("scc_charge", new BigDecimal("0.0100"))
            .with("scc_type", 0)
            .values());
    rows.add(
        base(DemoCatalog.BRAVO, "Bravo Communications", "Bravo Communications Ltd", startFrom)
            .with("address", "10 Fleet Street\nLondon EC4Y 1AA\nUnited Kingdom")
            .with("billing_email", "invoices@bravo.example")
            .with("finance_email_cc", "cfo@bravo.example")
            .with("tax_id", "GB123456789")
            .with("mode", 2)
            .with("allowed_credit", new BigDecimal("-5000"))
            .with("payment_term_id", 2)
            .with("invoice_zone", "+00:00")
            .with("auto_invoice_hour", 0)
            .with("auto_invoice_type", 2)
            .with("include_tax", true)
            .with("tax", new BigDecimal("7.50"))
            .with("is_invoice_account_summary", true)
            .with("invoice_use_balance_type", 0)
            .with("include_available_credit", (short) 1)
            .with("is_show_total_trunk", true)
            .with("is_show_detail_trunk", true)
            .with("is_show_country", true)
            .with("invoice_include_payment", true)
            .with("scc_bellow", 12)
            .with("scc_percent", 15)
            .with("scc_charge", new BigDecimal("0.0050"))
            .with("scc_type", 1)
            .values());
    rows.add(
        base(DemoCatalog.CHARLIE, "Charlie Voice", "Charlie Voice (Pty) Ltd", startFrom)
            .with("address", "1 Sandton Drive\nJohannesburg 2196\nSouth Africa")
            .with("billing_email", "accounts@charlie.example")
            .with("mode", 2)
            .with("unlimited_credit", true)
            .with("payment_term_id", 3)
            .with("invoice_zone", "+02:00")
            .with("auto_invoice_hour", 6)
            .with("auto_invoice_type", 0)
            .with("invoice_zero", false)
            .with("is_invoice_account_summary", true)
            .with("invoice_use_balance_type", 1)
            .with("is_show_by_date", true)
            .with("is_show_code_100", true)
            .with("decimal_place", 4)
            .with("scc_bellow", 18)
            .with("scc_percent", 20)
            .with("scc_charge", new BigDecimal("0.0200"))
            .with("scc_type", 0)
            .values());
    rows.add(
        base(DemoCatalog.DELTA, "Delta Carrier", "Delta Carrier LLC", startFrom)
            .with("address", "Sheikh Zayed Road\nDubai\nUnited Arab Emirates")
            .with("mode", 2)
            .with("allowed_credit", new BigDecimal("-20000"))
            .with("payment_term_id", 4)
            .with("invoice_zone", "+03:00")
            .with("auto_invoice_hour", 1)
            .with("auto_invoice_type", 1)
            .with("invoice_show_details", true)
            .values());
    rows.add(
        base(DemoCatalog.ECHO, "Echo Networks", "Echo Networks Pte Ltd", startFrom)
            .with("address", "1 Raffles Place\nSingapore 048616")
            .with("billing_email", "billing@echo.example")
            .with("email_invoice", true)
            .with("is_send_as_link", true)
            .with("attach_cdrs_list", true)
            .with("cdr_list_format", 3)
            .with("mode", 1)
            .with("allowed_credit", new BigDecimal("-1000"))
            .with("payment_term_id", 5)
            .with("invoice_zone", "+08:00")
            .with("auto_invoice_hour", 8)
            .with("auto_invoice_type", 2)
            .with("invoice_zero", false)
            .with("invoice_show_details", true)
            .with("invoice_jurisdictional_detail", true)
            .with("is_short_duration_call_surcharge_detail", true)
            .with("scc_bellow", 30)
            .with("scc_percent", 5)
            .with("scc_charge", new BigDecimal("0.0150"))
            .with("scc_type", 1)
            .values());
    rows.add(
        base(DemoCatalog.FOXTROT, "Foxtrot Wholesale", "Foxtrot Wholesale GmbH", startFrom)
            .with("address", "Friedrichstrasse 1\n10117 Berlin\nGermany")
            .with("mode", 2)
            .with("allowed_credit", new BigDecimal("-10000"))
            .with("payment_term_id", 6)
            .with("invoice_zone", "+00:00")
            .with("auto_invoice_hour", 0)
            .with("auto_invoice_type", 1)
            .values());
    rows.add(
        base(DemoCatalog.GOLF, "Golf Mobile", "Golf Mobile FZE", null)
            .with("address", "Dubai Internet City\nDubai\nUnited Arab Emirates")
            .with("mode", 1)
            .with("auto_invoicing", false)
            .with("invoice_zone", null)
            .with("scc_bellow", 24)
            .with("scc_percent", 8)
            .with("scc_charge", new BigDecimal("0.0080"))
            .with("scc_type", 0)
            .values());
    return List.copyOf(rows);
  }

  private static Row base(int id, String name, String company, LocalDate startFrom) {
    String domain = name.split(" ")[0].toLowerCase(java.util.Locale.ROOT) + ".example";
    return new Row()
        .with("client_id", id)
        .with("name", name)
        .with("company", company)
        .with("address", null)
        .with("email", "noc@" + domain)
        .with("billing_email", null)
        .with("finance_email_cc", null)
        .with("tax_id", null)
        .with("status", true)
        .with("mode", 1)
        .with("currency_id", 1)
        .with("allowed_credit", BigDecimal.ZERO)
        .with("unlimited_credit", false)
        .with("auto_invoicing", true)
        .with("auto_invoice_type", 0)
        .with("payment_term_id", null)
        .with("invoice_start_from", startFrom)
        .with("last_invoiced", null)
        .with("auto_invoice_hour", 0)
        .with("invoice_zone", "+00:00")
        .with("invoice_zero", true)
        .with("invoice_format", 1)
        .with("email_invoice", false)
        .with("is_send_as_link", false)
        .with("attach_cdrs_list", false)
        .with("cdr_list_format", null)
        .with("decimal_place", 5)
        .with("rate_value", 0)
        .with("include_tax", false)
        .with("tax", null)
        .with("invoice_show_details", false)
        .with("invoice_jurisdictional_detail", false)
        .with("is_invoice_account_summary", false)
        .with("invoice_use_balance_type", 0)
        .with("include_available_credit", (short) 0)
        .with("is_show_daily_usage", false)
        .with("is_short_duration_call_surcharge_detail", false)
        .with("invoice_include_payment", false)
        .with("is_show_detail_trunk", false)
        .with("is_show_total_trunk", false)
        .with("is_show_code_100", false)
        .with("is_show_code_name", false)
        .with("is_show_country", false)
        .with("is_show_by_date", false)
        .with("scc_bellow", 0)
        .with("scc_percent", 0)
        .with("scc_charge", null)
        .with("scc_type", 0);
  }

  /** Column → value, keeping the order in which columns were first set. */
  private static final class Row {
    private final Map<String, Object> values = new LinkedHashMap<>();

    Row with(String column, Object value) {
      values.put(column, value);
      return this;
    }

    Map<String, Object> values() {
      return java.util.Collections.unmodifiableMap(values);
    }
  }
}
