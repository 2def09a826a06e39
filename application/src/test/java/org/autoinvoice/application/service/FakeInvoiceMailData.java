package org.autoinvoice.application.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.autoinvoice.application.port.out.InvoiceMailData;
import org.autoinvoice.application.port.out.InvoiceMailFacts;
import org.autoinvoice.application.port.out.MailSetup;
import org.autoinvoice.application.port.out.SmtpSettings;
import org.autoinvoice.domain.mail.MailTemplate;

/** In-memory {@link InvoiceMailData} for tests. */
public final class FakeInvoiceMailData implements InvoiceMailData {
  private final Map<String, InvoiceMailFacts> invoices = new HashMap<>();
  public MailSetup setup =
      new MailSetup(
          new MailTemplate(
              "Invoice {invoice_number} from {switch_alias}",
              "<p>Dear {client_name}, amount {invoice_amount} for {start_date} to {end_date}."
                  + " {invoice_link}</p>",
              "cc1@dnl.example; broken-cc"),
          "DNL",
          2,
          false);
  public SmtpSettings smtp =
      new SmtpSettings(
          "localhost",
          25,
          SmtpSettings.Security.NONE,
          false,
          "",
          "",
          "billing@dnl.example",
          "DNL Billing",
          "",
          "");

  public void put(InvoiceMailFacts facts) {
    invoices.put(facts.invoiceNumber(), facts);
  }

  /** An invoice of client 3 "Carrier A" (billing_email given) with a stored PDF. */
  public static InvoiceMailFacts invoice(
      String number, String billingEmail, boolean auto, boolean asLink) {
    return new InvoiceMailFacts(
        number,
        Optional.of(3),
        "Carrier A",
        "Carrier A Ltd",
        billingEmail,
        true,
        asLink,
        auto,
        new BigDecimal("1234.565"),
        LocalDateTime.of(2024, 1, 1, 0, 0),
        LocalDateTime.of(2024, 1, 31, 23, 59, 59),
        LocalDate.of(2024, 2, 1),
        "/invoice/" + number + "_2024-02-01.pdf",
        Optional.empty());
  }

  @Override
  public Optional<InvoiceMailFacts> invoice(String invoiceNumber) {
    return Optional.ofNullable(invoices.get(invoiceNumber));
  }

  @Override
  public MailSetup setup() {
    return setup;
  }

  @Override
  public SmtpSettings smtp() {
    return smtp;
  }
}
