package org.autoinvoice.application.fakes;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.ShortCallBuckets;
import org.autoinvoice.domain.usage.UsageRecord;

/**
 * Fluent test builder of {@link UsageRecord}s: {@code UsageRecords.ingress().answered(3).billed(90,
 * "0.30").build()}. Every counter is 0 and every amount 0 unless set.
 */
public final class UsageRecords {
  private final Direction direction;
  private Integer trunkId = 1;
  private String alias = "T1";
  private String prefix = "";
  private String code = "1";
  private String codeName = "US";
  private String country = "US";
  private LocalDate day = LocalDate.of(2024, 1, 1);
  private LocalDate effective = LocalDate.of(2023, 12, 1);
  private BigDecimal rate;
  private long attempts;
  private long answered;
  private long billed;
  private long duration;
  private Money cost = Money.ZERO;
  private long interBilled;
  private Money interCost = Money.ZERO;
  private long intraBilled;
  private Money intraCost = Money.ZERO;
  private long interCalls;
  private long intraCalls;
  private long interDuration;
  private long intraDuration;
  private ShortCallBuckets buckets = ShortCallBuckets.NONE;
  private long lrnCalls;
  private Money lrnCost = Money.ZERO;

  private UsageRecords(Direction direction) {
    this.direction = direction;
  }

  public static UsageRecords ingress() {
    return new UsageRecords(Direction.INGRESS);
  }

  public static UsageRecords egress() {
    return new UsageRecords(Direction.EGRESS);
  }

  public static UsageRecords of(Direction direction) {
    return new UsageRecords(direction);
  }

  public UsageRecords trunk(Integer id, String alias, String prefix) {
    this.trunkId = id;
    this.alias = alias;
    this.prefix = prefix;
    return this;
  }

  public UsageRecords code(String code, String codeName, String country) {
    this.code = code;
    this.codeName = codeName;
    this.country = country;
    return this;
  }

  public UsageRecords day(LocalDate day) {
    this.day = day;
    return this;
  }

  public UsageRecords effective(LocalDate day) {
    this.effective = day;
    return this;
  }

  public UsageRecords rate(String rate) {
    this.rate = rate == null ? null : new BigDecimal(rate);
    return this;
  }

  public UsageRecords attempts(long attempts) {
    this.attempts = attempts;
    return this;
  }

  public UsageRecords answered(long answered) {
    this.answered = answered;
    return this;
  }

  /** Billed seconds (talk time the same unless {@link #duration} is set) and cost. */
  public UsageRecords billed(long seconds, String cost) {
    this.billed = seconds;
    this.duration = seconds;
    this.cost = Money.of(cost);
    return this;
  }

  public UsageRecords duration(long seconds) {
    this.duration = seconds;
    return this;
  }

  public UsageRecords inter(long calls, long billedSeconds, long durationSeconds, String cost) {
    this.interCalls = calls;
    this.interBilled = billedSeconds;
    this.interDuration = durationSeconds;
    this.interCost = Money.of(cost);
    return this;
  }

  public UsageRecords intra(long calls, long billedSeconds, long durationSeconds, String cost) {
    this.intraCalls = calls;
    this.intraBilled = billedSeconds;
    this.intraDuration = durationSeconds;
    this.intraCost = Money.of(cost);
    return this;
  }

  public UsageRecords shortCalls(long s6, long s12, long s18, long s24, long s30) {
    this.buckets = new ShortCallBuckets(s6, s12, s18, s24, s30);
    return this;
  }

  public UsageRecords lrn(long calls, String cost) {
    this.lrnCalls = calls;
    this.lrnCost = Money.of(cost);
    return this;
  }

  public UsageRecord build() {
    return new UsageRecord(
        direction,
        trunkId,
        alias,
        prefix,
        code,
        codeName,
        country,
        day,
        effective,
        rate,
        attempts,
        answered,
        billed,
        duration,
        cost,
        interBilled,
        interCost,
        intraBilled,
        intraCost,
        interCalls,
        intraCalls,
        interDuration,
        intraDuration,
        buckets,
        lrnCalls,
        lrnCost);
  }
}
