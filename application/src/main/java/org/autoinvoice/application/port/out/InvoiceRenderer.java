package org.autoinvoice.application.port.out;

import java.io.IOException;
import java.io.OutputStream;

/** Out-port: turns an invoice document into its printable form (a PDF). */
public interface InvoiceRenderer {
  void render(InvoiceDocument document, OutputStream out) throws IOException;
}
