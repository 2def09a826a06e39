package org.autoinvoice.adapters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.autoinvoice.adapters.pdf.InvoiceFixture.client;
import static org.autoinvoice.adapters.pdf.InvoiceFixture.document;
import static org.autoinvoice.adapters.pdf.InvoiceFixture.invoice;
import static org.autoinvoice.adapters.pdf.InvoiceFixture.options;
import static org.autoinvoice.adapters.pdf.InvoiceFixture.render;
import static org.autoinvoice.adapters.pdf.InvoiceFixture.text;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ITextInvoiceRendererTest {
  private static String allOnText;

  @BeforeAll
  static void renderFixture() throws IOException {
    byte[] pdf = render(document(invoice(InvoiceType.CLIENT, InvoiceOptions.all()), 2));
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.write(target.resolve("sample-invoice.pdf"), pdf);
    }
    allOnText = text(pdf);
  }

  @Test
  void printsTheHeaderBlock() {
    assertThat(allOnText)
        .contains("Carrier Exchange Ltd")
        .contains("100 Harbour Road")
        .contains("Billed to: Acme Telecom LLC")
        .contains("Address: 1 Main Street")
        .contains("Suite 200")
        .contains("Invoice: INV-2024-0042")
        .contains("Invoice Date: 03/01/2024")
        .contains("Payment Due Date: 03/15/2024")
        .contains("Billing Period: 02/01/2024-02/29/2024")
        .contains("Invoice time zone: GMT +05:00")
        .contains("Available Credit: 5,000.00")
        .contains("IBAN: GB00 EXAM 0000 0000 0000 00");
  }

  @Test
  void printsUnlimitedAvailableCreditForAClientWithUnlimitedCredit() throws Exception {
    Invoice invoice = invoice(InvoiceType.CLIENT, InvoiceOptions.all());
    Client c = client(invoice.options());
    Client unlimited =
        new Client(
            c.id(),
            c.name(),
            c.company(),
            c.address(),
            c.billingEmail(),
            c.active(),
            c.mode(),
            BigDecimal.ZERO,
            true,
            c.zone(),
            c.includeTax(),
            c.taxPercent(),
            c.shortCalls(),
            c.defaultOptions(),
            c.autoInvoice());
    InvoiceDocument doc = document(invoice, 2);
    String text =
        text(render(new InvoiceDocument(invoice, unlimited, doc.parameters(), doc.logo())));

    assertThat(text).contains("Available Credit: Unlimited");
  }

  @Test
  void printsEverySectionTitleInDomainOrder() {
    String[] titles = {
      "Account Summary",
      "Summary of Charges",
      "Short Duration Call Surcharge:",
      "Summary of Payments",
      "Usage Detail",
      "Jurisdictional Break-down",
      "Summary of LRN Charges",
      "Daily Usage",
      "Summary By Trunk",
      "Detail by Trunk [NYC-GW(1234)]",
      "Show Code Summary (top 10)",
      "Show Traffic Analysis by Code Name",
      "Show Traffic Analysis by Country",
      "Show Calls By Date Summary"
    };
    int[] at = Arrays.stream(titles).mapToInt(allOnText::indexOf).toArray();
    assertThat(at).doesNotContain(-1);
    assertThat(at).isSorted();
  }

  @Test
  void printsColumnHeadersWordForWord() {
    assertThat(allOnText)
        .contains("Total Minutes Total Calls Total Charges(US)")
        .contains("Code Name Completed Calls Total Minutes Rate Effective Date Total Charges")
        .contains("Interstate Intrastate Indeterminate Total")
        .contains("Minute Rate Cost Minute Rate Cost Minute Rate Cost Minute Rate Cost")
        .contains("Date Payment received")
        .contains("Number of LRN Calls LRN Rate(US) LRN Total Cost(US)")
        .contains("Trunk (Prefix) Calls Total Minutes Amount")
        .contains("Calls Total Minutes ACD Amount")
        .contains("Short Calls (under 6 seconds) Calls 1,700")
        .contains("Total Amount 1,100.00")
        .contains("Code Calls Total Minutes Amount")
        .contains("Code Name Calls Total Minutes Amount")
        .contains("Country Calls Total Minutes Amount")
        .contains("Date Calls Total Minutes Amount");
  }

  @Test
  void printsSummaryOfChargesWithInvoiceDecimalDigits() {
    assertThat(allOnText)
        .contains("Minutes Usage 49,135.68 13,865 1,251.74")
        .contains("Short Charges 21.00")
        .contains("Tax 63.64")
        .contains("Total 49,135.68 13,865 1,336.38");
  }

  @Test
  void printsUsageRowsWithRateDecimalsAndNegativesInParentheses() {
    assertThat(allOnText)
        .contains("USA - New York 12,345 45,678.90 0.02703 01/01/2024 1,234.57")
        .contains("USA - Alaska 1,520 3,456.78 0.01235 12/15/2023 42.68")
        .contains("Credit adjustment 0 0.00 0.00000 02/01/2024 (25.50)")
        .contains("Total 13,865 49,135.68 1,251.74");
  }

  @Test
  void printsJurisdictionalAndDailyIndeterminateAsTheRemainder() {
    assertThat(allOnText)
        .contains(
            "USA - New York 30,000.50 0.02700 810.01 10,000.25 0.03000 300.01 5,678.15 0.02193"
                + " 124.55 45,678.90 0.02703 1,234.57")
        .contains("02/01/2024 1,000.50 400.25 100.00 1,500.75 27.01 12.01 1.50 40.52");
  }

  @Test
  void printsTheShortCallSurchargeBlockOfDomain44() {
    assertThat(allOnText)
        .contains("Total calls: 13,865")
        .contains("Calls equal to or less than 6 seconds: 2,100 calls")
        .contains("Percentage of short calls: 15.15%")
        .contains("Short Duration Call Surcharge: $21.00");
  }

  @Test
  void printsTheAccountSummaryRowsOfDomain46() {
    assertThat(allOnText)
        .contains("Previous Balance 500.00")
        .contains("Payments and Credits (300.00)")
        .contains("Balance Forward 200.00")
        .contains("Account Finance Charges 0.00")
        .contains("Long Distance Charges 1,272.74")
        .contains("Federal, State, and Local Taxes 63.64")
        .contains("Current Charges 1,336.38")
        .contains("Balance as of 01/31/2024 1,536.38 USD")
        .contains("Please pay 1,536.38")
        .contains("Payment Term Net 15 Monthly");
  }

  @Test
  void printsTrunkAndTrafficRows() {
    assertThat(allOnText)
        .contains("NYC-GW(1234) 10,000 40,000.10 1,100.00")
        .contains("Interstate 6,000 25,000.00 4.17 700.00")
        .contains("1212 12,345 45,678.90 1,234.57")
        .contains("United States 13,865 49,135.68 1,277.24")
        .contains("02/02/2024 6,865 25,135.68 637.24")
        .contains("5,000 0.00050 2.50");
  }

  @Test
  void threeInvoiceDecimalDigitsChangeAmountsButNotMinutes() throws IOException {
    String text = text(render(document(invoice(InvoiceType.CLIENT, InvoiceOptions.all()), 3)));
    assertThat(text)
        .contains("Total 49,135.68 13,865 1,336.381")
        .contains("Tax 63.637")
        .contains("USA - New York 12,345 45,678.90 0.02703 01/01/2024 1,234.568")
        .contains("(25.500)")
        .contains("Short Duration Call Surcharge: $21.000");
  }

  @Test
  void actualRatesAndOtherRateDecimalsComeFromTheInvoiceOptions() throws IOException {
    InvoiceOptions all = InvoiceOptions.all();
    InvoiceOptions actual3 =
        new InvoiceOptions(
            true,
            all.balanceType(),
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
            3,
            true);
    String text = text(render(document(invoice(InvoiceType.CLIENT, actual3), 2)));
    assertThat(text)
        .contains("USA - New York 12,345 45,678.90 0.029 01/01/2024 1,234.57")
        .contains("USA - Alaska 1,520 3,456.78 0.015 12/15/2023 42.68");
  }

  @Test
  void vendorInvoicePrintsMinutesSoldAndNoSurcharge() throws IOException {
    String text = text(render(document(invoice(InvoiceType.VENDOR, InvoiceOptions.all()), 2)));
    assertThat(text)
        .contains("Minutes Sold 2,400.00 800 96.00")
        .contains("Summary of Minutes Vendor")
        .contains("Vendor Route Mexico")
        .doesNotContain("Minutes Usage")
        .doesNotContain("Short Duration Call Surcharge")
        .doesNotContain("Short Charges")
        .doesNotContain("Usage Detail");
  }

  @Test
  void twoSidedInvoicePrintsBothRowsAndBothDetails() throws IOException {
    String text = text(render(document(invoice(InvoiceType.BOTH, InvoiceOptions.all()), 2)));
    assertThat(text)
        .contains("Minutes Usage 49,135.68 13,865 1,251.74")
        .contains("Minutes Sold 2,400.00 800 96.00")
        .contains("Usage Detail")
        .contains("Summary of Minutes Vendor")
        .contains("Short Duration Call Surcharge:");
    assertThat(text.indexOf("Usage Detail")).isLessThan(text.indexOf("Summary of Minutes Vendor"));
  }

  @Test
  void surchargeOfTypeOneSaysExceedThreshold() throws IOException {
    var base = invoice(InvoiceType.CLIENT, InvoiceOptions.all());
    var s = base.surcharge();
    var typeOne =
        new org.autoinvoice.domain.surcharge.ShortCallSurcharge(
            s.answeredCalls(), s.shortCalls(), s.thresholdSeconds(), s.shortPercent(), 1, s.cost());
    var invoice =
        new org.autoinvoice.domain.invoice.Invoice(
            base.number(),
            base.clientId(),
            base.type(),
            base.createType(),
            base.period(),
            base.invoiceDate(),
            base.dueDate(),
            base.options(),
            base.totals(),
            base.state(),
            base.status(),
            base.clientUsage(),
            base.vendorUsage(),
            typeOne,
            base.accountSummary(),
            base.payments());
    assertThat(text(render(document(invoice, 2))))
        .contains("Percentage of short calls exceed threshold: 15.15%");
  }

  @Test
  void producesPdfA2bWithEmbeddedFonts() throws IOException {
    byte[] pdf = render(document(invoice(InvoiceType.CLIENT, InvoiceOptions.all()), 2));
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      String xmp = new String(doc.getXmpMetadataBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(xmp).contains("pdfaid:part").contains("2").contains("pdfaid:conformance");
      assertThat(doc.getCatalog().getPdfObject().toString()).contains("OutputIntents");
    }
  }

  @ParameterizedTest(name = "option {0} off removes \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | Account Summary",
        "1 | Available Credit:",
        "2 | Usage Detail",
        "3 | Jurisdictional Break-down",
        "4 | Daily Usage",
        "5 | Summary By Trunk",
        "6 | Detail by Trunk [",
        "7 | Show Code Summary (top 10)",
        "8 | Show Traffic Analysis by Code Name",
        "9 | Show Traffic Analysis by Country",
        "10 | Show Calls By Date Summary",
        "11 | Summary of Payments",
        "12 | Short Duration Call Surcharge:",
        "12 | Short Charges"
      })
  void eachOptionOffRemovesItsSection(int option, String title) throws IOException {
    assertThat(allOnText).contains(title);
    boolean[] flags = new boolean[13];
    Arrays.fill(flags, true);
    flags[option] = false;
    String text = text(render(document(invoice(InvoiceType.CLIENT, options(flags)), 2)));
    assertThat(text).doesNotContain(title).contains("Summary of Charges");
  }
}
