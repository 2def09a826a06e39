package org.autoinvoice.domain.invoice;

import java.math.BigDecimal;
import java.util.Objects;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.usage.UsageTotals;

/**
 * The amounts of an invoice row (rules D5, N3–N5), exact:
 *
 * <ul>
 *   <li>type 0 (client): total = buy + surcharge + tax, tax on buy + surcharge; minutes and calls
 *       of the buy (ingress) side.
 *   <li>type 1 (vendor): no surcharge; total = sell + tax, tax on sell (N5 taken literally with
 *       usage = sell); minutes and calls of the sell (egress) side.
 *   <li>type 2 (both): total = buy + surcharge + tax − sell, tax on buy + surcharge; minutes and
 *       calls are the sum of both sides.
 * </ul>
 */
public final class InvoiceTotalsPolicy {
  private InvoiceTotalsPolicy() {}

  /**
   * @param buy ingress totals (ignored for type 1; may then be null)
   * @param sell egress totals (ignored for type 0; may then be null)
   * @param surcharge the short-call surcharge (ignored for type 1)
   */
  public static InvoiceTotals compute(
      InvoiceType type,
      UsageTotals buy,
      UsageTotals sell,
      Money surcharge,
      boolean includeTax,
      BigDecimal taxPercent) {
    Objects.requireNonNull(type, "type");
    UsageTotals b = type == InvoiceType.VENDOR || buy == null ? UsageTotals.NONE : buy;
    UsageTotals s = type == InvoiceType.CLIENT || sell == null ? UsageTotals.NONE : sell;
    Money scc = type == InvoiceType.VENDOR ? Money.ZERO : Objects.requireNonNull(surcharge);
    return switch (type) {
      case CLIENT -> {
        Money tax = TaxPolicy.tax(includeTax, taxPercent, b.cost(), scc);
        yield new InvoiceTotals(
            b.cost(),
            b.minutes(),
            Money.ZERO,
            BigDecimal.ZERO,
            b.minutes(),
            b.answeredCalls(),
            scc,
            tax,
            b.cost().plus(scc).plus(tax));
      }
      case VENDOR -> {
        Money tax = TaxPolicy.tax(includeTax, taxPercent, s.cost(), Money.ZERO);
        yield new InvoiceTotals(
            Money.ZERO,
            BigDecimal.ZERO,
            s.cost(),
            s.minutes(),
            s.minutes(),
            s.answeredCalls(),
            Money.ZERO,
            tax,
            s.cost().plus(tax));
      }
      case BOTH -> {
        Money tax = TaxPolicy.tax(includeTax, taxPercent, b.cost(), scc);
        yield new InvoiceTotals(
            b.cost(),
            b.minutes(),
            s.cost(),
            s.minutes(),
            b.minutes().add(s.minutes()),
            b.answeredCalls() + s.answeredCalls(),
            scc,
            tax,
            b.cost().plus(scc).plus(tax).minus(s.cost()));
      }
    };
  }
}
