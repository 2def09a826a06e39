package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.money.Money;

/**
 * Turns one side's usage records into every section an invoice shows (rules N3, D4, domain
 * §4.2/§4.5). Pure. Counters are summed as whole seconds and exact money; seconds become minutes (÷
 * 60, scale 10 HALF_UP) once per group, after summing. A section whose option is off is an empty
 * list. The code-name list feeds both Usage Detail and its Jurisdictional Break-down, so it is
 * built when either option is on. Text keys (code name, code, country) are trimmed; a missing one
 * groups as the empty string.
 */
public final class UsageAggregator {
  /** How many codes "Code Summary" keeps. */
  public static final int CODE_SUMMARY_SIZE = 10;

  private static final Comparator<String> TEXT = Comparator.naturalOrder();

  private UsageAggregator() {}

  /** Aggregates {@code records}, which must all be on {@code direction}. */
  public static UsageSections aggregate(
      Direction direction, List<UsageRecord> records, InvoiceOptions options) {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(options, "options");
    for (UsageRecord r : records) {
      if (r.direction() != direction) {
        throw new IllegalArgumentException(
            "usage record direction must be " + direction + ", got " + r.direction());
      }
    }
    return new UsageSections(
        direction,
        totals(records),
        options.usageDetail() || options.jurisdictionalDetail()
            ? usageDetail(records, options.actualRate())
            : List.of(),
        options.dailyUsage() ? dailyUsage(records) : List.of(),
        options.summaryByTrunk() ? trunkSummary(records) : List.of(),
        options.detailByTrunk() ? trunkDetails(records) : List.of(),
        options.codeSummary() ? codeSummary(records) : List.of(),
        options.trafficByCodeName()
            ? labeled(records, r -> text(r.codeName()))
            : List.<LabeledTraffic>of(),
        options.trafficByCountry()
            ? labeled(records, r -> text(r.country()))
            : List.<LabeledTraffic>of(),
        options.callsByDate() ? byDate(records) : List.of());
  }

  /** Totals of all records: attempts, answered, minutes, cost, short-call buckets and LRN. */
  public static UsageTotals totals(List<UsageRecord> records) {
    Sum s = new Sum();
    records.forEach(s::add);
    BigDecimal lrnRate = Ratios.ratio(s.lrnCost.amount(), BigDecimal.valueOf(s.lrnCalls));
    return new UsageTotals(
        s.attempts,
        s.answered,
        Ratios.minutes(s.billed),
        s.cost,
        s.shortCalls,
        new LrnCharges(s.lrnCalls, lrnRate, s.lrnCost));
  }

  private record CodeNameKey(String codeName, LocalDate effectiveDate, BigDecimal actualRate) {}

