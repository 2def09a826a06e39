package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import org.autoinvoice.domain.money.Money;

/** Totals of one side's usage over the period (rule N3): attempts, answered, minutes, cost. */
public record UsageTotals(
    long attempts,
    long answeredCalls,
    BigDecimal minutes,
    Money cost,
    ShortCallBuckets shortCalls,
    LrnCharges lrn) {}
