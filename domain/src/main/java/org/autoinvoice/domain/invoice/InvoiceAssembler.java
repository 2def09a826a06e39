package org.autoinvoice.domain.invoice;

import java.util.List;
import org.autoinvoice.domain.balance.AccountSummary;
import org.autoinvoice.domain.balance.AccountSummaryPolicy;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.surcharge.ShortCallSurcharge;
import org.autoinvoice.domain.surcharge.ShortCallSurchargePolicy;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.UsageAggregator;
import org.autoinvoice.domain.usage.UsageSections;

/**
 * Builds a complete {@link Invoice} from its inputs (pure). Sections come from {@link
 * UsageAggregator}; the short-call surcharge applies only when its option is on and the invoice has
 * a client (ingress) side (types 0 and 2); totals from {@link InvoiceTotalsPolicy}; the Account
 * Summary only when its option is on (current charge = the invoice total); payments are listed only
 * with "Summary of Payments". State NORMAL; status ZERO_TRAFFIC when the invoice's sides have no
 * answered call and no cost, else DONE.
 */
public final class InvoiceAssembler {
  private InvoiceAssembler() {}

  public static Invoice assemble(InvoiceInputs in) {
    InvoiceType type = in.type();
    InvoiceOptions options = in.options();
    Client client = in.client();
    UsageSections clientSide =
        type == InvoiceType.VENDOR
            ? null
            : UsageAggregator.aggregate(Direction.INGRESS, in.clientUsage(), options);
    UsageSections vendorSide =
        type == InvoiceType.CLIENT
            ? null
            : UsageAggregator.aggregate(Direction.EGRESS, in.vendorUsage(), options);

    ShortCallSurcharge surcharge =
        clientSide != null && options.shortCallSurcharge()
            ? ShortCallSurchargePolicy.apply(client.shortCalls(), clientSide.totals())
            : null;
    Money scc = surcharge == null ? Money.ZERO : surcharge.cost();
    InvoiceTotals totals =
        InvoiceTotalsPolicy.compute(
            type,
            clientSide == null ? null : clientSide.totals(),
            vendorSide == null ? null : vendorSide.totals(),
            scc,
            client.includeTax(),
            client.taxPercent());

    boolean zeroTraffic =
        (clientSide == null || clientSide.totals().isZeroTraffic())
            && (vendorSide == null || vendorSide.totals().isZeroTraffic());

    AccountSummary account =
        options.accountSummary()
            ? AccountSummaryPolicy.summarize(
                client,
                options.balanceType(),
                in.previousBalance(),
                in.period().startInstant(),
                in.payments(),
                totals.totalAmount(),
                in.currentBalance())
            : null;

    return new Invoice(
        in.number(),
        client.id(),
        type,
        in.createType(),
        in.period(),
        in.invoiceDate(),
        in.dueDate(),
        options,
        totals,
        InvoiceState.NORMAL,
        zeroTraffic ? InvoiceStatus.ZERO_TRAFFIC : InvoiceStatus.DONE,
        clientSide,
        vendorSide,
        surcharge,
        account,
        options.summaryOfPayments() ? paymentsReceived(in.payments()) : List.of());
  }

  /**
   * "Summary of Payments" lists money received (types 4 and 5); credit notes sent (type 8) count in
   * the Account Summary's "Payments and Credits" but are not payments.
   */
  private static List<PaymentLine> paymentsReceived(List<PaymentLine> lines) {
    return lines.stream().filter(p -> p.paymentType() == 4 || p.paymentType() == 5).toList();
  }
}
