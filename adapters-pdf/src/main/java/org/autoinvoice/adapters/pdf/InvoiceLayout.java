package org.autoinvoice.adapters.pdf;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.domain.balance.AccountSummary;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceTotals;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.surcharge.ShortCallSurcharge;
import org.autoinvoice.domain.usage.CodeNameUsage;
import org.autoinvoice.domain.usage.DailyUsage;
import org.autoinvoice.domain.usage.DateTraffic;
import org.autoinvoice.domain.usage.JurisdictionTraffic;
import org.autoinvoice.domain.usage.LabeledTraffic;
import org.autoinvoice.domain.usage.LrnCharges;
import org.autoinvoice.domain.usage.TrunkDetail;
import org.autoinvoice.domain.usage.TrunkKey;
import org.autoinvoice.domain.usage.TrunkSummary;
import org.autoinvoice.domain.usage.UsageSections;

/** Lays out one invoice on an iText document, section by section in the order of domain §5. */
final class InvoiceLayout {
  static final float FONT_SIZE = 10f;
  private static final float WIDE_FONT_SIZE = 7f;
  private static final float TITLE_SIZE = 12f;
  private static final int FLUSH_EVERY = 200;
  private static final Color HEADER_GREY = new DeviceRgb(0xDD, 0xDD, 0xDD);
  private static final String US = "(US)";

  private final Document doc;
  private final PdfFont bold;
  private final Invoice invoice;
  private final Client client;
  private final SystemParameters parameters;
  private final byte[] logo;
  private final InvoiceOptions options;
  private final PdfNumbers numbers;
  private final ZoneId zone;
  private int flushedPages;

  InvoiceLayout(Document doc, PdfFont regular, PdfFont bold, InvoiceDocument source) {
    this.doc = doc;
    this.bold = bold;
    this.invoice = source.invoice();
    this.client = source.client();
    this.parameters = source.parameters();
    this.logo = source.logo().bytes();
    this.options = invoice.options();
    this.numbers = new PdfNumbers(parameters.invoiceDecimalDigits(), options.decimalPlace());
    this.zone = invoice.period().zone().zoneId();
  }

  void write() {
    header();
    if (options.accountSummary() && invoice.accountSummary() != null) {
      accountSummary(invoice.accountSummary());
    }
    summaryOfCharges();
    if (parameters.billingDetailsLocation() == 2) {
      billingDetails();
    }
    if (options.shortCallSurcharge()
        && invoice.type() != InvoiceType.VENDOR
        && invoice.surcharge() != null) {
      shortCallSurcharge(invoice.surcharge());
    }
    if (options.summaryOfPayments()) {
      payments(invoice.payments());
    }
    if (options.usageDetail() && invoice.type() != InvoiceType.VENDOR) {
      usageDetail("Usage Detail", invoice.clientUsage());
    }
    if (options.usageDetail() && invoice.type() != InvoiceType.CLIENT) {
      usageDetail("Summary of Minutes Vendor", invoice.vendorUsage());
    }
    UsageSections side = primarySide();
    LrnCharges lrn = side.totals() == null ? null : side.totals().lrn();
    if (lrn != null && lrn.calls() > 0) {
      lrnCharges(lrn);
    }
    if (options.dailyUsage()) {
      dailyUsage(side.dailyUsage());
    }
    if (options.summaryByTrunk()) {
      trunkSummary(side.trunkSummary());
    }
    if (options.detailByTrunk()) {
      side.trunkDetails().forEach(this::trunkDetail);
    }
    if (options.codeSummary()) {
      traffic("Show Code Summary (top 10)", "Code", side.codeSummary());
    }
    if (options.trafficByCodeName()) {
      traffic("Show Traffic Analysis by Code Name", "Code Name", side.byCodeName());
    }
    if (options.trafficByCountry()) {
      traffic("Show Traffic Analysis by Country", "Country", side.byCountry());
    }
    if (options.callsByDate()) {
      callsByDate(side.byDate());
    }
    if (parameters.billingDetailsLocation() != 1 && parameters.billingDetailsLocation() != 2) {
      billingDetails();
    }
  }

