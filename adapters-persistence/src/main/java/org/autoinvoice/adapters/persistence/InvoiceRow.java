package org.autoinvoice.adapters.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.autoinvoice.application.port.out.GenerationTimes;
import org.autoinvoice.domain.balance.AccountSummary;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceTotals;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.surcharge.ShortCallSurcharge;
import org.autoinvoice.domain.usage.LrnCharges;
import org.autoinvoice.domain.usage.UsageSections;

/**
 * The {@code invoice} columns of one invoice: bound values (amounts rounded HALF_UP to the column's
 * scale, rule N2) and, where the row takes a value the domain does not carry, a SQL expression
 * evaluated in the same statement ({@code current_balance} without an Account Summary, the payment
 * term name).
 */
final class InvoiceRow {
  private static final String CURRENT_BALANCE =
      """
      COALESCE((SELECT b.balance FROM c4_client_balance b
                 WHERE b.client_id = CAST(:client_id AS varchar)
                 ORDER BY b.create_time DESC, b.id DESC LIMIT 1), 0)""";
  private static final String PAYMENT_TERM_NAME =
      """
      (SELECT pt.name FROM client c JOIN payment_term pt ON pt.payment_term_id = c.payment_term_id
        WHERE c.client_id = :client_id)""";

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, String> expressions = new LinkedHashMap<>();

  private InvoiceRow() {}

