package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import org.autoinvoice.domain.money.Money;

/** "Summary of LRN Charges": dips, average rate (cost ÷ dips, 0 when none) and cost. */
public record LrnCharges(long calls, BigDecimal rate, Money cost) {}