  /** Client side for client and two-sided invoices, vendor side for vendor invoices. */
  private UsageSections primarySide() {
    return invoice.type() == InvoiceType.VENDOR ? invoice.vendorUsage() : invoice.clientUsage();
  }

  // ---------------------------------------------------------------- header

  private void header() {
    logo();
    String company = plainText(parameters.companyInfo());
    boolean left = parameters.companyInfoLocation() == 1;
    boolean detailsOnTop = parameters.billingDetailsLocation() == 1;
    String details = plainText(parameters.billingDetails());
    if (!left && !company.isEmpty()) {
      doc.add(new Paragraph(company).setMarginBottom(6));
    }
    Table header = new Table(UnitValue.createPercentArray(new float[] {50, 50}));
    header.useAllAvailableWidth();
    Cell leftCell = new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(0);
    if (left && !company.isEmpty()) {
      leftCell.add(new Paragraph(company));
    }
    if (detailsOnTop && !details.isEmpty()) {
      leftCell.add(new Paragraph(details).setMarginTop(6));
    }
    header.addCell(leftCell);
    header.addCell(new Cell().setBorder(Border.NO_BORDER).add(billedTo()));
    doc.add(header);
  }

  private void logo() {
    if (logo == null || logo.length == 0) {
      return;
    }
    try {
      Image image = new Image(ImageDataFactory.create(logo));
      image.scaleToFit(150, 60);
      doc.add(image.setMarginBottom(8));
    } catch (RuntimeException e) {
      // A logo problem never fails an invoice; the logo source already logged its kind.
    }
  }

  private Paragraph billedTo() {
    StringBuilder text = new StringBuilder();
    text.append("Billed to: ").append(nullToEmpty(client.company())).append('\n');
    text.append("Address: ").append(plainText(client.address())).append("\n\n");
    text.append("Invoice: ").append(invoice.number()).append('\n');
    text.append("Invoice Date: ").append(PdfNumbers.date(invoice.invoiceDate())).append('\n');
    text.append("Payment Due Date: ").append(PdfNumbers.date(invoice.dueDate())).append('\n');
    text.append("Billing Period: ")
        .append(PdfNumbers.date(invoice.period().start().toLocalDate()))
        .append('-')
        .append(PdfNumbers.date(invoice.period().endInclusive().toLocalDate()))
        .append('\n');
    text.append("Invoice time zone: GMT ").append(offsetText());
    if (options.availableCredit()) {
      text.append('\n')
          .append("Available Credit: ")
          .append(
              client.unlimitedCredit()
                  ? "Unlimited"
                  : PdfNumbers.fixed(client.allowedCredit().abs(), 2));
    }
    return new Paragraph(text.toString());
  }

  private String offsetText() {
    ZoneOffset offset =
        zone instanceof ZoneOffset fixed
            ? fixed
            : zone.getRules().getOffset(invoice.period().startInstant());
    return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
  }

  private void billingDetails() {
    String details = plainText(parameters.billingDetails());
    if (!details.isEmpty()) {
      doc.add(new Paragraph(details).setMarginTop(14));
    }
  }

  // ---------------------------------------------------------------- account and charges

