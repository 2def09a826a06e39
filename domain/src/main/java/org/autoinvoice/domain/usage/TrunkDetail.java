package org.autoinvoice.domain.usage;

import org.autoinvoice.domain.money.Money;

/** One "Detail by Trunk [alias(prefix)]" table. */
public record TrunkDetail(
    TrunkKey trunk,
    JurisdictionTraffic inter,
    JurisdictionTraffic intra,
    JurisdictionTraffic indeterminate,
    long shortCallsUnder6,
    Money amount) {

  /** Answered calls over the three jurisdictions. */
  public long totalCalls() {
    return inter.calls() + intra.calls() + indeterminate.calls();
  }
}
