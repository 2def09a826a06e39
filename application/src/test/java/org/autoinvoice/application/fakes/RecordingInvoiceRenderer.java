package org.autoinvoice.application.fakes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.application.port.out.InvoiceRenderer;

/**
 * {@link InvoiceRenderer} that writes {@link #payload(InvoiceDocument)} and remembers what it
 * rendered; {@link #failWith(IOException)} makes the following renders fail.
 */
public final class RecordingInvoiceRenderer implements InvoiceRenderer {
  private final List<InvoiceDocument> rendered = new CopyOnWriteArrayList<>();
  private volatile IOException failure;

  /** The bytes rendered for a document: {@code INVOICE <number> <client> <total>\n}. */
  public static byte[] payload(InvoiceDocument d) {
    return ("INVOICE "
            + d.invoice().number()
            + " "
            + d.invoice().clientId()
            + " "
            + d.invoice().totals().totalAmount()
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  public RecordingInvoiceRenderer failWith(IOException failure) {
    this.failure = failure;
    return this;
  }

  public List<InvoiceDocument> rendered() {
    return List.copyOf(rendered);
  }

  @Override
  public void render(InvoiceDocument document, OutputStream out) throws IOException {
    IOException f = failure;
    if (f != null) {
      throw f;
    }
    out.write(payload(document));
    rendered.add(document);
  }
}
