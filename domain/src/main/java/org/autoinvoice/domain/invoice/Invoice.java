package org.autoinvoice.domain.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.domain.balance.AccountSummary;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.surcharge.ShortCallSurcharge;
import org.autoinvoice.domain.usage.UsageSections;

/**
 * The invoice aggregate: number, client, type, create type, period and zone, invoice and due dates,
 * the options it was made with, totals, state and status, and the content of every section (client
 * side for types 0 and 2, vendor side for types 1 and 2). Optional parts are null when absent:
 * {@code surcharge} (off or vendor invoice), {@code accountSummary} (off).
 */
public record Invoice(
    String number,
    ClientId clientId,
    InvoiceType type,
    CreateType createType,
    InvoicePeriod period,
    LocalDate invoiceDate,
    LocalDate dueDate,
    InvoiceOptions options,
    InvoiceTotals totals,
    InvoiceState state,
    InvoiceStatus status,
    UsageSections clientUsage,
    UsageSections vendorUsage,
    ShortCallSurcharge surcharge,
    AccountSummary accountSummary,
    List<PaymentLine> payments) {
  public Invoice {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(createType, "createType");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(status, "status");
    payments = List.copyOf(payments);
    if (dueDate.isBefore(invoiceDate)) {
      throw new IllegalArgumentException(
          "invoice_due_date " + dueDate + " is before invoice_date " + invoiceDate);
    }
    if (type != InvoiceType.VENDOR && clientUsage == null) {
      throw new IllegalArgumentException("a type " + type.code() + " invoice needs client usage");
    }
    if (type != InvoiceType.CLIENT && vendorUsage == null) {
      throw new IllegalArgumentException("a type " + type.code() + " invoice needs vendor usage");
    }
  }

  public Optional<ShortCallSurcharge> shortCallSurcharge() {
    return Optional.ofNullable(surcharge);
  }

  public Optional<AccountSummary> account() {
    return Optional.ofNullable(accountSummary);
  }

  /** The same invoice under another number (an auto invoice is numbered only once it is kept). */
  public Invoice withNumber(String newNumber) {
    return new Invoice(
        newNumber,
        clientId,
        type,
        createType,
        period,
        invoiceDate,
        dueDate,
        options,
        totals,
        state,
        status,
        clientUsage,
        vendorUsage,
        surcharge,
        accountSummary,
        payments);
  }

  /** The PDF file name of rule D9: {@code <number>_<invoice date yyyy-MM-dd>.pdf}. */
  public String pdfFileName() {
    return number + "_" + invoiceDate + ".pdf";
  }
}
