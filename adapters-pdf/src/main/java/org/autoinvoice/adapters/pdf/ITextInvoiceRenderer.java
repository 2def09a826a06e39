package org.autoinvoice.adapters.pdf;

import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.application.port.out.InvoiceRenderer;

/**
 * Out-adapter: renders an invoice as a PDF with iText Core (domain §5 layout, rule N2 numbers).
 * Embeds DejaVu Sans Condensed so extracted text is exact; writes PDF/A-2b (sRGB output intent from
 * the JDK's profile) unless told not to. Large tables are streamed, so memory stays flat.
 */
public final class ITextInvoiceRenderer implements InvoiceRenderer {
  private static final byte[] REGULAR = resource("/fonts/DejaVuSansCondensed.ttf");
  private static final byte[] BOLD = resource("/fonts/DejaVuSansCondensed-Bold.ttf");

  private final boolean pdfA;

  /** A PDF/A-2b renderer. */
  public ITextInvoiceRenderer() {
    this(true);
  }

  public ITextInvoiceRenderer(boolean pdfA) {
    this.pdfA = pdfA;
  }

  @Override
  public void render(InvoiceDocument document, OutputStream out) throws IOException {
    PdfWriter writer = new PdfWriter(out);
    writer.setCloseStream(false);
    PdfDocument pdf = pdfA ? pdfADocument(writer) : new PdfDocument(writer);
    pdf.getDocumentInfo().setTitle("Invoice " + document.invoice().number());
    pdf.getDocumentInfo().setCreator("AutoInvoice");
    try (Document layout = new Document(pdf, PageSize.A4)) {
      layout.setMargins(30, 30, 30, 30);
      PdfFont regular = font(REGULAR);
      PdfFont bold = font(BOLD);
      layout.setFont(regular).setFontSize(InvoiceLayout.FONT_SIZE);
      new InvoiceLayout(layout, regular, bold, document).write();
    }
    out.flush();
  }

  private static PdfDocument pdfADocument(PdfWriter writer) {
    byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PdfOutputIntent intent =
        new PdfOutputIntent(
            "Custom",
            "",
            "http://www.color.org",
            "sRGB IEC61966-2.1",
            new ByteArrayInputStream(srgb));
    return new PdfADocument(writer, PdfAConformance.PDF_A_2B, intent);
  }

  private static PdfFont font(byte[] program) throws IOException {
    return PdfFontFactory.createFont(
        FontProgramFactory.createFont(program),
        PdfEncodings.IDENTITY_H,
        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ITextInvoiceRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("font resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font resource " + name, e);
    }
  }
}
