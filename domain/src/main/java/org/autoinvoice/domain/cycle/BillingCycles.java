package org.autoinvoice.domain.cycle;

import java.time.LocalDate;
import java.util.Objects;

/** Builds the {@link BillingCycle} policy of a payment term (rule A2). */
public final class BillingCycles {
  /**
   * The anchor of a type 1 cycle whose client has no {@code invoice_start_from}: days are then
   * counted from 1970-01-01, so the boundaries are still fixed dates.
   */
  public static final LocalDate DEFAULT_ANCHOR = LocalDate.EPOCH;

  private BillingCycles() {}

  /**
   * The cycle of {@code term}; {@code anchor} is {@code client.invoice_start_from} (used by type 1
   * only; null → {@link #DEFAULT_ANCHOR}). Throws IllegalArgumentException naming {@code
   * payment_term.days} or {@code more_days} and the expected form when the term is unusable.
   */
  public static BillingCycle of(PaymentTerm term, LocalDate anchor) {
    Objects.requireNonNull(term, "term");
    return switch (term.type()) {
      case 1 -> new EveryNDays(term.days(), anchor == null ? DEFAULT_ANCHOR : anchor);
      case 2 -> new MonthlyOnDay(term.days());
      case 3 -> new WeeklyOnDay(term.days());
      case 4 -> MonthlyOnDays.parse(term.moreDays());
      case 5 -> new SemiMonthly();
      default ->
          throw new IllegalArgumentException("payment_term.type must be 1..5, got " + term.type());
    };
  }
}
