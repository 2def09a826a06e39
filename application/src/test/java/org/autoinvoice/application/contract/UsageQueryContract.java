package org.autoinvoice.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.fakes.UsageRecords;
import org.autoinvoice.application.port.out.UsageQuery;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.UsageRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UsageQuery} must do. Usage is given at whole hours (the grain of the DNL report
 * tables); assertions are on sums, since an adapter may merge rows of the same group.
 */
public abstract class UsageQueryContract {
  protected static final ClientId A = new ClientId(61);
  protected static final ClientId B = new ClientId(62);
  protected static final InvoicePeriod JANUARY = TestData.days("2024-01-01", "2024-01-31");

  protected abstract UsageQuery query();

  protected abstract void givenClient(Client client);

  /** {@code record} as {@code client}'s usage in the hour starting at {@code hour}. */
  protected abstract void givenUsage(ClientId client, Instant hour, UsageRecord record);

  @BeforeEach
  void clients() {
    givenClient(TestData.client(A.value()));
    givenClient(TestData.client(B.value()));
  }

  private static UsageRecord in(long answered, String cost) {
    return UsageRecords.ingress()
        .attempts(answered)
        .answered(answered)
        .billed(60 * answered, cost)
        .build();
  }

  private static long answered(List<UsageRecord> rows) {
    return rows.stream().mapToLong(UsageRecord::answeredCalls).sum();
  }

  private static Money cost(List<UsageRecord> rows) {
    return rows.stream().map(UsageRecord::cost).reduce(Money.ZERO, Money::plus);
  }

  @Test
  void periodBoundsAreInclusiveToTheLastSecond() {
    givenUsage(A, Instant.parse("2023-12-31T23:00:00Z"), in(1, "0.01")); // before
    givenUsage(A, Instant.parse("2024-01-01T00:00:00Z"), in(2, "0.02")); // first hour
    givenUsage(A, Instant.parse("2024-01-31T23:00:00Z"), in(4, "0.04")); // last hour
    givenUsage(A, Instant.parse("2024-02-01T00:00:00Z"), in(8, "0.08")); // after
    List<UsageRecord> rows = query().usage(A, Direction.INGRESS, JANUARY, false);
    assertThat(answered(rows)).isEqualTo(6);
    assertThat(cost(rows)).isEqualTo(Money.of("0.06"));
  }

  @Test
  void onlyTheClientsOwnUsage() {
    givenUsage(A, Instant.parse("2024-01-10T10:00:00Z"), in(3, "0.30"));
    givenUsage(B, Instant.parse("2024-01-10T10:00:00Z"), in(5, "0.50"));
    assertThat(answered(query().usage(A, Direction.INGRESS, JANUARY, false))).isEqualTo(3);
    assertThat(answered(query().usage(B, Direction.INGRESS, JANUARY, false))).isEqualTo(5);
  }

  @Test
  void onlyTheAskedDirection() {
    givenUsage(A, Instant.parse("2024-01-10T10:00:00Z"), in(3, "0.30"));
    givenUsage(
        A,
        Instant.parse("2024-01-10T11:00:00Z"),
        UsageRecords.egress().attempts(7).answered(7).billed(420, "0.70").build());
    List<UsageRecord> ingress = query().usage(A, Direction.INGRESS, JANUARY, false);
    List<UsageRecord> egress = query().usage(A, Direction.EGRESS, JANUARY, false);
    assertThat(answered(ingress)).isEqualTo(3);
    assertThat(ingress).allMatch(r -> r.direction() == Direction.INGRESS);
    assertThat(answered(egress)).isEqualTo(7);
    assertThat(cost(egress)).isEqualTo(Money.of("0.70"));
    assertThat(egress).allMatch(r -> r.direction() == Direction.EGRESS);
  }

  @Test
  void localDaysFollowThePeriodZone() {
    ZoneSpec plus5 = ZoneSpec.parse("+05:00");
    InvoicePeriod jan = TestData.days("2024-01-01", "2024-01-31", plus5);
    // 2024-01-10T20:00Z is 2024-01-11 01:00 at +05:00
    givenUsage(A, Instant.parse("2024-01-10T20:00:00Z"), in(2, "0.20"));
    // 2023-12-31T19:00Z is 2024-01-01 00:00 at +05:00: inside; 18:00Z is before
    givenUsage(A, Instant.parse("2023-12-31T19:00:00Z"), in(1, "0.10"));
    givenUsage(A, Instant.parse("2023-12-31T18:00:00Z"), in(4, "0.40"));
    List<UsageRecord> rows = query().usage(A, Direction.INGRESS, jan, false);
    assertThat(answered(rows)).isEqualTo(3);
    assertThat(rows)
        .extracting(UsageRecord::localDay)
        .containsExactlyInAnyOrder(LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 1));
  }

  @Test
  void countersAndBucketsArriveSummed() {
    UsageRecord r =
        UsageRecords.ingress()
            .code("1201", "US-NJ", "US")
            .attempts(10)
            .answered(8)
            .billed(600, "6.00")
            .duration(540)
            .inter(4, 300, 270, "3.00")
            .intra(2, 120, 100, "1.20")
            .shortCalls(1, 1, 0, 0, 1)
            .lrn(5, "0.05")
            .build();
    givenUsage(A, Instant.parse("2024-01-05T00:00:00Z"), r);
    givenUsage(A, Instant.parse("2024-01-05T01:00:00Z"), r);
    List<UsageRecord> rows = query().usage(A, Direction.INGRESS, JANUARY, false);
    assertThat(rows.stream().mapToLong(UsageRecord::attempts).sum()).isEqualTo(20);
    assertThat(rows.stream().mapToLong(UsageRecord::billedSeconds).sum()).isEqualTo(1200);
    assertThat(rows.stream().mapToLong(UsageRecord::durationSeconds).sum()).isEqualTo(1080);
    assertThat(rows.stream().mapToLong(UsageRecord::interCalls).sum()).isEqualTo(8);
    assertThat(rows.stream().mapToLong(UsageRecord::intraBilledSeconds).sum()).isEqualTo(240);
    assertThat(rows.stream().mapToLong(x -> x.shortCalls().upTo30()).sum()).isEqualTo(2);
    assertThat(rows.stream().mapToLong(UsageRecord::lrnCalls).sum()).isEqualTo(10);
    assertThat(cost(rows)).isEqualTo(Money.of("12.00"));
    assertThat(rows).allMatch(x -> x.codeName().trim().equals("US-NJ"));
  }

  @Test
  void actualRateOnlyWhenAsked() {
    givenUsage(
        A,
        Instant.parse("2024-01-05T00:00:00Z"),
        UsageRecords.ingress().rate("0.01").answered(1).billed(60, "0.01").build());
    assertThat(query().usage(A, Direction.INGRESS, JANUARY, false))
        .allMatch(r -> r.actualRate() == null);
    assertThat(query().usage(A, Direction.INGRESS, JANUARY, true))
        .extracting(UsageRecord::actualRate)
        .allMatch(rate -> rate != null && rate.compareTo(new java.math.BigDecimal("0.01")) == 0);
  }

  @Test
  void noUsageIsAnEmptyList() {
    assertThat(query().usage(A, Direction.INGRESS, JANUARY, false)).isEmpty();
  }
}
