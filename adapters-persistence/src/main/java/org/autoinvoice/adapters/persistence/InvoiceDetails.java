package org.autoinvoice.adapters.persistence;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.usage.CodeNameUsage;
import org.autoinvoice.domain.usage.JurisdictionTraffic;
import org.autoinvoice.domain.usage.LabeledTraffic;
import org.autoinvoice.domain.usage.UsageSections;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes and deletes the detail rows of an invoice (rule D11), keyed by {@code invoice_no}: only
 * the sections switched on. {@code invoice_calls} holds both sides ({@code invoice_type} 0 buy, 1
 * sell); the other tables have no side column and hold the client side, or the vendor side of a
 * vendor invoice.
 */
final class InvoiceDetails {
  private static final List<String> TABLES =
      List.of(
          "invoice_calls",
          "invoice_daily_cost",
          "invoice_payment",
          "invoice_calls_detail_by_trunk",
          "invoice_calls_total_by_trunk",
          "invoice_show_code_100",
          "invoice_show_code_name",
          "invoice_show_country",
          "invoice_show_date");

  private final Handle handle;

  InvoiceDetails(Handle handle) {
    this.handle = handle;
  }

  void delete(String invoiceNumber) {
    for (String table : TABLES) {
      // table names come from the constant list above
      handle
          .createUpdate("DELETE FROM " + table + " WHERE invoice_no = :no")
          .bind("no", invoiceNumber)
          .execute();
    }
  }

  void write(Invoice invoice) {
    String no = invoice.number();
    InvoiceOptions o = invoice.options();
    ZoneId zone = invoice.period().zone().zoneId();
    if (o.usageDetail() || o.jurisdictionalDetail()) {
      if (invoice.clientUsage() != null) {
        codeNames(no, 0, invoice.clientUsage().usageDetail());
      }
      if (invoice.vendorUsage() != null) {
        codeNames(no, 1, invoice.vendorUsage().usageDetail());
      }
    }
    UsageSections side =
        invoice.clientUsage() != null ? invoice.clientUsage() : invoice.vendorUsage();
    if (o.dailyUsage()) {
      batch(
          """
          INSERT INTO invoice_daily_cost (invoice_no, invoice_date, inter_mins, intra_mins,
                 other_mins, inter_cost, intra_cost, other_cost)
          VALUES (:no, :day, :interMins, :intraMins, :otherMins, :interCost, :intraCost,
                  :otherCost)
          """,
          no,
          side.dailyUsage(),
          (b, d) ->
              b.bind("day", Rows.utc(d.day().atStartOfDay(zone).toInstant()))
                  .bind("interMins", d.interMinutes())
                  .bind("intraMins", d.intraMinutes())
                  .bind("otherMins", d.indeterminateMinutes())
                  .bind("interCost", money(d.interCost()))
                  .bind("intraCost", money(d.intraCost()))
                  .bind("otherCost", money(d.indeterminateCost())));
    }
    if (o.summaryOfPayments()) {
      batch(
          """
          INSERT INTO invoice_payment (invoice_no, payment_time, payment_amount)
          VALUES (:no, :at, :amount)
          """,
          no,
          invoice.payments(),
          (b, p) -> b.bind("at", Rows.utc(p.receivedAt())).bind("amount", money(p.amount())));
    }
    if (o.summaryByTrunk()) {
      batch(
          """
          INSERT INTO invoice_calls_detail_by_trunk (invoice_no, resource_id, prefix, calls,
                 minutes, amount)
          VALUES (:no, :trunk, :prefix, :calls, :minutes, :amount)
          """,
          no,
          side.trunkSummary(),
          (b, s) ->
              b.bind("trunk", s.trunk().trunkId())
                  .bind("prefix", s.trunk().prefix())
                  .bind("calls", Math.toIntExact(s.traffic().calls()))
                  .bind("minutes", s.traffic().minutes())
                  .bind("amount", money(s.traffic().amount())));
    }
    if (o.detailByTrunk()) {
      batch(
          """
          INSERT INTO invoice_calls_total_by_trunk (invoice_no, resource_id, prefix,
                 inter_calls, inter_minutes, inter_acd, inter_amount,
                 intra_calls, intra_minutes, intra_acd, intra_amount,
                 indeter_calls, indeter_minutes, indeter_acd, indeter_amount, amount, no_call_6)
          VALUES (:no, :trunk, :prefix, :interCalls, :interMinutes, :interAcd, :interAmount,
                  :intraCalls, :intraMinutes, :intraAcd, :intraAmount,
                  :indeterCalls, :indeterMinutes, :indeterAcd, :indeterAmount, :amount, :short6)
          """,
          no,
          side.trunkDetails(),
          (b, d) -> {
            b.bind("trunk", d.trunk().trunkId()).bind("prefix", d.trunk().prefix());
            jurisdiction(b, "inter", d.inter());
            jurisdiction(b, "intra", d.intra());
            jurisdiction(b, "indeter", d.indeterminate());
            b.bind("amount", money(d.amount()))
                .bind("short6", Math.toIntExact(d.shortCallsUnder6()));
          });
    }
    if (o.codeSummary()) {
      labeled("invoice_show_code_100", "code", no, side.codeSummary());
    }
    if (o.trafficByCodeName()) {
      labeled("invoice_show_code_name", "code_name", no, side.byCodeName());
    }
    if (o.trafficByCountry()) {
      labeled("invoice_show_country", "country", no, side.byCountry());
    }
    if (o.callsByDate()) {
      batch(
          """
          INSERT INTO invoice_show_date (invoice_no, time_day, calls, minutes, amount)
          VALUES (:no, :day, :calls, :minutes, :amount)
          """,
          no,
          side.byDate(),
          (b, d) ->
              b.bind("day", d.day().toString())
                  .bind("calls", Math.toIntExact(d.traffic().calls()))
                  .bind("minutes", d.traffic().minutes())
                  .bind("amount", money(d.traffic().amount())));
    }
  }