  private void accountSummary(AccountSummary a) {
    title("Account Summary");
    InvoiceTotals t = invoice.totals();
    Table table = labelValueTable();
    labelValue(table, "Previous Balance", numbers.amount(a.previousBalance().abs()));
    labelValue(table, "Payments and Credits", numbers.amount(a.paymentsAndCredits().negate()));
    labelValue(table, "Balance Forward", numbers.amount(a.balanceForward()));
    labelValue(table, "Account Finance Charges", numbers.amount(a.financeCharge()));
    labelValue(table, "Long Distance Charges", numbers.amount(t.totalAmount().minus(t.tax())));
    labelValue(table, "Recurring Charges", numbers.amount(a.recurringCharge()));
    labelValue(table, "Non-Recurring Charges", numbers.amount(a.nonRecurringCharge()));
    labelValue(table, "Federal, State, and Local Taxes", numbers.amount(t.tax()));
    labelValue(table, "Current Charges", numbers.amount(a.currentCharge()));
    String asOf =
        a.balanceType() == BalanceType.ACTUAL && a.balanceTime() != null
            ? "Balance as of " + PdfNumbers.date(LocalDate.ofInstant(a.balanceTime(), zone))
            : "Balance as of";
    labelValue(table, asOf, numbers.amount(a.newBalance().abs()) + " USD");
    if (client.postpaid()) {
      if (a.newBalance().signum() > 0) {
        labelValue(table, "Please pay", numbers.amount(a.pleasePay()));
      } else {
        labelValue(
            table,
            "Credit Remaining",
            a.unlimitedCredit() ? "Unlimited" : numbers.amount(a.creditRemaining()));
      }
    }
    String term =
        client.autoInvoice().paymentTerm() == null ? "" : client.autoInvoice().paymentTerm().name();
    labelValue(table, "Payment Term", term);
    doc.add(table);
  }

  private void summaryOfCharges() {
    title("Summary of Charges");
    InvoiceTotals t = invoice.totals();
    Table table = new Table(UnitValue.createPercentArray(new float[] {34, 22, 22, 22}));
    table.useAllAvailableWidth();
    headerCells(table, FONT_SIZE, "", "Total Minutes", "Total Calls", "Total Charges" + US);
    switch (invoice.type()) {
      case CLIENT ->
          chargeRow(table, "Minutes Usage", t.buyMinutes(), t.totalCalls(), t.buyTotal());
      case VENDOR ->
          chargeRow(table, "Minutes Sold", t.sellMinutes(), t.totalCalls(), t.sellTotal());
      case BOTH -> {
        chargeRow(
            table,
            "Minutes Usage",
            t.buyMinutes(),
            invoice.clientUsage().totals().answeredCalls(),
            t.buyTotal());
        chargeRow(
            table,
            "Minutes Sold",
            t.sellMinutes(),
            invoice.vendorUsage().totals().answeredCalls(),
            t.sellTotal());
      }
    }
    if (options.shortCallSurcharge()
        && invoice.type() != InvoiceType.VENDOR
        && t.shortCallCost() != null
        && !t.shortCallCost().isZero()) {
      textRow(table, FONT_SIZE, "Short Charges", "", "", numbers.amount(t.shortCallCost()));
    }
    if (client.includeTax()) {
      textRow(table, FONT_SIZE, "Tax", "", "", numbers.amount(t.tax()));
    }
    textRow(
        table,
        FONT_SIZE,
        "Total",
        numbers.minutes(t.totalMinutes()),
        numbers.count(t.totalCalls()),
        numbers.amount(t.totalAmount()));
    doc.add(table);
  }

  private void chargeRow(Table table, String label, BigDecimal minutes, long calls, Money total) {
    textRow(
        table,
        FONT_SIZE,
        label,
        numbers.minutes(minutes),
        numbers.count(calls),
        numbers.amount(total));
  }

  private void shortCallSurcharge(ShortCallSurcharge s) {
    title("Short Duration Call Surcharge:");
    String exceed = s.type() == 1 ? " exceed threshold" : "";
    String text =
        "Total calls: "
            + numbers.count(s.answeredCalls())
            + "\nCalls equal to or less than "
            + s.thresholdSeconds()
            + " seconds: "
            + numbers.count(s.shortCalls())
            + " calls\nPercentage of short calls"
            + exceed
            + ": "
            + numbers.percent(s.shortPercent())
            + "%\nShort Duration Call Surcharge: $"
            + numbers.amount(s.cost());
    doc.add(new Paragraph(text));
  }

  private void payments(List<PaymentLine> payments) {
    title("Summary of Payments");
    Streamed table = new Streamed(new float[] {50, 50}, FONT_SIZE);
    table.header("Date", "Payment received");
    for (PaymentLine p : payments) {
      table.row(
          PdfNumbers.date(LocalDate.ofInstant(p.receivedAt(), zone)), numbers.amount(p.amount()));
    }
    table.complete();
  }

