package org.autoinvoice.adapters.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.AutoInvoiceSettings;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.cycle.PaymentTerm;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.UsageRecord;

/** Writes domain values as DNL rows with plain SQL inserts: the fixture API of the contracts. */
final class DomainRows {
  private final DnlFixtures fixtures;

  DomainRows(DnlFixtures fixtures) {
    this.fixtures = fixtures;
  }

  void client(Client c) {
    AutoInvoiceSettings a = c.autoInvoice();
    PaymentTerm term = a.paymentTerm();
    if (term != null) {
      Map<String, Object> t = new HashMap<>();
      t.put("payment_term_id", term.id());
      t.put("name", term.name());
      t.put("type", term.type());
      t.put("days", term.days());
      t.put("more_days", term.moreDays());
      t.put("grace_days", term.graceDays());
      fixtures.insertIgnoringConflict("payment_term", t);
    }
    InvoiceOptions o = c.defaultOptions();
    Map<String, Object> v = new HashMap<>();
    v.put("client_id", c.id().value());
    v.put("company", c.company());
    v.put("address", c.address());
    v.put("billing_email", c.billingEmail());
    v.put("status", c.active());
    v.put("mode", c.mode());
    v.put("allowed_credit", c.allowedCredit());
    v.put("unlimited_credit", c.unlimitedCredit());
    v.put("invoice_zone", InvoiceZones.format(c.zone(), Instant.EPOCH));
    v.put("include_tax", c.includeTax());
    v.put("tax", c.taxPercent());
    v.put("scc_bellow", c.shortCalls().thresholdSeconds());
    v.put("scc_percent", c.shortCalls().allowedPercent().intValue());
    v.put("scc_charge", c.shortCalls().chargePerCall());
    v.put("scc_type", c.shortCalls().type());
    v.put("is_invoice_account_summary", o.accountSummary());
    v.put("invoice_use_balance_type", o.balanceType().code());
    v.put("include_available_credit", (short) (o.availableCredit() ? 1 : 0));
    v.put("invoice_show_details", o.usageDetail());
    v.put("invoice_jurisdictional_detail", o.jurisdictionalDetail());
    v.put("is_show_daily_usage", o.dailyUsage());
    v.put("is_show_total_trunk", o.summaryByTrunk());
    v.put("is_show_detail_trunk", o.detailByTrunk());
    v.put("is_show_code_100", o.codeSummary());
    v.put("is_show_code_name", o.trafficByCodeName());
    v.put("is_show_country", o.trafficByCountry());
    v.put("is_show_by_date", o.callsByDate());
    v.put("invoice_include_payment", o.summaryOfPayments());
    v.put("is_short_duration_call_surcharge_detail", o.shortCallSurcharge());
    v.put("decimal_place", o.decimalPlace());
    v.put("rate_value", o.actualRate() ? 1 : 0);
    v.put("auto_invoicing", a.enabled());
    v.put("auto_invoice_type", a.autoInvoiceType());
    v.put("payment_term_id", term == null ? null : term.id());
    v.put("invoice_start_from", a.startFrom());
    v.put("auto_invoice_hour", a.hour());
    v.put("invoice_zero", a.skipZeroTraffic());
    v.put("email_invoice", a.emailInvoice());
    v.put("is_send_as_link", a.sendAsLink());
    fixtures.client(c.name(), v);
  }

  /** {@code r} as one row of the daily table of {@code hour}, on the record's side. */
  void usage(ClientId client, Instant hour, UsageRecord r) {
    String s = r.direction() == Direction.INGRESS ? "ingress" : "egress";
    Map<String, Object> v = new HashMap<>();
    v.put(s + "_client_id", client.value());
    v.put(s + "_id", r.trunkId());
    if (r.direction() == Direction.INGRESS) {
      v.put("ingress_prefix", r.prefix());
    }
    v.put(s + "_code", r.code());
    v.put(s + "_code_name", r.codeName());
    v.put(s + "_country", r.country());
    v.put(
        s + "_rate_date",
        r.effectiveDate() == null
            ? null
            : r.effectiveDate().atStartOfDay(ZoneOffset.UTC).toEpochSecond());
    v.put(s + "_rate", r.actualRate() == null ? null : r.actualRate().doubleValue());
    v.put(s + "_total_calls", (int) r.attempts());
    v.put("not_zero_calls", (int) r.answeredCalls());
    v.put(s + "_bill_time", (int) r.billedSeconds());
    v.put("duration", (int) r.durationSeconds());
    v.put(s + "_call_cost", r.cost().amount());
    v.put(s + "_bill_time_inter", (int) r.interBilledSeconds());
    v.put(s + "_call_cost_inter", r.interCost().amount());
    v.put(s + "_bill_time_intra", (int) r.intraBilledSeconds());
    v.put(s + "_call_cost_intra", r.intraCost().amount());
    v.put("inter_not_zero_calls", (int) r.interCalls());
    v.put("intra_not_zero_calls", (int) r.intraCalls());
    v.put("inter_duration", (int) r.interDurationSeconds());
    v.put("intra_duration", (int) r.intraDurationSeconds());
    v.put("not_zero_calls_6", (int) r.shortCalls().upTo6());
    v.put("call_12s", (int) r.shortCalls().upTo12());
    v.put("call_18s", (int) r.shortCalls().upTo18());
    v.put("call_24s", (int) r.shortCalls().upTo24());
    v.put("not_zero_calls_30", (int) r.shortCalls().upTo30());
    v.put("lrn_calls", (int) r.lrnCalls());
    v.put("lnp_cost", r.lrnCost().amount());
    fixtures.cdr(hour, v);
  }

  void payment(ClientId client, PaymentLine line) {
    Map<String, Object> v = new HashMap<>();
    v.put("client_id", client.value());
    v.put("payment_type", line.paymentType());
    v.put("amount", line.amount().amount());
    v.put("payment_time", line.receivedAt().atOffset(ZoneOffset.UTC));
    v.put("receiving_time", line.receivedAt().atOffset(ZoneOffset.UTC));
    v.put("result", true);
    fixtures.insert("client_payment", v);
  }

  void closingBalance(ClientId client, BalanceType type, LocalDate day, Money balance) {
    Map<String, Object> v = new HashMap<>();
    v.put("client_id", client.value());
    v.put("date", day);
    v.put(type == BalanceType.ACTUAL ? "actual_balance" : "mutual_balance", balance.amount());
    fixtures.insert(type == BalanceType.ACTUAL ? "balance_history_actual" : "balance_history", v);
  }

  void currentBalance(ClientId client, Money balance) {
    Map<String, Object> v = new HashMap<>();
    v.put("client_id", client.toString());
    v.put("balance", balance.amount());
    fixtures.insert("c4_client_balance", v);
  }

  void systemParameters(SystemParameters p) {
    Map<String, Object> v = new HashMap<>();
    v.put("invoice_decimal_digits", p.invoiceDecimalDigits());
    v.put("overlap_invoice_protection", p.overlapProtection());
    v.put("company_info", p.companyInfo());
    v.put("company_info_location", (short) p.companyInfoLocation());
    v.put("pdf_tpl", p.billingDetails());
    v.put("tpl_number", p.billingDetailsLocation());
    v.put("switch_alias", p.switchAlias());
    v.put("invoice_send_mode", p.invoiceSendMode());
    fixtures.insert("system_parameter", v);
  }
}
