package org.autoinvoice.domain.cycle;

import java.time.LocalDate;
import java.util.Objects;
import org.autoinvoice.domain.period.InvoicePeriod;

/**
 * One auto invoice that is due (rules A3, A5): its period, the invoice date (the local date of the
 * boundary the period ends at) and the due date (invoice date + {@code grace_days}).
 */
public record DuePeriod(InvoicePeriod period, LocalDate invoiceDate, LocalDate dueDate) {
  public DuePeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(dueDate, "dueDate");
    if (dueDate.isBefore(invoiceDate)) {
      throw new IllegalArgumentException(
          "due date " + dueDate + " is before the invoice date " + invoiceDate);
    }
  }
}