  static InvoiceRow of(Invoice invoice, String pdfPath, GenerationTimes times) {
    InvoiceRow row = new InvoiceRow();
    Map<String, Object> v = row.values;
    InvoicePeriod period = invoice.period();
    Instant start = period.startInstant();
    v.put("invoice_number", invoice.number());
    v.put("state", invoice.state().code());
    v.put("status", invoice.status().code());
    v.put("type", invoice.type().code());
    v.put("create_type", invoice.createType().code());
    v.put("client_id", invoice.clientId().value());
    v.put(
        "invoice_time",
        Rows.utc(invoice.invoiceDate().atStartOfDay(period.zone().zoneId()).toInstant()));
    v.put("invoice_start", Rows.utc(start));
    v.put("invoice_end", Rows.utc(period.endInstantInclusive()));
    v.put("invoice_zone", InvoiceZones.format(period.zone(), start));
    v.put("due_date", invoice.dueDate());

    InvoiceTotals t = invoice.totals();
    v.put("total_amount", t.totalAmount().rounded(5));
    v.put("buy_total", t.buyTotal().rounded(10));
    v.put("buy_minutes", t.buyMinutes());
    v.put("sell_total", t.sellTotal().rounded(10));
    v.put("sell_minutes", t.sellMinutes());
    v.put("total_minutes", t.totalMinutes());
    v.put("total_calls", Math.toIntExact(t.totalCalls()));
    v.put("buy_service_charge", BigDecimal.ZERO);
    v.put("sell_service_charge", BigDecimal.ZERO);
    ShortCallSurcharge scc = invoice.surcharge();
    v.put("scc_cost", t.shortCallCost().rounded(5));
    v.put("scc_calls", scc == null ? 0 : Math.toIntExact(scc.shortCalls()));
    v.put("scc_per", scc == null ? BigDecimal.ZERO : scc.shortPercent());
    v.put("scc_sec", scc == null ? 0 : scc.thresholdSeconds());
    v.put("tax", t.tax().rounded(10));
    LrnCharges lrn = lrn(invoice);
    v.put("lrn_numbers", Math.toIntExact(lrn.calls()));
    v.put("lrn_rate", lrn.rate());
    v.put("lrn_cost", lrn.cost().rounded(10));
    v.put("pay_amount", BigDecimal.ZERO);
    v.put("paid", false);

    AccountSummary a = invoice.accountSummary();
    if (a != null) {
      v.put("current_balance", a.currentBalance().rounded(10));
      v.put("previous_balance", a.previousBalance().rounded(10));
      v.put("payment_credit", a.paymentsAndCredits().rounded(10));
      v.put("current_charge", a.currentCharge().rounded(10));
      v.put("new_balance", a.newBalance().rounded(10));
      v.put("please_pay", a.pleasePay().rounded(5));
      v.put("credit_remaining", a.creditRemaining().rounded(5));
      v.put("unlimited_credit_unlimited", a.unlimitedCredit());
      v.put("invoice_balance_time", Rows.utc(a.balanceTime()));
      v.put("finance_charge", a.financeCharge().rounded(10));
      v.put("decurring_charge", a.recurringCharge().rounded(10));
      v.put("non_recurring_charge", a.nonRecurringCharge().rounded(10));
    } else {
      row.expressions.put("current_balance", CURRENT_BALANCE);
      for (String c :
          new String[] {
            "previous_balance",
            "payment_credit",
            "current_charge",
            "new_balance",
            "please_pay",
            "credit_remaining",
            "invoice_balance_time"
          }) {
        v.put(c, null);
      }
      v.put("unlimited_credit_unlimited", false);
      v.put("finance_charge", BigDecimal.ZERO);
      v.put("decurring_charge", BigDecimal.ZERO);
      v.put("non_recurring_charge", BigDecimal.ZERO);
    }
    row.expressions.put("payment_term", PAYMENT_TERM_NAME);

    InvoiceOptions o = invoice.options();
    v.put("include_detail", o.usageDetail());
    v.put("invoice_jurisdictional_detail", o.jurisdictionalDetail());
    v.put("is_invoice_account_summary", o.accountSummary());
    v.put("invoice_use_balance_type", o.balanceType().code());
    v.put("is_show_daily_usage", o.dailyUsage());
    v.put("is_short_duration_call_surcharge_detail", o.shortCallSurcharge());
    v.put("invoice_include_payment", o.summaryOfPayments());
    v.put("is_show_total_trunk", o.summaryByTrunk());
    v.put("is_show_detail_trunk", o.detailByTrunk());
    v.put("is_show_code_100", o.codeSummary());
    v.put("is_show_code_name", o.trafficByCodeName());
    v.put("is_show_country", o.trafficByCountry());
    v.put("is_show_by_date", o.callsByDate());
    v.put("decimal_place", o.decimalPlace());
    v.put("rate_value", o.actualRate() ? 1 : 0);

    v.put("pdf_path", pdfPath);
    v.put("generate_start_time", Rows.utc(times == null ? null : times.start()));
    v.put("generate_stats_time", Rows.utc(times == null ? null : times.stats()));
    v.put("generate_end_time", Rows.utc(times == null ? null : times.end()));
    v.put("output_type", 0);
    return row;
  }

  InvoiceRow withRunId(Integer invoiceLogId) {
    values.put("invoice_log_id", invoiceLogId);
    return this;
  }

  Map<String, Object> values() {
    return values;
  }

  String insertSql() {
    String columns =
        String.join(", ", values.keySet()) + ", " + String.join(", ", expressions.keySet());
    String placeholders =
        values.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "))
            + ", "
            + String.join(", ", expressions.values());
    return "INSERT INTO invoice ("
        + columns
        + ")\nVALUES ("
        + placeholders
        + ")\n"
        + "RETURNING invoice_id";
  }

  String updateSql() {
    String sets =
        values.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(",\n  "))
            + ",\n  "
            + expressions.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(",\n  "));
    return "UPDATE invoice SET\n  " + sets + "\nWHERE invoice_id = :invoice_id";
  }

  private static LrnCharges lrn(Invoice invoice) {
    UsageSections side =
        invoice.clientUsage() != null ? invoice.clientUsage() : invoice.vendorUsage();
    if (side == null || side.totals() == null || side.totals().lrn() == null) {
      return new LrnCharges(0, BigDecimal.ZERO, Money.ZERO);
    }
    return side.totals().lrn();
  }
}
