package org.autoinvoice.application.port.in;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** In-port: read a stored invoice PDF by its file name (rule D9); empty when there is none. */
public interface FetchInvoiceDocumentUseCase {
  Optional<InputStream> open(String fileName) throws IOException;
}
