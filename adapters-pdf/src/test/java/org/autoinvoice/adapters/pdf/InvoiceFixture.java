package org.autoinvoice.adapters.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.application.port.out.LogoImage;
import org.autoinvoice.domain.balance.AccountSummary;
import org.autoinvoice.domain.balance.BalanceType;
import org.autoinvoice.domain.balance.PaymentLine;
import org.autoinvoice.domain.client.AutoInvoiceSettings;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.cycle.PaymentTerm;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.Invoice;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceState;
import org.autoinvoice.domain.invoice.InvoiceStatus;
import org.autoinvoice.domain.invoice.InvoiceTotals;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.autoinvoice.domain.surcharge.ShortCallSettings;
import org.autoinvoice.domain.surcharge.ShortCallSurcharge;
import org.autoinvoice.domain.usage.CodeNameUsage;
import org.autoinvoice.domain.usage.DailyUsage;
import org.autoinvoice.domain.usage.DateTraffic;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.JurisdictionTraffic;
import org.autoinvoice.domain.usage.LabeledTraffic;
import org.autoinvoice.domain.usage.LrnCharges;
import org.autoinvoice.domain.usage.ShortCallBuckets;
import org.autoinvoice.domain.usage.Traffic;
import org.autoinvoice.domain.usage.TrunkDetail;
import org.autoinvoice.domain.usage.TrunkKey;
import org.autoinvoice.domain.usage.TrunkSummary;
import org.autoinvoice.domain.usage.UsageSections;
import org.autoinvoice.domain.usage.UsageTotals;

/**
 * A realistic February 2024 invoice for "Acme Telecom LLC" (zone +05:00), built directly from the
 * domain records, and helpers to render and read it back.
 */
final class InvoiceFixture {
  static final ZoneSpec ZONE = ZoneSpec.parse("+05:00");
  static final Money TAX = Money.of("63.63719");
  static final Money SCC_COST = Money.of("21.00");

  private InvoiceFixture() {}

  static List<CodeNameUsage> clientDetail() {
    return List.of(
        new CodeNameUsage(
            "USA - New York",
            LocalDate.of(2024, 1, 1),
            new BigDecimal("0.0290000"),
            12_345,
            new BigDecimal("45678.9"),
            Money.of("1234.5678"),
            new BigDecimal("30000.5"),
            Money.of("810.0135"),
            new BigDecimal("10000.25"),
            Money.of("300.0075")),
        new CodeNameUsage(
            "USA - Alaska",
            LocalDate.of(2023, 12, 15),
            new BigDecimal("0.0150000"),
            1_520,
            new BigDecimal("3456.78"),
            Money.of("42.676"),
            new BigDecimal("2000"),
            Money.of("24.70"),
            new BigDecimal("1000"),
            Money.of("12.35")),
        new CodeNameUsage(
            "Credit adjustment",
            LocalDate.of(2024, 2, 1),
            null,
            0,
            BigDecimal.ZERO,
            Money.of("-25.5"),
            BigDecimal.ZERO,
            Money.ZERO,
            BigDecimal.ZERO,
            Money.ZERO));
  }

