package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.autoinvoice.domain.money.Money;

/** Test builder of {@link UsageRecord}s: every counter 0 unless set. */
public final class Usage {
  private Direction direction;
  private Integer trunkId = 1;
  private String alias = "T1";
  private String prefix = "";
  private String code = "1";
  private String codeName = "N";
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

  private Usage(Direction d) {
    this.direction = d;
  }

  public static Usage ingress() {
    return new Usage(Direction.INGRESS);
  }

  public static Usage egress() {
    return new Usage(Direction.EGRESS);
  }

  public Usage trunk(Integer id, String alias, String prefix) {
    this.trunkId = id;
    this.alias = alias;
    this.prefix = prefix;
    return this;
  }

  public Usage code(String code, String codeName, String country) {
    this.code = code;
    this.codeName = codeName;
    this.country = country;
    return this;
  }

  public Usage day(String day) {
    this.day = day == null ? null : LocalDate.parse(day);
    return this;
  }

  public Usage effective(String day) {
    this.effective = day == null ? null : LocalDate.parse(day);
    return this;
  }

  public Usage rate(String rate) {
    this.rate = rate == null ? null : new BigDecimal(rate);
    return this;
  }

  public Usage calls(long attempts, long answered) {
    this.attempts = attempts;
    this.answered = answered;
    return this;
  }

  public Usage billed(long billedSeconds, long durationSeconds, String cost) {
    this.billed = billedSeconds;
    this.duration = durationSeconds;
    this.cost = Money.of(cost);
    return this;
  }

  public Usage inter(long calls, long billedSeconds, long durationSeconds, String cost) {
    this.interCalls = calls;
    this.interBilled = billedSeconds;
    this.interDuration = durationSeconds;
    this.interCost = Money.of(cost);
    return this;
  }

  public Usage intra(long calls, long billedSeconds, long durationSeconds, String cost) {
    this.intraCalls = calls;
    this.intraBilled = billedSeconds;
    this.intraDuration = durationSeconds;
    this.intraCost = Money.of(cost);
    return this;
  }

  public Usage shortCalls(long s6, long s12, long s18, long s24, long s30) {
    this.buckets = new ShortCallBuckets(s6, s12, s18, s24, s30);
    return this;
  }

  public Usage lrn(long calls, String cost) {
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
