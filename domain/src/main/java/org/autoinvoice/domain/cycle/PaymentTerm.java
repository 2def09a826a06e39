package org.autoinvoice.domain.cycle;

import java.util.Objects;

/**
 * A DNL payment term (billing cycle definition, rule A2): type 1 every {@code days} days, 2 day
 * {@code days} of each month, 3 weekday {@code days} (0 Sunday … 6 Saturday), 4 each day of {@code
 * moreDays} (comma list), 5 twice a month (1st and 16th). {@code graceDays} = days to pay.
 */
public record PaymentTerm(int id, String name, int type, int days, String moreDays, int graceDays) {
  public PaymentTerm {
    Objects.requireNonNull(name, "name");
    if (type < 1 || type > 5) {
      throw new IllegalArgumentException(
          "payment_term.type must be 1..5, got " + type + " for term '" + name + "'");
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException("payment_term.grace_days must be >= 0, got " + graceDays);
    }
  }
}
