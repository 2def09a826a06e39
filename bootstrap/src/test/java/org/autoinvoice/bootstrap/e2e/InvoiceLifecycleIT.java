package org.autoinvoice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Regenerate, void, and a database outage while the service runs. */
@ExtendWith(DropwizardExtensionsSupport.class)
class InvoiceLifecycleIT {
  private static final Path WORK = tempDir();
  private static final DemoDatabase DB = new DemoDatabase(WORK.resolve("pg"));

  static final DropwizardAppExtension<AutoInvoiceConfiguration> APP =
      new DropwizardAppExtension<>(
          ServiceOnDemoDatabase.app(DB, WORK, DemoDatabase.DEMO_CLOCK, "0", "0"));

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("autoinvoice-lifecycle-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopDatabase() {
    DB.stop();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + APP.getLocalPort() + path;
  }

  private static String onlyInvoice(int clientId) {
    List<Map<String, Object>> rows = DB.invoicesOf(clientId);
    assertThat(rows).hasSize(1);
    return (String) rows.get(0).get("invoice_number");
  }

  @Test
  void regenerateRebuildsFromCurrentDataWithTheSameNumberAndVoidVoids() throws Exception {
    Map<String, String> form = Forms.originalReadmeForm(3, "2026-01-12", "2026-01-18");
    assertThat(Forms.multipart(url("/ManualInvoiceTest"), form).body()).isEqualTo("OK");
    String number = onlyInvoice(3);
    BigDecimal before = (BigDecimal) DB.invoiceRow(number).get("buy_total");
    Path pdf = WORK.resolve("invoice").resolve(number + "_2026-01-20.pdf");
    byte[] pdfBefore = Files.readAllBytes(pdf);

    // re-rating: one hourly row of client 3 inside the period gets 100 more
    DB.execute(
        "UPDATE cdr_report_detail20260114 SET ingress_call_cost = ingress_call_cost + 100"
            + " WHERE ctid = (SELECT ctid FROM cdr_report_detail20260114"
            + " WHERE ingress_client_id = 3 AND ingress_call_cost IS NOT NULL LIMIT 1)");
    HttpResponse<String> regenerated =
        Forms.urlencoded(url("/regenerate"), Map.of("invoice_number", number, "create_type", "1"));

    assertThat(regenerated.statusCode()).as(regenerated.body()).isEqualTo(200);
    assertThat(onlyInvoice(3)).isEqualTo(number);
    Map<String, Object> row = DB.invoiceRow(number);
    assertThat((BigDecimal) row.get("buy_total"))
        .isEqualByComparingTo(before.add(new BigDecimal("100")));
    assertThat(row.get("state")).isEqualTo(0);
    assertThat(Files.readAllBytes(pdf)).isNotEqualTo(pdfBefore);

    HttpResponse<String> voided =
        Forms.multipart(url("/voidinvoicepost"), Map.of("invoice_number", number));
    assertThat(voided.statusCode()).isEqualTo(200);
    assertThat(voided.body()).isEqualTo("Invoice " + number + " voided");
    assertThat(voided.body()).doesNotStartWith("Query executed:");
    assertThat(DB.invoiceRow(number)).containsEntry("state", -1).containsEntry("status", -1);

    assertThat(
            Forms.urlencoded(url("/regenerate"), Map.of("invoice_number", "987654")).statusCode())
        .isEqualTo(404);
    assertThat(Forms.urlencoded(url("/voidinvoicepost"), Map.of("invoice_number", "987654")).body())
        .isEqualTo("invoice_number 987654 does not exist");
  }

  @Test
  void resendEmailQueuesTheInvoiceAndAnswersOk() throws Exception {
    Map<String, String> form = Forms.originalReadmeForm(5, "2026-01-12", "2026-01-18");
    assertThat(Forms.multipart(url("/ManualInvoiceTest"), form).body()).isEqualTo("OK");
    String number = onlyInvoice(5);

    HttpResponse<String> queued =
        Forms.multipart(
            url("/resendemail"), Map.of("invoice_number", number, "email", "ap@echo.example"));

    assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
    assertThat(queued.body()).isEqualTo("OK");
    assertThat(
            DB.count(
                "SELECT count(*) FROM autoinvoice.email_outbox WHERE invoice_number = ?", number))
        .isEqualTo(1);
    HttpResponse<String> unknown =
        Forms.urlencoded(url("/resendemail"), Map.of("invoice_number", "987654", "email", ""));
    assertThat(unknown.statusCode()).isEqualTo(404);
    HttpResponse<String> badAddress =
        Forms.urlencoded(
            url("/resendemail"), Map.of("invoice_number", number, "email", "not-an-address"));
    assertThat(badAddress.statusCode()).isEqualTo(400);
    assertThat(badAddress.body()).contains("not-an-address").doesNotContain("\n");
  }

  @Test
  void databaseDownAnswers503AndTheSameRequestSucceedsOnceItIsBack() throws Exception {
    Map<String, String> form = Forms.originalReadmeForm(1, "2026-01-12", "2026-01-18");
    long filesBefore;
    try (var list = Files.list(WORK.resolve("invoice"))) {
      filesBefore = list.count();
    }
    long files;
    DB.stop();
    try {
      HttpResponse<String> down = Forms.multipart(url("/ManualInvoiceTest"), form);
      assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
      assertThat(down.body()).startsWith("Database unavailable").doesNotContain("\n");
      assertThat(down.headers().firstValue("Retry-After")).isPresent();
      assertThat(Forms.get(url("/apitest")).statusCode()).isEqualTo(200);
      try (var list = Files.list(WORK.resolve("invoice"))) {
        files = list.count();
      }
    } finally {
      DB.restart();
    }
    assertThat(files).isEqualTo(filesBefore);

    HttpResponse<String> back = Forms.multipart(url("/ManualInvoiceTest"), form);
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(DB.invoicesOf(1)).hasSize(1);
  }
}