  private static List<CodeNameUsage> usageDetail(List<UsageRecord> records, boolean byActualRate) {
    Map<CodeNameKey, Sum> groups =
        group(
            records,
            r ->
                new CodeNameKey(
                    text(r.codeName()),
                    r.effectiveDate(),
                    byActualRate && r.actualRate() != null
                        ? r.actualRate().stripTrailingZeros()
                        : null));
    List<CodeNameUsage> rows = new ArrayList<>();
    groups.forEach(
        (k, s) ->
            rows.add(
                new CodeNameUsage(
                    k.codeName(),
                    k.effectiveDate(),
                    k.actualRate(),
                    s.answered,
                    Ratios.minutes(s.billed),
                    s.cost,
                    Ratios.minutes(s.interBilled),
                    s.interCost,
                    Ratios.minutes(s.intraBilled),
                    s.intraCost)));
    rows.sort(
        Comparator.comparing(CodeNameUsage::codeName)
            .thenComparing(
                CodeNameUsage::effectiveDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(
                CodeNameUsage::actualRate, Comparator.nullsFirst(Comparator.naturalOrder())));
    return rows;
  }

  private static List<DailyUsage> dailyUsage(List<UsageRecord> records) {
    List<DailyUsage> rows = new ArrayList<>();
    group(records, UsageRecord::localDay)
        .forEach(
            (day, s) ->
                rows.add(
                    new DailyUsage(
                        day,
                        Ratios.minutes(s.interBilled),
                        Ratios.minutes(s.intraBilled),
                        Ratios.minutes(s.billed),
                        s.interCost,
                        s.intraCost,
                        s.cost)));
    rows.sort(Comparator.comparing(DailyUsage::day));
    return rows;
  }

  private static final Comparator<TrunkKey> TRUNK_ORDER =
      Comparator.comparing((TrunkKey k) -> text(k.alias()))
          .thenComparing(k -> text(k.prefix()))
          .thenComparing(TrunkKey::trunkId, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static TrunkKey trunkKey(UsageRecord r) {
    return new TrunkKey(r.trunkId(), text(r.trunkAlias()), text(r.prefix()));
  }

  private static List<TrunkSummary> trunkSummary(List<UsageRecord> records) {
    List<TrunkSummary> rows = new ArrayList<>();
    group(records, UsageAggregator::trunkKey)
        .forEach((k, s) -> rows.add(new TrunkSummary(k, s.traffic())));
    rows.sort(Comparator.comparing(TrunkSummary::trunk, TRUNK_ORDER));
    return rows;
  }

  private static List<TrunkDetail> trunkDetails(List<UsageRecord> records) {
    List<TrunkDetail> rows = new ArrayList<>();
    group(records, UsageAggregator::trunkKey)
        .forEach(
            (k, s) -> {
              JurisdictionTraffic inter =
                  new JurisdictionTraffic(
                      s.interCalls, Ratios.minutes(s.interBilled), s.interDuration, s.interCost);
              JurisdictionTraffic intra =
                  new JurisdictionTraffic(
                      s.intraCalls, Ratios.minutes(s.intraBilled), s.intraDuration, s.intraCost);
              JurisdictionTraffic indeterminate =
                  new JurisdictionTraffic(
                      s.answered - s.interCalls - s.intraCalls,
                      Ratios.minutes(s.billed - s.interBilled - s.intraBilled),
                      s.duration - s.interDuration - s.intraDuration,
                      s.cost.minus(s.interCost).minus(s.intraCost));
              rows.add(
                  new TrunkDetail(k, inter, intra, indeterminate, s.shortCalls.upTo6(), s.cost));
            });
    rows.sort(Comparator.comparing(TrunkDetail::trunk, TRUNK_ORDER));
    return rows;
  }

  private static List<LabeledTraffic> codeSummary(List<UsageRecord> records) {
    List<LabeledTraffic> rows = labeled(records, r -> text(r.code()));
    rows.sort(
        Comparator.comparing((LabeledTraffic t) -> t.traffic().amount())
            .reversed()
            .thenComparing(LabeledTraffic::label));
    return new ArrayList<>(rows.subList(0, Math.min(CODE_SUMMARY_SIZE, rows.size())));
  }

  private static List<LabeledTraffic> labeled(
      List<UsageRecord> records, Function<UsageRecord, String> label) {
    List<LabeledTraffic> rows = new ArrayList<>();
    group(records, label).forEach((k, s) -> rows.add(new LabeledTraffic(k, s.traffic())));
    rows.sort(Comparator.comparing(LabeledTraffic::label, TEXT));
    return rows;
  }

  private static List<DateTraffic> byDate(List<UsageRecord> records) {
    List<DateTraffic> rows = new ArrayList<>();
    group(records, UsageRecord::localDay)
        .forEach((day, s) -> rows.add(new DateTraffic(day, s.traffic())));
    rows.sort(Comparator.comparing(DateTraffic::day));
    return rows;
  }

  private static <K> Map<K, Sum> group(List<UsageRecord> records, Function<UsageRecord, K> key) {
    Map<K, Sum> groups = new LinkedHashMap<>();
    for (UsageRecord r : records) {
      groups.computeIfAbsent(key.apply(r), k -> new Sum()).add(r);
    }
    return groups;
  }

  private static String text(String s) {
    return s == null ? "" : s.trim();
  }

  /** Exact running sums of one group. */
  private static final class Sum {
    long attempts;
    long answered;
    long billed;
    long duration;
    Money cost = Money.ZERO;
    long interBilled;
    Money interCost = Money.ZERO;
    long intraBilled;
    Money intraCost = Money.ZERO;
    long interCalls;
    long intraCalls;
    long interDuration;
    long intraDuration;
    ShortCallBuckets shortCalls = ShortCallBuckets.NONE;
    long lrnCalls;
    Money lrnCost = Money.ZERO;

    void add(UsageRecord r) {
      attempts += r.attempts();
      answered += r.answeredCalls();
      billed += r.billedSeconds();
      duration += r.durationSeconds();
      cost = cost.plus(r.cost());
      interBilled += r.interBilledSeconds();
      interCost = interCost.plus(r.interCost());
      intraBilled += r.intraBilledSeconds();
      intraCost = intraCost.plus(r.intraCost());
      interCalls += r.interCalls();
      intraCalls += r.intraCalls();
      interDuration += r.interDurationSeconds();
      intraDuration += r.intraDurationSeconds();
      shortCalls = shortCalls.plus(r.shortCalls());
      lrnCalls += r.lrnCalls();
      lrnCost = lrnCost.plus(r.lrnCost());
    }

    Traffic traffic() {
      return new Traffic(answered, Ratios.minutes(billed), cost);
    }
  }
}
