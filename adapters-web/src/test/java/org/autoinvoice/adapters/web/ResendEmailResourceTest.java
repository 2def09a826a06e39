package org.autoinvoice.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.application.port.in.SendInvoiceEmailCommand;
import org.autoinvoice.application.port.in.SendInvoiceEmailOutcome;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ResendEmailResourceTest {
  private static final List<SendInvoiceEmailCommand> COMMANDS = new ArrayList<>();

  private static SendInvoiceEmailOutcome answer(SendInvoiceEmailCommand c) {
    COMMANDS.add(c);
    return switch (c.invoiceNumber()) {
      case "404" -> new SendInvoiceEmailOutcome.UnknownInvoice("404");
      case "400" -> new SendInvoiceEmailOutcome.NoAddress("Carrier A");
      case "401" ->
          new SendInvoiceEmailOutcome.InvalidAddresses(List.of("bad", "x@y"), Optional.empty());
      case "409" -> new SendInvoiceEmailOutcome.NoDocument("409");
      default -> new SendInvoiceEmailOutcome.Queued(1, c.invoiceNumber(), List.of("a@b.example"));
    };
  }

  static final ResourceExtension RESOURCES =
      ResourceExtension.builder()
          .addResource(new ResendEmailResource(ResendEmailResourceTest::answer))
          .addProvider(MultiPartFeature.class)
          .addProvider(new PlainTextExceptionMapper())
          .build();

  private Response post(String number, String email) {
    Form form = new Form().param("invoice_number", number).param("email", email);
    return RESOURCES.target("/resendemail").request().post(Entity.form(form));
  }

  @Test
  void answersOkOnceQueuedAndPassesTheAddresses() {
    COMMANDS.clear();
    Response r = post("12", " a@b.example;c@d.example ");
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getMediaType().isCompatible(MediaType.TEXT_PLAIN_TYPE)).isTrue();
    assertThat(r.readEntity(String.class)).isEqualTo("OK");
    assertThat(COMMANDS)
        .containsExactly(new SendInvoiceEmailCommand("12", "a@b.example;c@d.example"));
  }

  @Test
  void acceptsMultipartLikeTheUiSends() {
    COMMANDS.clear();
    FormDataMultiPart form = new FormDataMultiPart();
    form.field("invoice_number", "13").field("email", "");
    Response r =
        RESOURCES
            .target("/resendemail")
            .register(MultiPartFeature.class)
            .request()
            .post(Entity.entity(form, form.getMediaType()));
    assertThat(r.readEntity(String.class)).isEqualTo("OK");
    assertThat(COMMANDS).containsExactly(SendInvoiceEmailCommand.toBillingEmail("13"));
  }

  @Test
  void eachRefusalIsOneLineWithItsStatus() {
    assertThat(post("404", "").getStatus()).isEqualTo(404);
    Response noAddress = post("400", "");
    assertThat(noAddress.getStatus()).isEqualTo(400);
    assertThat(noAddress.readEntity(String.class))
        .isEqualTo("The billing email of Carrier A does not exist!");
    Response invalid = post("401", "bad;x@y");
    assertThat(invalid.getStatus()).isEqualTo(400);
    assertThat(invalid.readEntity(String.class)).contains("bad; x@y").doesNotContain("\n");
    assertThat(post("409", "").getStatus()).isEqualTo(409);
  }

  @Test
  void aMissingInvoiceNumberIsABadRequest() {
    Response r = post("", "");
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.readEntity(String.class)).contains("invoice_number is missing");
  }
}
