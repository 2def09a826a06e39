package org.autoinvoice.application.fakes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.domain.client.AutoInvoiceSettings;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.cycle.PaymentTerm;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceAssembler;
import org.autoinvoice.domain.invoice.InvoiceInputs;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.surcharge.ShortCallSettings;
import org.autoinvoice.domain.usage.UsageRecord;

/** Small fixtures shared by the fakes' users and the port contracts: clients, periods, invoices. */
public final class TestData {
  public static final PaymentTerm MONTHLY = new PaymentTerm(1, "Monthly", 2, 1, "", 15);

  private TestData() {}

  /** An active postpaid client in UTC, no tax, no surcharge, every section on, auto off. */
  public static Client client(int id) {
    return client(id, false);
  }

  /** As {@link #client(int)}, with auto invoicing on (monthly term) when {@code auto}. */
  public static Client client(int id, boolean auto) {
    return new Client(
        new ClientId(id),
        "client" + id,
        "Company " + id,
        "Street " + id,
        "billing" + id + "@example.com",
        true,
        2,
        new BigDecimal("-100"),
        false,
        ZoneSpec.UTC,
        false,
        BigDecimal.ZERO,
        ShortCallSettings.NONE,
        InvoiceOptions.all(),
        new AutoInvoiceSettings(
            auto, 0, auto ? MONTHLY : null, LocalDate.of(2024, 1, 1), 0, true, false, false));
  }

  /** The whole local days {@code first}..{@code last} in UTC, end inclusive to the second. */
  public static InvoicePeriod days(String first, String last) {
    return days(first, last, ZoneSpec.UTC);
  }

  public static InvoicePeriod days(String first, String last, ZoneSpec zone) {
    return new InvoicePeriod(
        LocalDate.parse(first).atStartOfDay(), LocalDateTime.parse(last + "T23:59:59"), zone);
  }

  /** An invoice made by {@link InvoiceAssembler} from {@code usage} on the client side(s). */
  public static Invoice invoice(
      Client client,
      InvoiceType type,
      CreateType createType,
      InvoicePeriod period,
      String number,
      List<UsageRecord> clientUsage,
      List<UsageRecord> vendorUsage) {
    LocalDate date = period.endInclusive().toLocalDate().plusDays(1);
    return InvoiceAssembler.assemble(
        new InvoiceInputs(
            client,
            InvoiceOptions.all(),
            type,
            createType,
            period,
            date,
            date.plusDays(15),
            number,
            clientUsage,
            vendorUsage,
            List.of(),
            Optional.empty(),
            Money.ZERO));
  }

  /** An invoice with one answered call per side: 1.50 client side, 0.50 vendor side. */
  public static Invoice invoice(
      Client client, InvoiceType type, CreateType createType, InvoicePeriod period, String number) {
    UsageRecord in = UsageRecords.ingress().attempts(2).answered(1).billed(60, "1.50").build();
    UsageRecord out = UsageRecords.egress().attempts(2).answered(1).billed(60, "0.50").build();
    return invoice(client, type, createType, period, number, List.of(in), List.of(out));
  }
}
