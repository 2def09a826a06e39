package org.autoinvoice.domain.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.domain.balance.BalanceSnapshot;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.usage.UsageRecord;

/**
 * Everything {@link InvoiceAssembler} needs to build one invoice: who, what kind, which period,
 * dates and number, the usage of each side (client side for types 0/2, vendor side for types 1/2;
 * the other side is ignored), payments and credits in the period, the balance before it and the
 * client's current balance.
 */
public record InvoiceInputs(
    Client client,
    InvoiceOptions options,
    InvoiceType type,
    CreateType createType,
    InvoicePeriod period,
    LocalDate invoiceDate,
    LocalDate dueDate,
    String number,
    List<UsageRecord> clientUsage,
    List<UsageRecord> vendorUsage,
    List<PaymentLine> payments,
    Optional<BalanceSnapshot> previousBalance,
    Money currentBalance) {
  public InvoiceInputs {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(createType, "createType");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(number, "number");
    clientUsage = clientUsage == null ? List.of() : List.copyOf(clientUsage);
    vendorUsage = vendorUsage == null ? List.of() : List.copyOf(vendorUsage);
    payments = payments == null ? List.of() : List.copyOf(payments);
    previousBalance = previousBalance == null ? Optional.empty() : previousBalance;
    currentBalance = currentBalance == null ? Money.ZERO : currentBalance;
  }
}
