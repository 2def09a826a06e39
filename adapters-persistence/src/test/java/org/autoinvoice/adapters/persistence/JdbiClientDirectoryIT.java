package org.autoinvoice.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.cycle.PaymentTerm;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.surcharge.ShortCallSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiClientDirectoryIT {
  @TempDir static Path dir;
  private static EmbeddedPostgresServer server;

  @BeforeAll
  static void start() {
    server = DnlDatabase.startServer(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void mapsEveryInvoiceSettingOfAClient() {
    DnlDatabase db = DnlDatabase.fresh(server);
    int term = db.fixtures.paymentTerm("monthly-5", 2, 5, 10);
    Map<String, Object> c = new HashMap<>();
    c.putAll(
        Map.of(
            "company",
            "ACME Ltd",
            "address",
            "1 Road\nTown",
            "billing_email",
            "a@x.test;b@x.test",
            "mode",
            2,
            "allowed_credit",
            new BigDecimal("-500.5"),
            "unlimited_credit",
            true,
            "invoice_zone",
            "+05:00",
            "include_tax",
            true,
            "tax",
            new BigDecimal("7.50")));
    c.putAll(
        Map.of(
            "scc_bellow",
            12,
            "scc_percent",
            20,
            "scc_charge",
            new BigDecimal("0.01"),
            "scc_type",
            1,
            "invoice_show_details",
            true,
            "is_show_total_trunk",
            true,
            "is_show_code_name",
            true,
            "is_invoice_account_summary",
            true,
            "invoice_use_balance_type",
            1,
            "include_available_credit",
            (short) 1));
    c.putAll(
        Map.of(
            "decimal_place",
            3,
            "rate_value",
            1,
            "invoice_include_payment",
            true,
            "payment_term_id",
            term,
            "invoice_start_from",
            LocalDate.parse("2024-01-01"),
            "auto_invoice_hour",
            6,
            "invoice_zero",
            false,
            "email_invoice",
            true,
            "is_send_as_link",
            true,
            "auto_invoice_type",
            0));
    int id = db.fixtures.client("full", c);

    Client client = db.adapters.clientDirectory().findClient(new ClientId(id)).orElseThrow();

    assertThat(client.name()).isEqualTo("full");
    assertThat(client.company()).isEqualTo("ACME Ltd");
    assertThat(client.address()).isEqualTo("1 Road\nTown");
    assertThat(client.billingEmail()).isEqualTo("a@x.test;b@x.test");
    assertThat(client.active()).isTrue();
    assertThat(client.postpaid()).isTrue();
    assertThat(client.allowedCredit()).isEqualByComparingTo("-500.5");
    assertThat(client.unlimitedCredit()).isTrue();
    assertThat(client.zone()).isEqualTo(ZoneSpec.parse("+05:00"));
    assertThat(client.includeTax()).isTrue();
    assertThat(client.taxPercent()).isEqualByComparingTo("7.5");
    assertThat(client.shortCalls().thresholdSeconds()).isEqualTo(12);
    assertThat(client.shortCalls().allowedPercent()).isEqualByComparingTo("20");
    assertThat(client.shortCalls().chargePerCall()).isEqualByComparingTo("0.01");
    assertThat(client.shortCalls().type()).isEqualTo(1);
    assertThat(client.defaultOptions())
        .isEqualTo(
            new InvoiceOptions(
                true,
                BalanceType.MUTUAL,
                true,
                true,
                false,
                false,
                true,
                false,
                false,
                true,
                false,
                false,
                true,
                false,
                3,
                true));
    assertThat(client.autoInvoice().enabled()).isTrue();
    assertThat(client.autoInvoice().autoInvoiceType()).isZero();
    assertThat(client.autoInvoice().paymentTerm())
        .isEqualTo(new PaymentTerm(term, "monthly-5", 2, 5, null, 10));
    assertThat(client.autoInvoice().startFrom()).isEqualTo(LocalDate.parse("2024-01-01"));
    assertThat(client.autoInvoice().hour()).isEqualTo(6);
    assertThat(client.autoInvoice().skipZeroTraffic()).isFalse();
    assertThat(client.autoInvoice().emailInvoice()).isTrue();
    assertThat(client.autoInvoice().sendAsLink()).isTrue();
  }

  @Test
  void nullColumnsTakeTheDefaultsAndABadZoneIsUtc() {
    DnlDatabase db = DnlDatabase.fresh(server);
    Map<String, Object> c = new HashMap<>();
    for (String col :
        new String[] {
          "scc_bellow",
          "scc_percent",
          "scc_type",
          "decimal_place",
          "rate_value",
          "invoice_use_balance_type",
          "include_available_credit",
          "auto_invoice_hour",
          "invoice_zero",
          "email_invoice",
          "is_send_as_link",
          "unlimited_credit",
          "include_tax"
        }) {
      c.put(col, null);
    }
    c.put("invoice_zone", "nowhere");
    int id = db.fixtures.client("nulls", c);
    int blank = db.fixtures.client("blank-zone", Map.of("invoice_zone", " "));

    Client client = db.adapters.clientDirectory().findClient(new ClientId(id)).orElseThrow();

    assertThat(client.zone()).isEqualTo(ZoneSpec.UTC);
    assertThat(client.shortCalls()).isEqualTo(ShortCallSettings.NONE);
    assertThat(client.taxPercent()).isEqualByComparingTo("0");
    assertThat(client.defaultOptions()).isEqualTo(InvoiceOptions.none());
    assertThat(client.autoInvoice().hour()).isZero();
    assertThat(client.autoInvoice().skipZeroTraffic()).isTrue();
    assertThat(client.autoInvoice().paymentTerm()).isNull();
    assertThat(db.adapters.clientDirectory().findClient(new ClientId(blank)).orElseThrow().zone())
        .isEqualTo(ZoneSpec.UTC);
    assertThat(db.adapters.clientDirectory().findClient(new ClientId(99999))).isEmpty();
  }

  @Test
  void autoInvoiceClientsAreActiveWithAutoInvoicingAndAPaymentTerm() {
    DnlDatabase db = DnlDatabase.fresh(server);
    int term = db.fixtures.paymentTerm("weekly", 3, 1, null);
    int yes = db.fixtures.client("yes", Map.of("payment_term_id", term));
    db.fixtures.client("no-term", Map.of());
    db.fixtures.client("inactive", Map.of("payment_term_id", term, "status", false));
    db.fixtures.client("manual", Map.of("payment_term_id", term, "auto_invoicing", false));

    assertThat(db.adapters.clientDirectory().findAutoInvoiceClients())
        .extracting(cl -> cl.id().value())
        .containsExactly(yes);
    assertThat(
            db.adapters
                .clientDirectory()
                .findClient(new ClientId(yes))
                .orElseThrow()
                .autoInvoice()
                .paymentTerm()
                .graceDays())
        .isZero();
  }

  @Test
  void systemParametersFallBackToDefaultsAndReadTheRow() {
    DnlDatabase db = DnlDatabase.fresh(server);
    assertThat(db.adapters.clientDirectory().systemParameters())
        .isEqualTo(SystemParameters.defaults());

    Map<String, Object> row = new HashMap<>();
    row.put("invoice_decimal_digits", 4);
    row.put("overlap_invoice_protection", false);
    row.put("company_info", "ACME Switch");
    row.put("company_info_location", (short) 1);
    row.put("pdf_tpl", "IBAN X");
    row.put("tpl_number", 2);
    row.put("switch_alias", "SW");
    row.put("invoice_send_mode", 1);
    db.fixtures.insert("system_parameter", row);

    assertThat(db.adapters.clientDirectory().systemParameters())
        .isEqualTo(new SystemParameters(4, false, "ACME Switch", 1, "IBAN X", 2, "SW", 1));
  }

  @Test
  void nullSystemParametersTakeTheDefaults() {
    DnlDatabase db = DnlDatabase.fresh(server);
    Map<String, Object> row = new HashMap<>();
    row.put("invoice_decimal_digits", null);
    row.put("overlap_invoice_protection", null);
    db.fixtures.insert("system_parameter", row);

    assertThat(db.adapters.clientDirectory().systemParameters())
        .isEqualTo(SystemParameters.defaults());
  }
}
