package org.autoinvoice.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.autoinvoice.adapters.persistence.demo.DemoDataLoader;
import org.autoinvoice.adapters.persistence.demo.DemoDataSummary;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.UsageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapters read the whole demo data set, and the usage sums match per-table SQL sums. */
class DemoDataCrossCheckIT {
  @TempDir Path dir;

  @Test
  void everyDemoClientReadsAndItsUsageMatchesPlainSums() {
    try (EmbeddedPostgresServer server = DnlDatabase.startServer(dir)) {
      DnlDatabase db = DnlDatabase.fresh(server);
      DemoDataSummary demo =
          new DemoDataLoader(
                  db.jdbi, Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC))
              .load();
      List<Integer> ids =
          db.jdbi.withHandle(
              h -> h.createQuery("SELECT client_id FROM client").mapTo(Integer.class).list());
      assertThat(ids).hasSize(demo.clients());

      InvoicePeriod all =
          new InvoicePeriod(
              demo.firstTrafficDay().atStartOfDay(),
              demo.lastTrafficDay().atTime(23, 59, 59),
              ZoneSpec.UTC);
      long answeredEverywhere = 0;
      for (int id : ids) {
        ClientId c = new ClientId(id);
        assertThat(db.adapters.clientDirectory().findClient(c)).isPresent();
        for (Direction d : Direction.values()) {
          List<UsageRecord> records = db.adapters.usageQuery().usage(c, d, all, false);
          long answered = records.stream().mapToLong(UsageRecord::answeredCalls).sum();
          Money cost = records.stream().map(UsageRecord::cost).reduce(Money.ZERO, Money::plus);
          long[] expectedAnswered = {0};
          BigDecimal[] expectedCost = {BigDecimal.ZERO};
          String side = d == Direction.INGRESS ? "ingress" : "egress";
          for (LocalDate day = demo.firstTrafficDay();
              !day.isAfter(demo.lastTrafficDay());
              day = day.plusDays(1)) {
            String table = DailyTables.name(day);
            if (db.fixtures.count("SELECT count(*) FROM pg_tables WHERE tablename = ?", table)
                == 0) {
              continue;
            }
            var sums =
                db.jdbi.withHandle(
                    h ->
                        h.createQuery(
                                "SELECT COALESCE(SUM(not_zero_calls), 0) AS a,"
                                    + " COALESCE(SUM("
                                    + side
                                    + "_call_cost), 0) AS c FROM "
                                    + table
                                    + " WHERE "
                                    + side
                                    + "_client_id = :id")
                            .bind("id", id)
                            .mapToMap()
                            .one());
            expectedAnswered[0] += ((Number) sums.get("a")).longValue();
            expectedCost[0] = expectedCost[0].add((BigDecimal) sums.get("c"));
          }
          assertThat(answered).as("answered %s of client %d", d, id).isEqualTo(expectedAnswered[0]);
          assertThat(cost).as("cost %s of client %d", d, id).isEqualTo(Money.of(expectedCost[0]));
          answeredEverywhere += answered;
        }
      }
      assertThat(answeredEverywhere).isPositive();
      assertThat(db.adapters.clientDirectory().findAutoInvoiceClients()).isNotEmpty();
    }
  }
}
