package org.autoinvoice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.autoinvoice.bootstrap.config.AutoInvoiceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The manual invoice path end to end: the service on a DNL database (embedded PostgreSQL with demo
 * data, connected as an external database), the UI's form over HTTP, rows, detail rows and PDF
 * checked against independent SQL sums.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ManualInvoiceIT {
  private static final Path WORK = tempDir();
  private static final DemoDatabase DB = new DemoDatabase(WORK.resolve("pg"));

  static final DropwizardAppExtension<AutoInvoiceConfiguration> APP =
      new DropwizardAppExtension<>(
          ServiceOnDemoDatabase.app(DB, WORK, DemoDatabase.DEMO_CLOCK, "0", "0"));

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("autoinvoice-manual-it");
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

  private static Path invoiceDir() {
    return WORK.resolve("invoice");
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      StringBuilder text = new StringBuilder();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
      }
      return text.toString();
    }
  }

  private static String money(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return amount.signum() < 0 ? "(" + f.format(amount.negate()) + ")" : f.format(amount);
  }

  private static String lastInvoiceNumber(int clientId) {
    List<Map<String, Object>> rows = DB.invoicesOf(clientId);
    return (String) rows.get(rows.size() - 1).get("invoice_number");
  }

  private static long fileCount() throws IOException {
    try (Stream<Path> files = Files.list(invoiceDir())) {
      return files.count();
    }
  }

  @Test
  void theOriginalReadmeFormAsMultipartMakesOneInvoiceMatchingTheDailyTables() throws Exception {
    // client 3 "Charlie Voice" is in +02:00: the week is [01-04 22:00Z, 01-11 22:00Z)
    Map<String, String> form = Forms.originalReadmeForm(3, "2026-01-05", "2026-01-11");
    form.put("show_code_summery", "on");

    HttpResponse<String> response = Forms.multipart(url("/ManualInvoiceTest"), form);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("OK");
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/plain");
    assertThat(DB.invoicesOf(3)).hasSize(1);
    String number = lastInvoiceNumber(3);
    Map<String, Object> row = DB.invoiceRow(number);

    DemoDatabase.Sums sums =
        DB.ingressSums(
            3, Instant.parse("2026-01-04T22:00:00Z"), Instant.parse("2026-01-11T22:00:00Z"));
    assertThat(sums.answered()).isPositive();
    assertThat((BigDecimal) row.get("buy_total")).isEqualByComparingTo(sums.cost());
    assertThat(((Number) row.get("total_calls")).longValue()).isEqualTo(sums.answered());
    assertThat(((Number) row.get("buy_minutes")).doubleValue())
        .isCloseTo(sums.billedSeconds() / 60.0, org.assertj.core.data.Offset.offset(0.05));
    // client 3: surcharge on calls up to 18 s when more than 20 % are short, 0.02 each (type 0)
    long shortCalls = sums.s6() + sums.s12() + sums.s18();
    BigDecimal expectedScc =
        shortCalls * 100 > 20 * sums.answered()
            ? new BigDecimal("0.02").multiply(BigDecimal.valueOf(shortCalls))
            : BigDecimal.ZERO;
    assertThat((BigDecimal) row.get("scc_cost")).isEqualByComparingTo(expectedScc);
    BigDecimal expectedTotal = sums.cost().add(expectedScc).setScale(5, RoundingMode.HALF_UP);
    assertThat((BigDecimal) row.get("total_amount")).isEqualByComparingTo(expectedTotal);
    assertThat(row.get("state")).isEqualTo(0);
    assertThat(row.get("status")).isEqualTo(2);
    assertThat(row.get("create_type")).isEqualTo(1);
    assertThat(row.get("type")).isEqualTo(0);
    assertThat(row.get("invoice_zone")).isEqualTo("+02:00");
    assertThat(row.get("generate_start_time")).isNotNull();
    assertThat(row.get("generate_end_time")).isNotNull();

    String file = number + "_2026-01-20.pdf";
    assertThat(row.get("pdf_path")).isEqualTo("/invoice/" + file);
    for (String detail :
        List.of(
            "invoice_calls",
            "invoice_daily_cost",
            "invoice_calls_detail_by_trunk",
            "invoice_calls_total_by_trunk",
            "invoice_show_code_100",
            "invoice_show_code_name",
            "invoice_show_country",
            "invoice_show_date")) {
      assertThat(DB.count("SELECT count(*) FROM " + detail + " WHERE invoice_no = ?", number))
          .as(detail)
          .isPositive();
    }
    assertThat(DB.count("SELECT count(*) FROM invoice_daily_cost WHERE invoice_no = ?", number))
        .isEqualTo(7);

    byte[] pdf = Files.readAllBytes(invoiceDir().resolve(file));
    String text = pdfText(pdf);
    assertThat(text).contains("Invoice: " + number);
    assertThat(text).contains("Billing Period: 01/05/2026-01/11/2026");
    assertThat(text).contains("Invoice time zone: GMT +02:00");
    assertThat(text).contains(money(expectedTotal));
    assertThat(text).contains(money(sums.cost()));

    HttpResponse<byte[]> served = Forms.get(url("/invoice/" + file));
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(served.body()).isEqualTo(pdf);
    HttpResponse<byte[]> doubleSlash = Forms.get(url("//invoice/" + file));
    assertThat(doubleSlash.statusCode()).isEqualTo(200);
    assertThat(doubleSlash.body()).isEqualTo(pdf);
  }

  @Test
  void theSameFormUrlencodedWorksToo() throws Exception {
    Map<String, String> form = Forms.originalReadmeForm(1, "2026-01-05", "2026-01-11");

    HttpResponse<String> response = Forms.urlencoded(url("/ManualInvoiceTest"), form);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("OK");
    Map<String, Object> row = DB.invoiceRow(lastInvoiceNumber(1));
    DemoDatabase.Sums sums =
        DB.ingressSums(
            1, Instant.parse("2026-01-05T05:00:00Z"), Instant.parse("2026-01-12T05:00:00Z"));
    assertThat((BigDecimal) row.get("buy_total")).isEqualByComparingTo(sums.cost());
    assertThat(row.get("invoice_zone")).isEqualTo("-05:00");
  }

  @ParameterizedTest(name = "{0} off")
  @CsvSource({
    "is_invoice_account_summary, Account Summary, ",
    "show_account_summary, Available Credit:, ",
    "is_invoice_usage_detail, Jurisdictional Break-down, invoice_calls",
    "dayusage, Daily Usage, invoice_daily_cost",
    "ingress_prefix, Summary By Trunk, invoice_calls_detail_by_trunk",
    "detail_by_trunk, Detail by Trunk, invoice_calls_total_by_trunk",
    "show_trafic_code_name, Show Traffic Analysis by Code Name, invoice_show_code_name",
    "show_trafic_country, Show Traffic Analysis by Country, invoice_show_country",
    "show_calls_date, Show Calls By Date Summary, invoice_show_date",
    "summary_of_payments, Summary of Payments, invoice_payment",
    "is_short_duration_call_surcharge_detail, Short Duration Call Surcharge:, ",
    "show_code_summery, Show Code Summary (top 10), invoice_show_code_100"
  })
  void eachOptionOffRemovesItsSectionAndDetailRows(String field, String title, String table)
      throws Exception {
    // client 5 "Echo Networks" (+08:00), one day per option so periods never overlap
    int day = 16 + Math.abs(field.hashCode() % 14);
    String date = String.format("2025-12-%02d", day);
    Map<String, String> all = Forms.originalReadmeForm(5, date, date);
    all.put("show_code_summery", "on");
    all.put("tz", "+08:00");
    Map<String, String> off = Forms.without(all, List.of(field));
    DB.execute(
        "UPDATE invoice SET state = -1, status = -1 WHERE client_id = 5 AND invoice_start::date"
            + " BETWEEN '"
            + date
            + "'::date - 1 AND '"
            + date
            + "'::date + 1");

    HttpResponse<String> response = Forms.multipart(url("/ManualInvoiceTest"), off);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String number = lastInvoiceNumber(5);
    String text = pdfText(Files.readAllBytes(invoiceDir().resolve(number + "_2026-01-20.pdf")));
    assertThat(text).doesNotContain(title);
    assertThat(text).contains("Summary of Charges");
    if (table != null) {
      assertThat(DB.count("SELECT count(*) FROM " + table + " WHERE invoice_no = ?", number))
          .isZero();
    }
    // current_balance is NOT NULL and always the switch's live balance, summary or not
    BigDecimal live =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT coalesce((SELECT balance FROM c4_client_balance"
                                + " WHERE client_id = '5' ORDER BY create_time DESC LIMIT 1), 0)")
                        .mapTo(BigDecimal.class)
                        .one());
    assertThat((BigDecimal) DB.invoiceRow(number).get("current_balance"))
        .isEqualByComparingTo(live);
  }

  @Test
  void twoIdenticalRequestsAtTheSameMomentMakeOneInvoiceAndTheSecondIsRefused() throws Exception {
    Map<String, String> form = Forms.originalReadmeForm(2, "2025-12-22", "2025-12-28");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      calls.add(
          pool.submit(
              () -> {
                go.await();
                return Forms.multipart(url("/ManualInvoiceTest"), form);
              }));
    }
    go.countDown();
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (Future<HttpResponse<String>> call : calls) {
      responses.add(call.get());
    }
    pool.shutdown();

    assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
    List<Map<String, Object>> rows = DB.invoicesOf(2);
    assertThat(rows).hasSize(1);
    String number = (String) rows.get(0).get("invoice_number");
    HttpResponse<String> refused =
        responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
    assertThat(refused.body()).contains("#" + number).doesNotContain("\n");
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "client_id|abc|400|client_id 'abc' is not valid",
        "client_id|4242|404|client_id 4242 does not exist",
        "start_date|2026-13-01 00:00:00|400|start_date '2026-13-01 00:00:00' is not valid",
        "end_date|2026-01-01 23:59:59|400|end_date 2026-01-01T23:59:59 is before start_date",
        "end_date|2027-02-01 23:59:59|400|end_date is more than 366 days after start_date",
        "invoice_date|20/01/2026|400|invoice_date '20/01/2026' is not valid",
        "invoice_due_date|2026-01-19|400|invoice_due_date 2026-01-19 is before invoice_date",
        "decimal_place|11|400|decimal_place '11' is not valid: expected an integer from 0 to 10",
        "type|7|400|type '7' is not valid",
        "invoice_use_balance_type|3|400|invoice_use_balance_type '3' is not valid",
        "void_id|,x|400|void_id 'x' is not valid",
        "void_id|999999|400|void_id 999999 does not exist",
        "tz|Nowhere/City|400|tz 'Nowhere/City' is not valid"
      })
  void badInputIsRefusedWithOneLineAndWritesNothing(
      String field, String value, int status, String message) throws Exception {
    long invoices = DB.count("SELECT count(*) FROM invoice");
    long details = DB.count("SELECT count(*) FROM invoice_calls");
    long files = fileCount();
    Map<String, String> form =
        Forms.with(Forms.originalReadmeForm(7, "2026-01-02", "2026-01-08"), field, value);

    HttpResponse<String> response = Forms.urlencoded(url("/ManualInvoiceTest"), form);

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.body()).startsWith(message).doesNotContain("\n");
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/plain");
    assertThat(DB.count("SELECT count(*) FROM invoice")).isEqualTo(invoices);
    assertThat(DB.count("SELECT count(*) FROM invoice_calls")).isEqualTo(details);
    assertThat(fileCount()).isEqualTo(files);
  }

  @Test
  void adminMetricsCountManualInvoicesAndTimeTheirPhases() throws Exception {
    Map<String, String> form = Forms.originalReadmeForm(7, "2025-12-16", "2025-12-17");
    assertThat(Forms.urlencoded(url("/ManualInvoiceTest"), form).body()).isEqualTo("OK");
    assertThat(Forms.urlencoded(url("/ManualInvoiceTest"), form).statusCode()).isEqualTo(409);

    HttpResponse<byte[]> metrics = Forms.get("http://127.0.0.1:" + APP.getAdminPort() + "/metrics");

    JsonNode json = new ObjectMapper().readTree(metrics.body());
    assertThat(json.at("/meters/invoices.manual.created/count").asLong()).isPositive();
    assertThat(json.at("/meters/invoices.manual.refused.overlap/count").asLong()).isPositive();
    for (String phase : List.of("usage_query", "render", "write")) {
      assertThat(json.at("/timers/invoices.phase." + phase + "/count").asLong())
          .as(phase)
          .isPositive();
    }
  }

  @Test
  void pathsOutsideTheInvoiceDirectoryAreNotServed() throws Exception {
    Files.writeString(WORK.resolve("secret.pdf"), "secret");
    for (String path :
        List.of(
            "/invoice/..%2Fsecret.pdf",
            "/invoice/%2e%2e%2fsecret.pdf", "/invoice/nothing-here.pdf", "/invoice/.hidden.pdf")) {
      HttpResponse<byte[]> response = Forms.get(url(path));
      assertThat(response.statusCode()).as(path).isIn(400, 404);
      assertThat(new String(response.body())).as(path).doesNotContain("secret");
    }
  }
}
