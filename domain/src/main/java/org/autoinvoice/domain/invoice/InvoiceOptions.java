package org.autoinvoice.domain.invoice;

import java.util.Objects;
import org.autoinvoice.domain.balance.BalanceType;

/**
 * The options an invoice is made with (rule D4), frozen on the invoice row: which sections are
 * printed, the rate decimals ({@code decimal_place}, 0–10) and whether rates are averages or actual
 * rates ({@code rate_value}).
 */
public record InvoiceOptions(
    boolean accountSummary,
    BalanceType balanceType,
    boolean availableCredit,
    boolean usageDetail,
    boolean jurisdictionalDetail,
    boolean dailyUsage,
    boolean summaryByTrunk,
    boolean detailByTrunk,
    boolean codeSummary,
    boolean trafficByCodeName,
    boolean trafficByCountry,
    boolean callsByDate,
    boolean summaryOfPayments,
    boolean shortCallSurcharge,
    int decimalPlace,
    boolean actualRate) {
  public InvoiceOptions {
    Objects.requireNonNull(balanceType, "balanceType");
    if (decimalPlace < 0 || decimalPlace > 10) {
      throw new IllegalArgumentException(
          "decimal_place must be an integer from 0 to 10, got " + decimalPlace);
    }
  }

  /** Every section off, 5 rate decimals, average rates. */
  public static InvoiceOptions none() {
    return new InvoiceOptions(
        false,
        BalanceType.ACTUAL,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        5,
        false);
  }

  /** Every section on, 5 rate decimals, average rates, actual balance. */
  public static InvoiceOptions all() {
    return new InvoiceOptions(
        true,
        BalanceType.ACTUAL,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        5,
        false);
  }
}
