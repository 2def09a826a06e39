package org.autoinvoice.adapters.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.autoinvoice.application.port.in.RegenerateInvoiceUseCase;
import org.autoinvoice.application.port.in.VoidInvoiceUseCase;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * The UI's lifecycle calls: {@code POST /regenerate} (rule D13) and {@code POST /voidinvoicepost}
 * (rule D14), as urlencoded or multipart forms. The void answer never starts with {@code Query
 * executed:}, so the UI never runs SQL from it.
 */
@Path("/")
@Produces(MediaType.TEXT_PLAIN)
public class InvoiceLifecycleResource {
  private final RegenerateInvoiceUseCase regenerate;
  private final VoidInvoiceUseCase voidInvoice;

  public InvoiceLifecycleResource(
      RegenerateInvoiceUseCase regenerate, VoidInvoiceUseCase voidInvoice) {
    this.regenerate = regenerate;
    this.voidInvoice = voidInvoice;
  }

  @POST
  @Path("regenerate")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response regenerate(@FormParam("invoice_number") String number) {
    return doRegenerate(number);
  }

  @POST
  @Path("regenerate")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response regenerateMultipart(@FormDataParam("invoice_number") String number) {
    return doRegenerate(number);
  }

  @POST
  @Path("voidinvoicepost")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response voidPost(@FormParam("invoice_number") String number) {
    return doVoid(number);
  }

  @POST
  @Path("voidinvoicepost")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response voidMultipart(@FormDataParam("invoice_number") String number) {
    return doVoid(number);
  }

  private Response doRegenerate(String raw) {
    String number = InvoiceNumbers.require(raw);
    return regenerate
        .regenerate(number)
        .map(n -> PlainText.ok("Invoice " + n + " regenerated"))
        .orElseGet(() -> notFound(number));
  }

  private Response doVoid(String raw) {
    String number = InvoiceNumbers.require(raw);
    return voidInvoice.voidInvoice(number)
        ? PlainText.ok("Invoice " + number + " voided")
        : notFound(number);
  }

  private static Response notFound(String number) {
    return PlainText.response(
        Response.Status.NOT_FOUND, "invoice_number " + number + " does not exist");
  }
}