  static UsageSections sections(Direction direction, List<CodeNameUsage> detail) {
    long calls = detail.stream().mapToLong(CodeNameUsage::calls).sum();
    BigDecimal minutes =
        detail.stream().map(CodeNameUsage::minutes).reduce(BigDecimal.ZERO, BigDecimal::add);
    Money cost = detail.stream().map(CodeNameUsage::cost).reduce(Money.ZERO, Money::plus);
    UsageTotals totals =
        new UsageTotals(
            calls + 4_000,
            calls,
            minutes,
            cost,
            new ShortCallBuckets(2_100, 900, 400, 300, 200),
            new LrnCharges(5_000, new BigDecimal("0.0005"), Money.of("2.5")));
    TrunkKey nyc = new TrunkKey(17, "NYC-GW", "1234");
    TrunkKey lax = new TrunkKey(18, "LAX-GW", "");
    return new UsageSections(
        direction,
        totals,
        detail,
        List.of(
            new DailyUsage(
                LocalDate.of(2024, 2, 1),
                new BigDecimal("1000.50"),
                new BigDecimal("400.25"),
                new BigDecimal("1500.75"),
                Money.of("27.0135"),
                Money.of("12.0075"),
                Money.of("40.5203")),
            new DailyUsage(
                LocalDate.of(2024, 2, 2),
                new BigDecimal("2000"),
                new BigDecimal("800"),
                new BigDecimal("3000"),
                Money.of("54.00"),
                Money.of("24.00"),
                Money.of("81.00"))),
        List.of(
            new TrunkSummary(
                nyc, new Traffic(10_000, new BigDecimal("40000.10"), Money.of("1100"))),
            new TrunkSummary(
                lax, new Traffic(3_865, new BigDecimal("9135.58"), Money.of("151.7438")))),
        List.of(
            new TrunkDetail(
                nyc,
                new JurisdictionTraffic(6_000, new BigDecimal("25000"), 1_500_000, Money.of("700")),
                new JurisdictionTraffic(3_000, new BigDecimal("12000"), 720_000, Money.of("300")),
                new JurisdictionTraffic(1_000, new BigDecimal("3000.10"), 180_006, Money.of("100")),
                1_700,
                Money.of("1100"))),
        List.of(
            new LabeledTraffic(
                "1212", new Traffic(12_345, new BigDecimal("45678.9"), Money.of("1234.5678"))),
            new LabeledTraffic(
                "1907", new Traffic(1_520, new BigDecimal("3456.78"), Money.of("42.676")))),
        List.of(
            new LabeledTraffic(
                "USA - Alaska", new Traffic(1_520, new BigDecimal("3456.78"), Money.of("42.676"))),
            new LabeledTraffic(
                "USA - New York",
                new Traffic(12_345, new BigDecimal("45678.9"), Money.of("1234.5678")))),
        List.of(
            new LabeledTraffic(
                "United States",
                new Traffic(13_865, new BigDecimal("49135.68"), Money.of("1277.2438")))),
        List.of(
            new DateTraffic(
                LocalDate.of(2024, 2, 1),
                new Traffic(7_000, new BigDecimal("24000"), Money.of("640"))),
            new DateTraffic(
                LocalDate.of(2024, 2, 2),
                new Traffic(6_865, new BigDecimal("25135.68"), Money.of("637.2438")))));
  }

  static Client client(InvoiceOptions options) {
    return new Client(
        new ClientId(42),
        "acme",
        "Acme Telecom LLC",
        "1 Main Street\nSuite 200\nNew York, NY 10001",
        "billing@acme.example",
        true,
        2,
        new BigDecimal("-5000"),
        false,
        ZONE,
        true,
        new BigDecimal("5"),
        new ShortCallSettings(6, new BigDecimal("10"), new BigDecimal("0.01"), 0),
        options,
        new AutoInvoiceSettings(
            true,
            0,
            new PaymentTerm(3, "Net 15 Monthly", 2, 1, null, 15),
            LocalDate.of(2023, 1, 1),
            0,
            false,
            true,
            false));
  }

  static Invoice invoice(InvoiceType type, InvoiceOptions options) {
    return invoice(type, options, clientDetail());
  }

