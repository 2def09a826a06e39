package org.autoinvoice.adapters.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.autoinvoice.application.port.in.SendInvoiceEmailCommand;
import org.autoinvoice.application.port.in.SendInvoiceEmailOutcome;
import org.autoinvoice.application.port.in.SendInvoiceEmailUseCase;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * {@code POST /resendemail} (rule D15, §2.1): queues the invoice's e-mail and answers {@code OK} at
 * once — the UI gives up after 5 s, so SMTP is never waited for. {@code email} empty means the
 * client's {@code billing_email}. Unknown invoice → 404; no address or malformed addresses → 400;
 * no PDF → 409; each a one-line message.
 */
@Path("/resendemail")
@Produces(MediaType.TEXT_PLAIN)
public class ResendEmailResource {
  private final SendInvoiceEmailUseCase sendEmail;

  public ResendEmailResource(SendInvoiceEmailUseCase sendEmail) {
    this.sendEmail = sendEmail;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response resend(
      @FormParam("invoice_number") String number, @FormParam("email") String email) {
    return doResend(number, email);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response resendMultipart(
      @FormDataParam("invoice_number") String number, @FormDataParam("email") String email) {
    return doResend(number, email);
  }

  private Response doResend(String rawNumber, String email) {
    String number = InvoiceNumbers.require(rawNumber);
    SendInvoiceEmailOutcome outcome = sendEmail.send(new SendInvoiceEmailCommand(number, email));
    if (outcome instanceof SendInvoiceEmailOutcome.Queued) {
      return PlainText.ok("OK");
    }
    Response.Status status;
    if (outcome instanceof SendInvoiceEmailOutcome.UnknownInvoice) {
      status = Response.Status.NOT_FOUND;
    } else if (outcome instanceof SendInvoiceEmailOutcome.NoDocument) {
      status = Response.Status.CONFLICT;
    } else {
      status = Response.Status.BAD_REQUEST;
    }
    return PlainText.response(status, outcome.message());
  }
}
