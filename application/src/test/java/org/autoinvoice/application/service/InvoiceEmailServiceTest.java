package org.autoinvoice.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.autoinvoice.application.port.in.SendInvoiceEmailCommand;
import org.autoinvoice.application.port.in.SendInvoiceEmailOutcome;
import org.autoinvoice.application.port.out.MailAttachment;
import org.autoinvoice.application.port.out.MailSetup;
import org.autoinvoice.application.port.out.OutgoingMail;
import org.junit.jupiter.api.Test;

class InvoiceEmailServiceTest {
  private final FakeInvoiceMailData data = new FakeInvoiceMailData();
  private final InMemoryEmailOutbox outbox = new InMemoryEmailOutbox();
  private final AtomicInteger wakeUps = new AtomicInteger();
  private final InvoiceEmailService service =
      new InvoiceEmailService(
          data,
          outbox,
          new MutableClock(Instant.parse("2024-02-01T10:00:00Z")),
          new InvoiceMailLinks("http://svc.example:8080/", ""),
          wakeUps::incrementAndGet);

  private OutgoingMail queuedMail(SendInvoiceEmailOutcome outcome) {
    assertThat(outcome).isInstanceOf(SendInvoiceEmailOutcome.Queued.class);
    return outbox.queued(((SendInvoiceEmailOutcome.Queued) outcome).messageId()).mail();
  }

  @Test
  void queuesAManualInvoiceToTheBillingEmailWithThePdfAttached() {
    data.put(
        FakeInvoiceMailData.invoice("41", "a@carrier.example; b@carrier.example", false, true));

    OutgoingMail mail = queuedMail(service.send(SendInvoiceEmailCommand.toBillingEmail("41")));

    assertThat(mail.to()).containsExactly("a@carrier.example", "b@carrier.example");
    assertThat(mail.cc()).containsExactly("cc1@dnl.example");
    assertThat(mail.subject()).isEqualTo("Invoice 41 from DNL");
    assertThat(mail.htmlBody())
        .isEqualTo(
            "<p>Dear Carrier A, amount 1,234.57 for 2024-01-01 00:00:00 to 2024-01-31 23:59:59."
                + " </p>");
    assertThat(mail.attachment())
        .contains(new MailAttachment("41_2024-02-01.pdf", "/invoice/41_2024-02-01.pdf"));
    assertThat(wakeUps).hasValue(1);
  }

  @Test
  void typedInAddressesReplaceTheBillingEmail() {
    data.put(FakeInvoiceMailData.invoice("42", "a@carrier.example", false, false));

    OutgoingMail mail =
        queuedMail(service.send(new SendInvoiceEmailCommand("42", " x@y.example , z@y.example")));

    assertThat(mail.to()).containsExactly("x@y.example", "z@y.example");
  }

  @Test
  void anAutoInvoiceSentAsLinkHasNoAttachmentAndALink() {
    data.put(FakeInvoiceMailData.invoice("43", "a@carrier.example", true, true));

    OutgoingMail mail = queuedMail(service.send(SendInvoiceEmailCommand.toBillingEmail("43")));

    assertThat(mail.attachment()).isEmpty();
    assertThat(mail.htmlBody())
        .contains("<a href='http://svc.example:8080/invoice/43_2024-02-01.pdf'>Download PDF</a>");
  }

  @Test
  void manualInvoicesFollowTheSystemSendModeNotTheClientFlag() {
    data.put(FakeInvoiceMailData.invoice("44", "a@carrier.example", false, false));
    data.setup = new MailSetup(data.setup.template(), "DNL", 2, true);

    OutgoingMail mail = queuedMail(service.send(SendInvoiceEmailCommand.toBillingEmail("44")));

    assertThat(mail.attachment()).isEmpty();
    assertThat(mail.htmlBody()).contains("Download PDF");
  }

  @Test
  void invalidAddressesAreNamedAndNothingIsQueued() {
    data.put(FakeInvoiceMailData.invoice("45", "a@carrier.example", false, false));

    SendInvoiceEmailOutcome outcome =
        service.send(new SendInvoiceEmailCommand("45", "ok@x.example; nope; also@bad"));

    assertThat(outcome)
        .isEqualTo(
            new SendInvoiceEmailOutcome.InvalidAddresses(
                java.util.List.of("nope", "also@bad"), java.util.Optional.empty()));
    assertThat(outcome.message()).contains("nope").contains("also@bad").doesNotContain("\n");
    assertThat(outbox.size()).isZero();
    assertThat(wakeUps).hasValue(0);
  }

  @Test
  void aClientWithoutBillingEmailGetsTheLegacyMessage() {
    data.put(FakeInvoiceMailData.invoice("46", " ; ", false, false));

    SendInvoiceEmailOutcome outcome = service.send(SendInvoiceEmailCommand.toBillingEmail("46"));

    assertThat(outcome.message()).isEqualTo("The billing email of Carrier A does not exist!");
    assertThat(outbox.size()).isZero();
  }

  @Test
  void anUnknownInvoiceIsReported() {
    SendInvoiceEmailOutcome outcome = service.send(SendInvoiceEmailCommand.toBillingEmail("999"));

    assertThat(outcome).isEqualTo(new SendInvoiceEmailOutcome.UnknownInvoice("999"));
    assertThat(outbox.size()).isZero();
  }
}
