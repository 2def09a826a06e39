package org.autoinvoice.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ApiTestResourceTest {

  static final ResourceExtension RESOURCE =
      ResourceExtension.builder().addResource(new ApiTestResource()).build();

  @Test
  void answersRunningAsPlainText() {
    Response response = RESOURCE.target("/apitest").request().get();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getMediaType().isCompatible(MediaType.TEXT_PLAIN_TYPE)).isTrue();
    assertThat(response.readEntity(String.class)).isEqualTo("running");
  }

  @Test
  void otherPathsAreNotFound() {
    assertThat(RESOURCE.target("/apitest/other").request().get().getStatus()).isEqualTo(404);
  }
}
