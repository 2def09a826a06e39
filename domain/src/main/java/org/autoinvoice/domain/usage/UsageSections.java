package org.autoinvoice.domain.usage;

import java.util.List;

/**
 * Everything one side (ingress or egress) of an invoice shows, aggregated from its usage records. A
 * list is empty when its section is switched off (rule D4).
 */
public record UsageSections(
    Direction direction,
    UsageTotals totals,
    List<CodeNameUsage> usageDetail,
    List<DailyUsage> dailyUsage,
    List<TrunkSummary> trunkSummary,
    List<TrunkDetail> trunkDetails,
    List<LabeledTraffic> codeSummary,
    List<LabeledTraffic> byCodeName,
    List<LabeledTraffic> byCountry,
    List<DateTraffic> byDate) {
  public UsageSections {
    usageDetail = List.copyOf(usageDetail);
    dailyUsage = List.copyOf(dailyUsage);
    trunkSummary = List.copyOf(trunkSummary);
    trunkDetails = List.copyOf(trunkDetails);
    codeSummary = List.copyOf(codeSummary);
    byCodeName = List.copyOf(byCodeName);
    byCountry = List.copyOf(byCountry);
    byDate = List.copyOf(byDate);
  }
}
