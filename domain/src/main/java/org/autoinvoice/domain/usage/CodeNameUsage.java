package org.autoinvoice.domain.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.autoinvoice.domain.money.Money;

/**
 * One row of "Usage Detail" and of its "Jurisdictional Break-down": a code name (with its rate
 * effective date, and actual rate when the invoice prints actual rates); indeterminate = total −
 * inter − intra.
 */
public record CodeNameUsage(
    String codeName,
    LocalDate effectiveDate,
    BigDecimal actualRate,
    long calls,
    BigDecimal minutes,
    Money cost,
    BigDecimal interMinutes,
    Money interCost,
    BigDecimal intraMinutes,
    Money intraCost) {}