  // ---------------------------------------------------------------- usage

  private void usageDetail(String title, UsageSections side) {
    title(title);
    Streamed table = new Streamed(new float[] {26, 15, 14, 12, 14, 19}, FONT_SIZE);
    table.header(
        "Code Name", "Completed Calls", "Total Minutes", "Rate", "Effective Date", "Total Charges");
    long calls = 0;
    BigDecimal minutes = BigDecimal.ZERO;
    Money cost = Money.ZERO;
    for (CodeNameUsage u : side.usageDetail()) {
      BigDecimal rate = options.actualRate() ? u.printedRate() : u.averageRate();
      table.row(
          nullToEmpty(u.codeName()),
          numbers.count(u.calls()),
          numbers.minutes(u.minutes()),
          numbers.rate(rate),
          PdfNumbers.date(u.effectiveDate()),
          numbers.amount(u.cost()));
      calls += u.calls();
      minutes = minutes.add(u.minutes());
      cost = cost.plus(u.cost());
    }
    table.totalRow(
        "Total", numbers.count(calls), numbers.minutes(minutes), "", "", numbers.amount(cost));
    table.complete();
    if (options.jurisdictionalDetail()) {
      jurisdictional(side.usageDetail());
    }
  }

  private void jurisdictional(List<CodeNameUsage> rows) {
    title("Jurisdictional Break-down");
    float[] widths = new float[13];
    widths[0] = 12;
    for (int group = 0; group < 4; group++) {
      widths[1 + 3 * group] = 8.5f;
      widths[2 + 3 * group] = 6;
      widths[3 + 3 * group] = 7.5f;
    }
    Streamed table = new Streamed(widths, WIDE_FONT_SIZE);
    table.headerCell("Code Name", 2, 1);
    for (String group : List.of("Interstate", "Intrastate", "Indeterminate", "Total")) {
      table.headerCell(group, 1, 3);
    }
    for (int i = 0; i < 4; i++) {
      table.headerCell("Minute", 1, 1);
      table.headerCell("Rate", 1, 1);
      table.headerCell("Cost", 1, 1);
    }
    table.start();
    for (CodeNameUsage u : rows) {
      BigDecimal otherMinutes = u.minutes().subtract(u.interMinutes()).subtract(u.intraMinutes());
      Money otherCost = u.cost().minus(u.interCost()).minus(u.intraCost());
      table.row(
          nullToEmpty(u.codeName()),
          numbers.minutes(u.interMinutes()),
          numbers.rate(u.interCost(), u.interMinutes()),
          numbers.amount(u.interCost()),
          numbers.minutes(u.intraMinutes()),
          numbers.rate(u.intraCost(), u.intraMinutes()),
          numbers.amount(u.intraCost()),
          numbers.minutes(otherMinutes),
          numbers.rate(otherCost, otherMinutes),
          numbers.amount(otherCost),
          numbers.minutes(u.minutes()),
          numbers.rate(u.cost(), u.minutes()),
          numbers.amount(u.cost()));
    }
    table.complete();
  }

  private void lrnCharges(LrnCharges lrn) {
    title("Summary of LRN Charges");
    Streamed table = new Streamed(new float[] {34, 33, 33}, FONT_SIZE);
    table.header("Number of LRN Calls", "LRN Rate" + US, "LRN Total Cost" + US);
    table.row(numbers.count(lrn.calls()), numbers.rate(lrn.rate()), numbers.amount(lrn.cost()));
    table.complete();
  }

  private void dailyUsage(List<DailyUsage> days) {
    title("Daily Usage");
    Streamed table = new Streamed(new float[] {12, 11, 11, 11, 11, 11, 11, 11, 11}, WIDE_FONT_SIZE);
    table.headerCell("Date", 2, 1);
    table.headerCell("Minute", 1, 4);
    table.headerCell("Cost", 1, 4);
    for (int i = 0; i < 2; i++) {
      for (String j : List.of("Interstate", "Intrastate", "Indeterminate", "Total")) {
        table.headerCell(j, 1, 1);
      }
    }
    table.start();
    for (DailyUsage d : days) {
      table.row(
          PdfNumbers.date(d.day()),
          numbers.minutes(d.interMinutes()),
          numbers.minutes(d.intraMinutes()),
          numbers.minutes(d.totalMinutes().subtract(d.interMinutes()).subtract(d.intraMinutes())),
          numbers.minutes(d.totalMinutes()),
          numbers.amount(d.interCost()),
          numbers.amount(d.intraCost()),
          numbers.amount(d.totalCost().minus(d.interCost()).minus(d.intraCost())),
          numbers.amount(d.totalCost()));
    }
    table.complete();
  }