  private void codeNames(String no, int invoiceType, List<CodeNameUsage> rows) {
    batch(
        """
        INSERT INTO invoice_calls (invoice_no, invoice_type, code_name, effective_date,
               calls_count, total_minutes, avg_rate, cost, inter_minutes, intra_minutes,
               inter_rate, intra_rate, inter_cost, intra_cost)
        VALUES (:no, :invoiceType, :codeName, :effectiveDate, :calls, :minutes, :rate, :cost,
                :interMinutes, :intraMinutes, :interRate, :intraRate, :interCost, :intraCost)
        """,
        no,
        rows,
        (b, c) ->
            b.bind("invoiceType", invoiceType)
                .bind("codeName", c.codeName())
                .bind(
                    "effectiveDate",
                    c.effectiveDate() == null ? null : c.effectiveDate().toString())
                .bind("calls", Math.toIntExact(c.calls()))
                .bind("minutes", c.minutes())
                .bind("rate", c.printedRate())
                .bind("cost", money(c.cost()))
                .bind("interMinutes", c.interMinutes())
                .bind("intraMinutes", c.intraMinutes())
                .bind("interRate", c.interRate())
                .bind("intraRate", c.intraRate())
                .bind("interCost", money(c.interCost()))
                .bind("intraCost", money(c.intraCost())));
  }

  private void labeled(String table, String labelColumn, String no, List<LabeledTraffic> rows) {
    // table and column names are constants chosen by the caller
    batch(
        "INSERT INTO "
            + table
            + " (invoice_no, "
            + labelColumn
            + ", calls, minutes, amount) VALUES (:no, :label, :calls, :minutes, :amount)",
        no,
        rows,
        (b, l) ->
            b.bind("label", l.label())
                .bind("calls", Math.toIntExact(l.traffic().calls()))
                .bind("minutes", l.traffic().minutes())
                .bind("amount", money(l.traffic().amount())));
  }

  private static void jurisdiction(PreparedBatch b, String prefix, JurisdictionTraffic j) {
    b.bind(prefix + "Calls", Math.toIntExact(j.calls()))
        .bind(prefix + "Minutes", j.minutes())
        .bind(prefix + "Acd", j.acdMinutes())
        .bind(prefix + "Amount", money(j.amount()));
  }

  private <T> void batch(String sql, String no, List<T> rows, BiConsumer<PreparedBatch, T> binder) {
    if (rows == null || rows.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch(sql);
    for (T row : rows) {
      batch.bind("no", no);
      binder.accept(batch, row);
      batch.add();
    }
    batch.execute();
  }

  private static BigDecimal money(Money m) {
    return m.rounded(10);
  }
}
