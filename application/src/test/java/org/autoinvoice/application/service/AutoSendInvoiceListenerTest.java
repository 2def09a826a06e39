package org.autoinvoice.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.autoinvoice.application.port.out.InvoiceMailFacts;
import org.junit.jupiter.api.Test;

class AutoSendInvoiceListenerTest {
  private final FakeInvoiceMailData data = new FakeInvoiceMailData();
  private final InMemoryEmailOutbox outbox = new InMemoryEmailOutbox();
  private final AutoSendInvoiceListener listener =
      new AutoSendInvoiceListener(
          data,
          new InvoiceEmailService(
              data,
              outbox,
              new MutableClock(Instant.parse("2024-02-01T00:00:00Z")),
              new InvoiceMailLinks("http://svc", ""),
              () -> {}));

  @Test
  void queuesWhenTheClientWantsInvoicesByEmail() {
    data.put(FakeInvoiceMailData.invoice("50", "a@carrier.example", true, false));

    assertThat(listener.invoiceCreated("50")).isTrue();
    assertThat(outbox.size()).isEqualTo(1);
  }

  @Test
  void doesNothingWhenEmailInvoiceIsOff() {
    InvoiceMailFacts i = FakeInvoiceMailData.invoice("51", "a@carrier.example", true, false);
    data.put(
        new InvoiceMailFacts(
            i.invoiceNumber(),
            i.clientId(),
            i.clientName(),
            i.companyName(),
            i.billingEmail(),
            false,
            i.sendAsLink(),
            i.autoInvoice(),
            i.totalAmount(),
            i.start(),
            i.end(),
            i.invoiceDate(),
            i.pdfPath(),
            i.cdrSide()));

    assertThat(listener.invoiceCreated("51")).isFalse();
    assertThat(outbox.size()).isZero();
  }

  @Test
  void aClientWithoutAddressDoesNotBreakAutoInvoicing() {
    data.put(FakeInvoiceMailData.invoice("52", "", true, false));

    assertThat(listener.invoiceCreated("52")).isFalse();
    assertThat(listener.invoiceCreated("unknown")).isFalse();
    assertThat(outbox.size()).isZero();
  }
}
