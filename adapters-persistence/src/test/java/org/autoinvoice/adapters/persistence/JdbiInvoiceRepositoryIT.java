package org.autoinvoice.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.fakes.UsageRecords;
import org.autoinvoice.application.port.out.ClientNotFoundException;
import org.autoinvoice.application.port.out.DatabaseUnavailableException;
import org.autoinvoice.application.port.out.GenerationTimes;
import org.autoinvoice.application.port.out.InvoiceRepository;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.balance.AccountSummary;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.usage.UsageRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiInvoiceRepositoryIT {
  @TempDir static Path dir;
  private static EmbeddedPostgresServer server;

  private static final GenerationTimes TIMES =
      new GenerationTimes(
          Instant.parse("2024-02-01T00:00:00Z"),
          Instant.parse("2024-02-01T00:00:01Z"),
          Instant.parse("2024-02-01T00:00:02Z"));

  private final DnlDatabase db = DnlDatabase.fresh(server);
  private final DomainRows rows = new DomainRows(db.fixtures);
  private final InvoiceRepository repo = db.adapters.invoiceRepository();

  @BeforeAll
  static void start() {
    server = DnlDatabase.startServer(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<UsageRecord> ingress() {
    return List.of(
        UsageRecords.ingress()
            .trunk(7, "ALPHA", "11")
            .code("1201", "US-NJ", "US")
            .day(LocalDate.of(2024, 1, 3))
            .attempts(5)
            .answered(4)
            .billed(240, "2.40")
            .duration(230)
            .build(),
        UsageRecords.ingress()
            .trunk(7, "ALPHA", "11")
            .code("44", "UK", "GB")
            .day(LocalDate.of(2024, 1, 4))
            .attempts(2)
            .answered(1)
            .billed(60, "0.10")
            .duration(55)
            .build());
  }

  private static List<UsageRecord> egress() {
    return List.of(
        UsageRecords.egress()
            .trunk(8, "BETA", null)
            .code("33", "FR", "FR")
            .day(LocalDate.of(2024, 1, 3))
            .attempts(3)
            .answered(3)
            .billed(180, "0.30")
            .build());
  }

  private long count(String table, String number) {
    return db.fixtures.count("SELECT count(*) FROM " + table + " WHERE invoice_no = ?", number);
  }

  @Test
  void insertWritesEveryColumnTheUiReadsAndTheDetailRowsOfEachSection() {
    Client a = TestData.client(11, true);
    rows.client(a);
    InvoicePeriod january = TestData.days("2024-01-01", "2024-01-31");
    int run = repo.startRun(Instant.parse("2024-02-01T00:00:00Z"), 1);

    String number =
        repo.inClientTransaction(
            a.id(),
            tx -> {
              String n = tx.nextInvoiceNumber();
              Invoice inv =
                  TestData.invoice(
                      a, InvoiceType.BOTH, CreateType.AUTO, january, n, ingress(), egress());
              tx.insert(inv, "/invoice/" + inv.pdfFileName(), TIMES, run);
              return n;
            });
    repo.finishRun(run, Instant.parse("2024-02-01T00:01:00Z"), false, 1);

    Map<String, Object> row =
        db.jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT state, status, type, create_type, invoice_zone,
                               invoice_time = '2024-02-01 00:00:00+00' AS time_ok,
                               invoice_start = '2024-01-01 00:00:00+00' AS start_ok,
                               invoice_end = '2024-01-31 23:59:59+00' AS end_ok,
                               due_date, total_amount, buy_total, sell_total, total_calls,
                               current_balance, payment_term, paid, pay_amount, include_detail,
                               is_show_code_100, decimal_place, rate_value, output_type,
                               invoice_log_id, generate_stats_time IS NOT NULL AS stats_ok,
                               scc_cost, tax
                          FROM invoice WHERE invoice_number = :n
                        """)
                    .bind("n", number)
                    .mapToMap()
                    .one());
    assertThat(row)
        .containsEntry("state", 0)
        .containsEntry("status", 2)
        .containsEntry("type", 2)
        .containsEntry("create_type", 0)
        .containsEntry("invoice_zone", "+00:00")
        .containsEntry("time_ok", true)
        .containsEntry("start_ok", true)
        .containsEntry("end_ok", true)
        .containsEntry("due_date", java.sql.Date.valueOf("2024-02-16"))
        .containsEntry("total_calls", 8)
        .containsEntry("payment_term", "Monthly")
        .containsEntry("paid", false)
        .containsEntry("include_detail", true)
        .containsEntry("is_show_code_100", true)
        .containsEntry("decimal_place", 5)
        .containsEntry("rate_value", 0)
        .containsEntry("output_type", 0)
        .containsEntry("invoice_log_id", run)
        .containsEntry("stats_ok", true);
    // type 2: buy 2.50 − sell 0.30, no surcharge, no tax
    assertThat((BigDecimal) row.get("total_amount")).isEqualByComparingTo("2.20");
    assertThat((BigDecimal) row.get("buy_total")).isEqualByComparingTo("2.50");
    assertThat((BigDecimal) row.get("sell_total")).isEqualByComparingTo("0.30");
    // the assembler's account summary carries the current balance (0 in TestData)
    assertThat((BigDecimal) row.get("current_balance")).isEqualByComparingTo("0");
    assertThat((BigDecimal) row.get("pay_amount")).isEqualByComparingTo("0");
    assertThat((BigDecimal) row.get("scc_cost")).isEqualByComparingTo("0");
    assertThat((BigDecimal) row.get("tax")).isEqualByComparingTo("0");

    assertThat(
            db.fixtures.count(
                "SELECT count(*) FROM invoice_calls WHERE invoice_no = ? AND invoice_type = 0",
                number))
        .isEqualTo(2);
    assertThat(
            db.fixtures.count(
                "SELECT count(*) FROM invoice_calls WHERE invoice_no = ? AND invoice_type = 1"
                    + " AND code_name = 'FR' AND calls_count = 3 AND cost = 0.30",
                number))
        .isEqualTo(1);
    assertThat(count("invoice_daily_cost", number)).isEqualTo(2);
    assertThat(
            db.fixtures.count(
                "SELECT count(*) FROM invoice_calls_detail_by_trunk WHERE invoice_no = ?"
                    + " AND resource_id = 7 AND prefix = '11' AND calls = 5 AND amount = 2.5",
                number))
        .isEqualTo(1);
    assertThat(count("invoice_calls_total_by_trunk", number)).isEqualTo(1);
    assertThat(count("invoice_show_code_100", number)).isEqualTo(2);
    assertThat(count("invoice_show_code_name", number)).isEqualTo(2);
    assertThat(count("invoice_show_country", number)).isEqualTo(2);
    assertThat(
            db.fixtures.count(
                "SELECT count(*) FROM invoice_show_date WHERE invoice_no = ?"
                    + " AND time_day IN ('2024-01-03', '2024-01-04')",
                number))
        .isEqualTo(2);
    assertThat(
            db.fixtures.count(
                "SELECT count(*) FROM invoice_log WHERE id = ? AND status = 2 AND cnt = 1"
                    + " AND end_time IS NOT NULL",
                run))
        .isEqualTo(1);
  }

  @Test
  void sectionsSwitchedOffWriteNoDetailRowsAndReplaceRewritesThem() {
    Client a = TestData.client(12);
    rows.client(a);
    InvoicePeriod january = TestData.days("2024-01-01", "2024-01-31");
    Invoice all =
        TestData.invoice(
            a, InvoiceType.CLIENT, CreateType.MANUAL, january, "77", ingress(), List.of());
    long id = repo.inClientTransaction(a.id(), tx -> tx.insert(all, "/invoice/a.pdf", TIMES, null));
    assertThat(count("invoice_calls", "77")).isEqualTo(2);

    rows.currentBalance(a.id(), Money.of("12.5"));
    Invoice none = withAccountSummary(withOptions(all, InvoiceOptions.none()), null);
    repo.inClientTransaction(
        a.id(),
        tx -> {
          tx.replace(id, none, "/invoice/b.pdf", TIMES);
          return null;
        });

    for (String table :
        List.of(
            "invoice_calls",
            "invoice_daily_cost",
            "invoice_calls_detail_by_trunk",
            "invoice_calls_total_by_trunk",
            "invoice_show_code_100",
            "invoice_show_code_name",
            "invoice_show_country",
            "invoice_show_date")) {
      assertThat(count(table, "77")).as(table).isZero();
    }
    StoredInvoice read = repo.findByNumber("77").orElseThrow();
    assertThat(read.invoiceId()).isEqualTo(id);
    // "Available Credit" has no invoice column: it is read from the client (on in TestData)
    assertThat(read.options())
        .isEqualTo(
            new InvoiceOptions(
                false,
                BalanceType.ACTUAL,
                true,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                5,
                false));
    // without an account summary, current_balance is c4_client_balance at write time
    assertThat(
            db.fixtures.count(
                "SELECT count(*) FROM invoice WHERE invoice_id = ? AND current_balance = 12.5"
                    + " AND previous_balance IS NULL AND payment_term IS NULL",
                id))
        .isEqualTo(1);
    assertThat(read.pdfPath()).isEqualTo("/invoice/b.pdf");
  }

  @Test
  void aZonedInvoiceRoundTripsItsPeriodDatesOptionsAndAccountSummary() {
    Client a = TestData.client(13);
    rows.client(a);
    ZoneSpec plus5 = ZoneSpec.parse("+05:00");
    InvoicePeriod period = TestData.days("2024-01-01", "2024-01-31", plus5);
    Invoice base =
        TestData.invoice(
            a, InvoiceType.CLIENT, CreateType.AUTO, period, "501", ingress(), List.of());
    AccountSummary summary =
        new AccountSummary(
            BalanceType.MUTUAL,
            Money.of("100"),
            Money.of("40"),
            Money.of("2.5"),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.of("62.5"),
            Money.of("62.5"),
            Money.of("37.5"),
            false,
            Instant.parse("2023-12-31T00:00:00Z"),
            Money.of("-3"));
    Invoice inv = withAccountSummary(base, summary);

    repo.inClientTransaction(
        a.id(),
        tx -> {
          tx.insert(inv, "/invoice/" + inv.pdfFileName(), TIMES, null);
          tx.recordAutoHistory(a.id(), LocalDate.of(2024, 2, 1), period, inv.pdfFileName());
          return null;
        });

    StoredInvoice read = repo.findByNumber("501").orElseThrow();
    assertThat(read.period()).isEqualTo(period);
    assertThat(read.invoiceDate()).isEqualTo(inv.invoiceDate());
    assertThat(read.dueDate()).isEqualTo(inv.dueDate());
    assertThat(read.options()).isEqualTo(inv.options());
    assertThat(read.totalAmount()).isEqualTo(inv.totals().totalAmount());
    Map<String, Object> row =
        db.jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT invoice_zone, previous_balance, payment_credit, new_balance,
                               please_pay, credit_remaining, current_balance,
                               invoice_balance_time = '2023-12-31 00:00:00+00' AS balance_time_ok,
                               invoice_start = '2023-12-31 19:00:00+00' AS start_ok
                          FROM invoice WHERE invoice_number = '501'
                        """)
                    .mapToMap()
                    .one());
    assertThat(row).containsEntry("invoice_zone", "+05:00");
    assertThat(row).containsEntry("balance_time_ok", true).containsEntry("start_ok", true);
    assertThat((BigDecimal) row.get("previous_balance")).isEqualByComparingTo("100");
    assertThat((BigDecimal) row.get("payment_credit")).isEqualByComparingTo("40");
    assertThat((BigDecimal) row.get("new_balance")).isEqualByComparingTo("62.5");
    assertThat((BigDecimal) row.get("please_pay")).isEqualByComparingTo("62.5");
    assertThat((BigDecimal) row.get("credit_remaining")).isEqualByComparingTo("37.5");
    assertThat((BigDecimal) row.get("current_balance")).isEqualByComparingTo("-3");
    // invoice_history keeps the local wall times of the period
    assertThat(
            db.fixtures.count(
                "SELECT count(*) FROM invoice_history WHERE client_id = ?"
                    + " AND start_time = '2024-01-01 00:00:00' AND end_time = '2024-01-31 23:59:59'"
                    + " AND last_invoice_for = '2024-02-01'",
                a.id().value()))
        .isEqualTo(1);
  }

  @Test
  void aDetailRowThatCannotBeWrittenLeavesNoInvoiceRow() {
    Client a = TestData.client(14);
    rows.client(a);
    InvoicePeriod january = TestData.days("2024-01-01", "2024-01-31");
    String tooLong = "X".repeat(150); // invoice_calls.code_name is varchar(100)
    List<UsageRecord> usage =
        List.of(
            UsageRecords.ingress()
                .code("1", tooLong, "US")
                .attempts(1)
                .answered(1)
                .billed(60, "1")
                .build());
    Invoice inv =
        TestData.invoice(
            a, InvoiceType.CLIENT, CreateType.MANUAL, january, "901", usage, List.of());

    assertThatThrownBy(
            () ->
                repo.inClientTransaction(
                    a.id(), tx -> tx.insert(inv, "/invoice/x.pdf", TIMES, null)))
        .isNotInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("value too long");

    assertThat(repo.findByNumber("901")).isEmpty();
    assertThat(db.fixtures.count("SELECT count(*) FROM invoice")).isZero();
    assertThat(db.fixtures.count("SELECT count(*) FROM invoice_calls")).isZero();
  }

  @Test
  void anUnknownClientIsRefusedBeforeAnyWork() {
    boolean[] ran = {false};
    assertThatThrownBy(
            () ->
                repo.inClientTransaction(
                    new ClientId(4242),
                    tx -> {
                      ran[0] = true;
                      return null;
                    }))
        .isInstanceOf(ClientNotFoundException.class)
        .hasMessageContaining("4242");
    assertThat(ran[0]).isFalse();
  }

  @Test
  void twoWritersForTheSameClientAndPeriodMakeOneInvoice() throws Exception {
    Client a = TestData.client(15);
    rows.client(a);
    InvoicePeriod january = TestData.days("2024-01-01", "2024-01-31");
    java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.Callable<Boolean> writer =
        () -> {
          barrier.await();
          return repo.inClientTransaction(
              a.id(),
              tx -> {
                if (!tx.findOverlapping(a.id(), java.util.Set.of(InvoiceType.CLIENT), january)
                    .isEmpty()) {
                  return false;
                }
                Invoice inv =
                    TestData.invoice(
                        a, InvoiceType.CLIENT, CreateType.MANUAL, january, tx.nextInvoiceNumber());
                tx.insert(inv, "/invoice/" + inv.pdfFileName(), TIMES, null);
                return true;
              });
        };
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(writer);
      var second = pool.submit(writer);
      assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            db.fixtures.count("SELECT count(*) FROM invoice WHERE client_id = ?", a.id().value()))
        .isEqualTo(1);
  }

  private static Invoice withOptions(Invoice i, InvoiceOptions options) {
    return new Invoice(
        i.number(),
        i.clientId(),
        i.type(),
        i.createType(),
        i.period(),
        i.invoiceDate(),
        i.dueDate(),
        options,
        i.totals(),
        i.state(),
        i.status(),
        i.clientUsage(),
        i.vendorUsage(),
        i.surcharge(),
        i.accountSummary(),
        i.payments());
  }

  private static Invoice withAccountSummary(Invoice i, AccountSummary summary) {
    return new Invoice(
        i.number(),
        i.clientId(),
        i.type(),
        i.createType(),
        i.period(),
        i.invoiceDate(),
        i.dueDate(),
        i.options(),
        i.totals(),
        i.state(),
        i.status(),
        i.clientUsage(),
        i.vendorUsage(),
        i.surcharge(),
        summary,
        i.payments());
  }
}
