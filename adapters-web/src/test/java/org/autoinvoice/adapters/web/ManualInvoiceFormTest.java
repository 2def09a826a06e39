package org.autoinvoice.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.autoinvoice.application.port.in.CreateManualInvoiceCommand;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManualInvoiceFormTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

  /** The complete request of the original service's README. */
  static Map<String, List<String>> originalReadmeForm() {
    Map<String, List<String>> f = new HashMap<>();
    String[][] pairs = {
      {"show_trafic_country", "on"},
      {"invoice_use_balance_type", "0"},
      {"fields", "Array"},
      {"_method", "POST"},
      {"query", "Array"},
      {"detail_by_trunk", "on"},
      {"type", "0"},
      {"dayusage", "on"},
      {"client_id", "3"},
      {"end_date", "2018-01-21 23:59:59"},
      {"start_time", "00:00:00"},
      {"is_invoice_account_summary", "on"},
      {"decimal_place", "5"},
      {"start_date", "2018-01-15 00:00:00"},
      {"void_id", ""},
      {"is_short_duration_call_surcharge_detail", "on"},
      {"stop_time", "23:59:59"},
      {"ingress_prefix", "on"},
      {"show_trafic_code_name", "on"},
      {"summary_of_payments", "on"},
      {"show_calls_date", "on"},
      {"invoice_date", "2018-01-25"},
      {"show_account_summary", "on"},
      {"invoice_due_date", "2018-01-25"},
      {"is_invoice_usage_detail", "on"}
    };
    for (String[] p : pairs) {
      f.put(p[0], List.of(p[1]));
    }
    return f;
  }

  private static CreateManualInvoiceCommand parse(Map<String, List<String>> form) {
    return new ManualInvoiceForm(form, CLOCK).toCommand();
  }

  @Test
  void readsTheOriginalReadmeForm() {
    CreateManualInvoiceCommand c = parse(originalReadmeForm());
    assertThat(c.clients()).containsExactly(new ClientId(3));
    assertThat(c.type()).isEqualTo(InvoiceType.CLIENT);
    assertThat(c.start()).isEqualTo(LocalDateTime.of(2018, 1, 15, 0, 0, 0));
    assertThat(c.endInclusive()).isEqualTo(LocalDateTime.of(2018, 1, 21, 23, 59, 59));
    assertThat(c.invoiceDate()).isEqualTo(LocalDate.of(2018, 1, 25));
    assertThat(c.dueDate()).isEqualTo(LocalDate.of(2018, 1, 25));
    assertThat(c.voidInvoiceIds()).isEmpty();
    assertThat(c.zoneOverride()).isEmpty();
    InvoiceOptions o = c.options();
    assertThat(o.accountSummary()).isTrue();
    assertThat(o.balanceType()).isEqualTo(BalanceType.ACTUAL);
    assertThat(o.availableCredit()).isTrue();
    assertThat(o.usageDetail()).isTrue();
    assertThat(o.jurisdictionalDetail()).isTrue();
    assertThat(o.dailyUsage()).isTrue();
    assertThat(o.summaryByTrunk()).isTrue();
    assertThat(o.detailByTrunk()).isTrue();
    assertThat(o.codeSummary()).isFalse();
    assertThat(o.trafficByCodeName()).isTrue();
    assertThat(o.trafficByCountry()).isTrue();
    assertThat(o.callsByDate()).isTrue();
    assertThat(o.summaryOfPayments()).isTrue();
    assertThat(o.shortCallSurcharge()).isTrue();
    assertThat(o.decimalPlace()).isEqualTo(5);
    assertThat(o.actualRate()).isFalse();
  }

  @Test
  void absentCheckboxesAreOffAndDefaultsApply() {
    Map<String, List<String>> f = new HashMap<>();
    f.put("client_id", List.of("7"));
    f.put("type", List.of("1"));
    f.put("start_date", List.of("2026-11-01"));
    f.put("end_date", List.of("2026-11-30"));
    CreateManualInvoiceCommand c = parse(f);
    assertThat(c.options()).isEqualTo(InvoiceOptions.none());
    assertThat(c.endInclusive()).isEqualTo(LocalDateTime.of(2026, 11, 30, 23, 59, 59));
    assertThat(c.invoiceDate()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(c.dueDate()).isEqualTo(c.invoiceDate());
  }

  @Test
  void acceptsSeveralClientsVoidIdsAndAZone() {
    Map<String, List<String>> f = originalReadmeForm();
    f.put("client_id", List.of("3,4", "5"));
    f.put("client_id[]", List.of("6"));
    f.put("void_id", List.of(",12, ,13"));
    f.put("tz", List.of("America/New_York"));
    CreateManualInvoiceCommand c = parse(f);
    assertThat(c.clients())
        .containsExactly(new ClientId(3), new ClientId(4), new ClientId(5), new ClientId(6));
    assertThat(c.voidInvoiceIds()).containsExactly(12L, 13L);
    assertThat(c.zoneOverride())
        .get()
        .extracting(z -> z.zoneId().getId())
        .isEqualTo("America/New_York");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "client_id|abc|client_id 'abc' is not valid: expected a numeric client id, or a comma list of them",
        "client_id|Array|client_id 'Array' is not valid",
        "client_id|''|client_id is missing: expected a numeric client id",
        "start_date|2018-13-01 00:00:00|start_date '2018-13-01 00:00:00' is not valid: expected a date-time like 2018-01-15 00:00:00",
        "end_date|yesterday|end_date 'yesterday' is not valid",
        "end_date|2018-01-14 23:59:59|end_date 2018-01-14T23:59:59 is before start_date 2018-01-15T00:00",
        "end_date|2019-01-16 00:00:00|end_date is more than 366 days after start_date",
        "invoice_date|25/01/2018|invoice_date '25/01/2018' is not valid: expected a date like 2018-01-25",
        "invoice_due_date|2018-01-24|invoice_due_date 2018-01-24 is before invoice_date 2018-01-25",
        "decimal_place|11|decimal_place '11' is not valid: expected an integer from 0 to 10",
        "decimal_place|-1|decimal_place '-1' is not valid",
        "decimal_place|2.5|decimal_place '2.5' is not valid",
        "type|3|type '3' is not valid: expected 0 (client), 1 (vendor) or 2 (both)",
        "type|''|type is missing",
        "invoice_use_balance_type|2|invoice_use_balance_type '2' is not valid: expected 0 (actual balance) or 1 (mutual balance)",
        "void_id|12,x|void_id 'x' is not valid: expected a comma list of invoice ids",
        "tz|Mars/Base|tz 'Mars/Base' is not valid: expected an offset like +05:00 or a zone id like America/New_York",
        "rate_value|5|rate_value '5' is not valid"
      })
  void rejectsBadInputWithOneLineNamingTheField(String field, String value, String message) {
    Map<String, List<String>> f = originalReadmeForm();
    f.put(field, List.of(value));
    assertThatThrownBy(() -> parse(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining("\n");
  }
}