  private void trunkSummary(List<TrunkSummary> trunks) {
    title("Summary By Trunk");
    Streamed table = new Streamed(new float[] {40, 20, 20, 20}, FONT_SIZE);
    table.header("Trunk (Prefix)", "Calls", "Total Minutes", "Amount");
    for (TrunkSummary t : trunks) {
      table.row(
          trunkLabel(t.trunk()),
          numbers.count(t.traffic().calls()),
          numbers.minutes(t.traffic().minutes()),
          numbers.amount(t.traffic().amount()));
    }
    table.complete();
  }

  private void trunkDetail(TrunkDetail d) {
    title("Detail by Trunk [" + trunkLabel(d.trunk()) + "]");
    Table table = new Table(UnitValue.createPercentArray(new float[] {40, 15, 15, 15, 15}));
    table.useAllAvailableWidth();
    headerCells(table, FONT_SIZE, "", "Calls", "Total Minutes", "ACD", "Amount");
    jurisdictionRow(table, "Interstate", d.inter());
    jurisdictionRow(table, "Intrastate", d.intra());
    jurisdictionRow(table, "Indeterminate", d.indeterminate());
    table.addCell(text("Short Calls (under 6 seconds) Calls", FONT_SIZE, false));
    table.addCell(spanned(numbers.count(d.shortCallsUnder6()), 4));
    table.addCell(text("Total Amount", FONT_SIZE, false));
    table.addCell(spanned(numbers.amount(d.amount()), 4));
    doc.add(table);
  }

  private void jurisdictionRow(Table table, String label, JurisdictionTraffic j) {
    BigDecimal acd =
        j == null || j.calls() == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(j.durationSeconds())
                .divide(BigDecimal.valueOf(j.calls() * 60L), 10, java.math.RoundingMode.HALF_UP);
    textRow(
        table,
        FONT_SIZE,
        label,
        numbers.count(j == null ? 0 : j.calls()),
        numbers.minutes(j == null ? BigDecimal.ZERO : j.minutes()),
        numbers.minutes(acd),
        numbers.amount(j == null ? Money.ZERO : j.amount()));
  }

  private void traffic(String title, String labelHeader, List<LabeledTraffic> rows) {
    title(title);
    Streamed table = new Streamed(new float[] {40, 20, 20, 20}, FONT_SIZE);
    table.header(labelHeader, "Calls", "Total Minutes", "Amount");
    for (LabeledTraffic r : rows) {
      table.row(
          nullToEmpty(r.label()),
          numbers.count(r.traffic().calls()),
          numbers.minutes(r.traffic().minutes()),
          numbers.amount(r.traffic().amount()));
    }
    table.complete();
  }

  private void callsByDate(List<DateTraffic> rows) {
    title("Show Calls By Date Summary");
    Streamed table = new Streamed(new float[] {40, 20, 20, 20}, FONT_SIZE);
    table.header("Date", "Calls", "Total Minutes", "Amount");
    for (DateTraffic r : rows) {
      table.row(
          PdfNumbers.date(r.day()),
          numbers.count(r.traffic().calls()),
          numbers.minutes(r.traffic().minutes()),
          numbers.amount(r.traffic().amount()));
    }
    table.complete();
  }

