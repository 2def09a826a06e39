package org.autoinvoice.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.application.port.out.BalanceQuery;
import org.autoinvoice.domain.balance.BalanceSnapshot;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiBalanceQueryIT {
  @TempDir static Path dir;
  private static EmbeddedPostgresServer server;
  private static DnlDatabase db;
  private static BalanceQuery balances;

  @BeforeAll
  static void start() {
    server = DnlDatabase.startServer(dir);
    db = DnlDatabase.fresh(server);
    balances = db.adapters.balanceQuery();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static OffsetDateTime at(String instant) {
    return instant == null ? null : Instant.parse(instant).atOffset(ZoneOffset.UTC);
  }

  private static void payment(int client, int type, String amount, String paid, String received) {
    Map<String, Object> row = new HashMap<>();
    row.put("client_id", client);
    row.put("payment_type", type);
    row.put("amount", new BigDecimal(amount));
    row.put("payment_time", at(paid));
    row.put("receiving_time", at(received));
    row.put("result", true);
    db.fixtures.insert("client_payment", row);
  }

  @Test
  void paymentsByReceivingTimeAndCreditNotesByPaymentTimeInsideThePeriod() {
    int c = db.fixtures.client("payer");
    int other = db.fixtures.client("payer-other");
    // period: 2024-03-01 .. 2024-03-31 at -05:00 = [03-01T05:00Z, 04-01T05:00Z)
    payment(c, 4, "100", "2024-04-10T00:00:00Z", "2024-03-01T05:00:00Z"); // in (receiving)
    payment(c, 5, "50.5", "2024-03-15T00:00:00Z", null); // in (payment_time fallback)
    payment(c, 4, "7", "2024-03-15T00:00:00Z", "2024-03-01T04:59:59Z"); // out (receiving)
    payment(c, 8, "3.25", "2024-04-01T04:59:59Z", "2024-05-01T00:00:00Z"); // in (payment_time)
    payment(c, 8, "1", "2024-04-01T05:00:00Z", "2024-03-10T00:00:00Z"); // out (payment_time)
    payment(c, 3, "9", "2024-03-10T00:00:00Z", "2024-03-10T00:00:00Z"); // other type
    payment(other, 4, "9", "2024-03-10T00:00:00Z", "2024-03-10T00:00:00Z"); // other client
    InvoicePeriod period =
        new InvoicePeriod(
            LocalDateTime.parse("2024-03-01T00:00:00"),
            LocalDateTime.parse("2024-03-31T23:59:59"),
            ZoneSpec.parse("-05:00"));

    assertThat(balances.paymentsAndCredits(new ClientId(c), period))
        .containsExactly(
            new PaymentLine(Instant.parse("2024-03-01T05:00:00Z"), Money.of("100"), 4),
            new PaymentLine(Instant.parse("2024-03-15T00:00:00Z"), Money.of("50.5"), 5),
            new PaymentLine(Instant.parse("2024-04-01T04:59:59Z"), Money.of("3.25"), 8));
  }

  @Test
  void closingBalanceIsTheLastHistoryDayStrictlyBeforeTheDay() {
    int c = db.fixtures.client("history");
    db.fixtures.insert(
        "balance_history_actual",
        Map.of(
            "client_id",
            c,
            "date",
            LocalDate.parse("2024-02-27"),
            "actual_balance",
            new BigDecimal("10.5")));
    db.fixtures.insert(
        "balance_history_actual",
        Map.of(
            "client_id",
            c,
            "date",
            LocalDate.parse("2024-02-29"),
            "actual_balance",
            new BigDecimal("-20.25")));
    db.fixtures.insert(
        "balance_history_actual",
        Map.of(
            "client_id",
            c,
            "date",
            LocalDate.parse("2024-03-01"),
            "actual_balance",
            new BigDecimal("99")));
    db.fixtures.insert(
        "balance_history",
        Map.of(
            "client_id",
            c,
            "date",
            LocalDate.parse("2024-02-28"),
            "mutual_balance",
            new BigDecimal("5")));
    ClientId id = new ClientId(c);
    LocalDate mar1 = LocalDate.parse("2024-03-01");

    assertThat(balances.closingBalanceBefore(id, BalanceType.ACTUAL, mar1))
        .contains(new BalanceSnapshot(Money.of("-20.25"), Instant.parse("2024-03-01T00:00:00Z")));
    assertThat(balances.closingBalanceBefore(id, BalanceType.MUTUAL, mar1))
        .contains(new BalanceSnapshot(Money.of("5"), Instant.parse("2024-02-29T00:00:00Z")));
    assertThat(balances.closingBalanceBefore(id, BalanceType.ACTUAL, LocalDate.parse("2024-02-27")))
        .isEmpty();
  }

  @Test
  void currentBalanceIsTheLatestRowOfTheTextKeyedTableOrZero() {
    int c = db.fixtures.client("live");
    db.fixtures.insert(
        "c4_client_balance",
        Map.of(
            "client_id",
            String.valueOf(c),
            "balance",
            new BigDecimal("1.5"),
            "create_time",
            at("2024-03-01T00:00:00Z")));
    db.fixtures.insert(
        "c4_client_balance",
        Map.of(
            "client_id",
            String.valueOf(c),
            "balance",
            new BigDecimal("-42.123456"),
            "create_time",
            at("2024-03-02T00:00:00Z")));

    assertThat(balances.currentBalance(new ClientId(c))).isEqualTo(Money.of("-42.123456"));
    assertThat(balances.currentBalance(new ClientId(c + 1000))).isEqualTo(Money.ZERO);
  }
}
