package org.autoinvoice.adapters.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.autoinvoice.application.port.in.CreateManualInvoiceCommand;
import org.autoinvoice.application.port.in.CreateManualInvoiceUseCase;
import org.autoinvoice.application.port.in.ManualInvoiceOutcome;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * {@code POST /ManualInvoiceTest} (rule D1): the DNL UI's manual invoice form, as multipart or
 * urlencoded. Answers exactly {@code OK} once every invoice is committed and its PDF exists;
 * otherwise a one-line plain-text message (400 bad input, 404 unknown client, 409 overlap).
 */
@Path("/ManualInvoiceTest")
@Produces(MediaType.TEXT_PLAIN)
public class ManualInvoiceResource {
  private final CreateManualInvoiceUseCase useCase;
  private final Clock clock;

  public ManualInvoiceResource(CreateManualInvoiceUseCase useCase, Clock clock) {
    this.useCase = useCase;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response urlencoded(MultivaluedMap<String, String> form) {
    return handle(form);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response multipart(FormDataMultiPart multiPart) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    for (Map.Entry<String, List<FormDataBodyPart>> e : multiPart.getFields().entrySet()) {
      List<String> values = new ArrayList<>();
      for (FormDataBodyPart part : e.getValue()) {
        values.add(part.getValue());
      }
      form.put(e.getKey(), values);
    }
    return handle(form);
  }

  private Response handle(Map<String, List<String>> form) {
    CreateManualInvoiceCommand command;
    try {
      command = new ManualInvoiceForm(form, clock).toCommand();
    } catch (IllegalArgumentException e) {
      return PlainText.response(Response.Status.BAD_REQUEST, e.getMessage());
    }
    ManualInvoiceOutcome outcome = useCase.create(command);
    if (outcome instanceof ManualInvoiceOutcome.Overlapping o) {
      return PlainText.response(
          Response.Status.CONFLICT,
          "The invoice period overlaps invoice "
              + o.invoiceNumbers().stream().map(n -> "#" + n).collect(Collectors.joining(", "))
              + " of client "
              + o.clientId()
              + "; void it first (void_id) or choose another period");
    }
    if (outcome instanceof ManualInvoiceOutcome.UnknownClient u) {
      return PlainText.response(
          Response.Status.NOT_FOUND, "client_id " + u.clientId() + " does not exist");
    }
    if (outcome instanceof ManualInvoiceOutcome.BadVoidId b) {
      return PlainText.response(
          Response.Status.BAD_REQUEST, "void_id " + b.invoiceId() + " " + b.reason());
    }
    if (outcome instanceof ManualInvoiceOutcome.Created) {
      return PlainText.ok("OK");
    }
    throw new IllegalStateException("unhandled manual invoice outcome " + outcome);
  }
}
