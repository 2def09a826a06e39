package org.autoinvoice.adapters.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.autoinvoice.application.port.in.FetchInvoiceDocumentUseCase;

/**
 * {@code GET /invoice/<file>} (rule D9): serves a stored invoice PDF as {@code application/pdf}.
 * Any name that is not a plain file name inside the invoice directory answers 404.
 */
@Path("/invoice")
public class InvoicePdfResource {
  private final FetchInvoiceDocumentUseCase documents;

  public InvoicePdfResource(FetchInvoiceDocumentUseCase documents) {
    this.documents = documents;
  }

  @GET
  @Path("{file}")
  public Response get(@PathParam("file") String file) throws IOException {
    Optional<InputStream> pdf;
    try {
      pdf = file.endsWith(".pdf") ? documents.open(file) : Optional.empty();
    } catch (IllegalArgumentException refused) {
      pdf = Optional.empty();
    }
    if (pdf.isEmpty()) {
      return PlainText.response(Response.Status.NOT_FOUND, "invoice file not found");
    }
    return Response.ok(pdf.get(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + file + "\"")
        .build();
  }
}
