package org.autoinvoice.adapters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50,000-code-name invoice (Usage Detail and its Jurisdictional Break-down) renders inside the
 * 256 MB heap its own Failsafe fork runs with (see adapters-pdf/pom.xml), written straight to disk.
 */
class LargeInvoiceRenderIT {
  private static final int ROWS = 50_000;

  @TempDir Path dir;

  @Test
  void fiftyThousandRowBreakdownRendersInA256MbHeap() throws IOException {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
    Path file = dir.resolve("large.pdf");
    var invoice =
        InvoiceFixture.invoice(
            InvoiceType.CLIENT, InvoiceOptions.all(), InvoiceFixture.manyRows(ROWS));

    try (OutputStream out = Files.newOutputStream(file)) {
      new ITextInvoiceRenderer().render(InvoiceFixture.document(invoice, 2), out);
    }

    try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toString()))) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThan(1_000);
      int usageRows = 0;
      boolean lastRowInBreakdown = false;
      int pagesWithoutHeader = 0;
      for (int i = 1; i <= pages; i++) {
        String text = PdfTextExtractor.getTextFromPage(pdf.getPage(i));
        usageRows += count(text, "Destination ");
        if (text.contains("Destination 50000 510.00 0.01230 6.27 0.00 0.00000 0.00")) {
          lastRowInBreakdown = true;
        }
        boolean header = text.contains("Completed") || text.contains("Minute Rate Cost");
        if (text.contains("Destination ") && !header) {
          pagesWithoutHeader++;
        }
      }
      assertThat(usageRows).isEqualTo(2 * ROWS);
      assertThat(lastRowInBreakdown).isTrue();
      assertThat(pagesWithoutHeader).isZero();
    }
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      n++;
    }
    return n;
  }
}
