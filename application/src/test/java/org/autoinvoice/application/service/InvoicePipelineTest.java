package org.autoinvoice.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.autoinvoice.application.fakes.InMemoryInvoiceRepository;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.port.out.GenerationTimes;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.InvoiceOptions;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.invoice.SystemParameters;
import org.junit.jupiter.api.Test;

/** {@link InvoicePipeline} in its two halves: compute writes nothing; write keeps the number. */
class InvoicePipelineTest {
  private final AutoInvoiceWorld world = new AutoInvoiceWorld("2024-02-01T08:00:00Z");
  private final Client client = TestData.client(3);
  private final InvoiceRequest request =
      new InvoiceRequest(
          InvoiceType.CLIENT,
          CreateType.AUTO,
          TestData.days("2024-01-01", "2024-01-31"),
          LocalDate.of(2024, 2, 1),
          LocalDate.of(2024, 2, 16),
          InvoiceOptions.all());

  @Test
  void computeQueriesUsageAndWritesNothing() {
    world.traffic(3, "2024-01-15T00:00:00Z");

    InvoicePipeline.Computed computed = world.pipeline().compute(client, request, "-");

    assertThat(computed.invoice().number()).isEqualTo("-");
    assertThat(computed.invoice().totals().totalAmount().amount()).isEqualByComparingTo("1.50");
    assertThat(computed.started()).isEqualTo(Instant.parse("2024-02-01T08:00:00Z"));
    assertThat(world.repository.rows()).isEmpty();
    assertThat(world.documents.objectCount()).isZero();
  }

  @Test
  void writeStoresTheComputedInvoiceUnderItsNewNumberWithThePhaseTimes() {
    InvoicePipeline pipeline = world.pipeline();
    InvoicePipeline.Computed computed = pipeline.compute(client, request, "-");
    world.clock.advance(Duration.ofSeconds(5));

    InvoicePipeline.Produced produced =
        world.repository.inClientTransaction(
            client.id(),
            tx ->
                pipeline.write(
                    tx,
                    client,
                    SystemParameters.defaults(),
                    computed.withNumber("1234"),
                    9,
                    Optional.empty()));

    InMemoryInvoiceRepository.Row row = world.repository.rows().get(0);
    assertThat(row.stored().number()).isEqualTo("1234");
    assertThat(row.stored().invoiceId()).isEqualTo(produced.invoiceId());
    assertThat(row.stored().pdfPath()).isEqualTo("/invoice/1234_2024-02-01.pdf");
    assertThat(row.runId()).isEqualTo(9);
    assertThat(row.times())
        .isEqualTo(
            new GenerationTimes(
                Instant.parse("2024-02-01T08:00:00Z"),
                Instant.parse("2024-02-01T08:00:00Z"),
                Instant.parse("2024-02-01T08:00:05Z")));
    assertThat(world.documents.published("1234_2024-02-01.pdf")).isPresent();
  }

  @Test
  void aRenderFailureInWriteLeavesNoRowAndNoFile() {
    world.failRendering(d -> true);
    InvoicePipeline pipeline = world.pipeline();
    InvoicePipeline.Computed computed = pipeline.compute(client, request, "77");

    assertThatThrownBy(
            () ->
                world.repository.inClientTransaction(
                    client.id(),
                    tx ->
                        pipeline.write(
                            tx,
                            client,
                            SystemParameters.defaults(),
                            computed,
                            null,
                            Optional.empty())))
        .hasMessageContaining("could not write the PDF of invoice 77");
    assertThat(world.repository.rows()).isEmpty();
    assertThat(world.documents.objectCount()).isZero();
  }
}