  /**
   * Writes out pages the layout is done with (all but the last two). PDF/A documents do not flush
   * pages on their own, so without this a long invoice would stay in memory whole.
   */
  private void flushFinishedPages() {
    PdfDocument pdf = doc.getPdfDocument();
    int finished = pdf.getNumberOfPages() - 2;
    for (int i = flushedPages + 1; i <= finished; i++) {
      PdfPage page = pdf.getPage(i);
      if (!page.isFlushed()) {
        page.flush(true);
      }
    }
    flushedPages = Math.max(flushedPages, finished);
  }

  private static String trunkLabel(TrunkKey key) {
    String alias = key.alias() != null ? key.alias() : String.valueOf(key.trunkId());
    return alias + "(" + nullToEmpty(key.prefix()) + ")";
  }

  // ---------------------------------------------------------------- building blocks

  private void title(String text) {
    doc.add(
        new Paragraph(text)
            .setFont(bold)
            .setFontSize(TITLE_SIZE)
            .setMarginTop(12)
            .setMarginBottom(3));
  }

  private Table labelValueTable() {
    Table table = new Table(UnitValue.createPercentArray(new float[] {60, 40}));
    table.useAllAvailableWidth();
    return table;
  }

  private void labelValue(Table table, String label, String value) {
    table.addCell(text(label, FONT_SIZE, false));
    table.addCell(text(value, FONT_SIZE, true));
  }

  private void headerCells(Table table, float size, String... headers) {
    for (String h : headers) {
      table.addHeaderCell(headerCell(h, size, 1, 1));
    }
  }

  private Cell headerCell(String text, float size, int rowspan, int colspan) {
    return new Cell(rowspan, colspan)
        .add(new Paragraph(text).setFontSize(size))
        .setBackgroundColor(HEADER_GREY)
        .setTextAlignment(TextAlignment.CENTER)
        .setVerticalAlignment(VerticalAlignment.MIDDLE)
        .setPadding(2);
  }

  private void textRow(Table table, float size, String label, String... values) {
    table.addCell(text(label, size, false));
    for (String v : values) {
      table.addCell(text(v, size, true));
    }
  }

  private static Cell text(String text, float size, boolean number) {
    return new Cell()
        .add(new Paragraph(text).setFontSize(size))
        .setTextAlignment(number ? TextAlignment.RIGHT : TextAlignment.LEFT)
        .setPadding(2);
  }

  private static Cell spanned(String text, int colspan) {
    return new Cell(1, colspan)
        .add(new Paragraph(text).setFontSize(FONT_SIZE))
        .setTextAlignment(TextAlignment.RIGHT)
        .setPadding(2);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Company info and billing details may hold the UI's HTML; keep the text and line breaks. */
  static String plainText(String s) {
    if (s == null) {
      return "";
    }
    return s.replaceAll("(?i)<br\\s*/?>", "\n")
        .replaceAll("(?i)</p>", "\n")
        .replaceAll("<[^>]*>", "")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("\r", "")
        .strip();
  }

  /**
   * A table in iText's large-table mode: header cells first, then rows added and flushed to the
   * page every {@value #FLUSH_EVERY} rows, so a 50,000-row table never sits in memory whole. Its
   * header row repeats on every page it runs over.
   */
  private final class Streamed {
    private final Table table;
    private final float size;
    private boolean started;
    private int rows;

    Streamed(float[] widths, float size) {
      this.table = new Table(UnitValue.createPercentArray(widths), true);
      this.table.useAllAvailableWidth();
      this.size = size;
    }

    void header(String... headers) {
      headerCells(table, size, headers);
      start();
    }

    void headerCell(String text, int rowspan, int colspan) {
      table.addHeaderCell(InvoiceLayout.this.headerCell(text, size, rowspan, colspan));
    }

    void start() {
      doc.add(table);
      started = true;
    }

    void row(String label, String... values) {
      textRow(table, size, label, values);
      if (++rows % FLUSH_EVERY == 0) {
        table.flush();
        flushFinishedPages();
      }
    }

    void totalRow(String label, String... values) {
      table.addCell(text(label, size, false).setFont(bold));
      for (String v : values) {
        table.addCell(text(v, size, true).setFont(bold));
      }
    }

    void complete() {
      if (!started) {
        start();
      }
      table.complete();
    }
  }
}
