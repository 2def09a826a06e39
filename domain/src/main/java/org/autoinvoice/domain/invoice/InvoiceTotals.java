package org.autoinvoice.domain.invoice;

import java.math.BigDecimal;
import org.autoinvoice.domain.money.Money;

/**
 * The amounts stored on an invoice row (rules D5, N3–N5): client-side (buy) and vendor-side (sell)
 * usage, short-call surcharge, tax and the grand total; exact, rounded only when stored.
 */
public record InvoiceTotals(
    Money buyTotal,
    BigDecimal buyMinutes,
    Money sellTotal,
    BigDecimal sellMinutes,
    BigDecimal totalMinutes,
    long totalCalls,
    Money shortCallCost,
    Money tax,
    Money totalAmount) {}