  static Invoice invoice(InvoiceType type, InvoiceOptions options, List<CodeNameUsage> detail) {
    UsageSections clientSide =
        type == InvoiceType.VENDOR ? null : sections(Direction.INGRESS, detail);
    UsageSections vendorSide =
        type == InvoiceType.CLIENT
            ? null
            : sections(
                Direction.EGRESS,
                List.of(
                    new CodeNameUsage(
                        "Vendor Route Mexico",
                        LocalDate.of(2024, 1, 10),
                        null,
                        800,
                        new BigDecimal("2400"),
                        Money.of("96.00"),
                        new BigDecimal("2400"),
                        Money.of("96.00"),
                        BigDecimal.ZERO,
                        Money.ZERO)));
    UsageSections main = clientSide != null ? clientSide : vendorSide;
    Money buy = clientSide == null ? Money.ZERO : clientSide.totals().cost();
    BigDecimal buyMinutes = clientSide == null ? BigDecimal.ZERO : clientSide.totals().minutes();
    Money sell = vendorSide == null ? Money.ZERO : vendorSide.totals().cost();
    BigDecimal sellMinutes = vendorSide == null ? BigDecimal.ZERO : vendorSide.totals().minutes();
    Money usage = type == InvoiceType.VENDOR ? sell : buy;
    Money total = usage.plus(SCC_COST).plus(TAX);
    InvoiceTotals totals =
        new InvoiceTotals(
            buy,
            buyMinutes,
            sell,
            sellMinutes,
            main.totals().minutes(),
            main.totals().answeredCalls(),
            SCC_COST,
            TAX,
            total);
    ShortCallSurcharge surcharge =
        new ShortCallSurcharge(13_865, 2_100, 6, new BigDecimal("15.146051"), 0, SCC_COST);
    Money previous = Money.of("500");
    Money paid = Money.of("300");
    Money newBalance = previous.minus(paid).plus(total);
    AccountSummary account =
        new AccountSummary(
            BalanceType.ACTUAL,
            previous,
            paid,
            total,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            newBalance,
            newBalance,
            Money.of("5000").minus(newBalance),
            false,
            Instant.parse("2024-01-31T18:59:59Z"),
            newBalance);
    return new Invoice(
        "INV-2024-0042",
        new ClientId(42),
        type,
        CreateType.AUTO,
        new InvoicePeriod(
            LocalDateTime.of(2024, 2, 1, 0, 0), LocalDateTime.of(2024, 2, 29, 23, 59, 59), ZONE),
        LocalDate.of(2024, 3, 1),
        LocalDate.of(2024, 3, 15),
        options,
        totals,
        InvoiceState.NORMAL,
        InvoiceStatus.DONE,
        clientSide,
        vendorSide,
        surcharge,
        account,
        List.of(new PaymentLine(Instant.parse("2024-02-10T09:00:00Z"), paid, 4)));
  }

  static SystemParameters parameters(int digits) {
    return new SystemParameters(
        digits,
        true,
        "Carrier Exchange Ltd<br/>100 Harbour Road\nLondon E14",
        0,
        "Bank: First Example Bank\nIBAN: GB00 EXAM 0000 0000 0000 00",
        0,
        "dnl",
        0);
  }

  static InvoiceDocument document(Invoice invoice, int digits) {
    return new InvoiceDocument(
        invoice, client(invoice.options()), parameters(digits), new LogoImage(logo(), "image/png"));
  }

  static byte[] logo() {
    BufferedImage img = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x1F4E79));
    g.fillRect(0, 0, 200, 60);
    g.setColor(Color.WHITE);
    g.drawString("CARRIER EXCHANGE", 40, 35);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static InvoiceOptions options(boolean... flags) {
    return new InvoiceOptions(
        flags[0],
        BalanceType.ACTUAL,
        flags[1],
        flags[2],
        flags[3],
        flags[4],
        flags[5],
        flags[6],
        flags[7],
        flags[8],
        flags[9],
        flags[10],
        flags[11],
        flags[12],
        5,
        false);
  }

  static byte[] render(InvoiceDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ITextInvoiceRenderer().render(document, out);
    return out.toByteArray();
  }

  static String text(byte[] pdf) throws IOException {
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      StringBuilder text = new StringBuilder();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
      }
      return text.toString();
    }
  }

  static int pages(byte[] pdf) throws IOException {
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      return doc.getNumberOfPages();
    }
  }

  static List<CodeNameUsage> manyRows(int n) {
    List<CodeNameUsage> rows = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      BigDecimal minutes = BigDecimal.valueOf(1000 + i, 2);
      rows.add(
          new CodeNameUsage(
              String.format("Destination %05d", i),
              LocalDate.of(2024, 1, 1),
              null,
              i,
              minutes,
              Money.of(minutes.multiply(new BigDecimal("0.0123"))),
              minutes,
              Money.of(minutes.multiply(new BigDecimal("0.0123"))),
              BigDecimal.ZERO,
              Money.ZERO));
    }
    return rows;
  }
}
