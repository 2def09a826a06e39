package org.autoinvoice.domain.surcharge;

import java.math.BigDecimal;
import org.autoinvoice.domain.money.Money;

/**
 * Outcome of the short-call surcharge rule for one invoice: answered calls, short calls at or under
 * the threshold, their percentage, the surcharge type and the amount ({@code scc_*} columns).
 */
public record ShortCallSurcharge(
    long answeredCalls,
    long shortCalls,
    int thresholdSeconds,
    BigDecimal shortPercent,
    int type,
    Money cost) {}
