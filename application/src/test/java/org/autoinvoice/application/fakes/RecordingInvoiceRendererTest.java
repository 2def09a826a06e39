package org.autoinvoice.application.fakes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.autoinvoice.application.port.out.InvoiceDocument;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.junit.jupiter.api.Test;

class RecordingInvoiceRendererTest {
  static final Client CLIENT = TestData.client(91);
  static final InvoiceDocument DOC =
      new InvoiceDocument(
          TestData.invoice(
              CLIENT,
              InvoiceType.CLIENT,
              CreateType.MANUAL,
              TestData.days("2024-01-01", "2024-01-31"),
              "1234"),
          CLIENT,
          SystemParameters.defaults(),
          new FixedLogoSource().currentLogo());

  @Test
  void writesADeterministicPayloadAndRecordsTheDocument() throws IOException {
    RecordingInvoiceRenderer renderer = new RecordingInvoiceRenderer();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(DOC, out);
    assertThat(out.toString(UTF_8)).isEqualTo("INVOICE 1234 91 1.50\n");
    assertThat(renderer.rendered()).containsExactly(DOC);
  }

  @Test
  void failsWhenToldTo() {
    RecordingInvoiceRenderer renderer =
        new RecordingInvoiceRenderer().failWith(new IOException("disk full"));
    assertThatThrownBy(() -> renderer.render(DOC, new ByteArrayOutputStream()))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(renderer.rendered()).isEmpty();
  }

  @Test
  void fixedLogoIsAlwaysTheSame() {
    FixedLogoSource logos = new FixedLogoSource();
    assertThat(logos.currentLogo()).isSameAs(logos.currentLogo());
    assertThat(logos.currentLogo().mediaType()).isEqualTo("image/png");
  }
}
