package org.autoinvoice.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.application.port.out.InvoiceMailer;
import org.autoinvoice.application.port.out.MailDeliveryException;
import org.autoinvoice.application.port.out.OutgoingMail;
import org.autoinvoice.application.port.out.QueuedInvoiceMail;
import org.autoinvoice.application.port.out.SmtpSettings;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2024-02-01T10:00:00Z"));
  private final InMemoryEmailOutbox outbox = new InMemoryEmailOutbox();
  private final ScriptedMailer mailer = new ScriptedMailer();
  private final MailRetryPolicy retry =
      new MailRetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(5));
  private final OutboxDispatcher dispatcher =
      new OutboxDispatcher(
          outbox, mailer, new FakeInvoiceMailData(), clock, retry, Duration.ofMinutes(2), 10);

  /** Fails with the scripted exceptions first, then accepts. */
  static final class ScriptedMailer implements InvoiceMailer {
    final Deque<MailDeliveryException> failures = new ArrayDeque<>();
    final List<OutgoingMail> accepted = new ArrayList<>();

    @Override
    public void send(SmtpSettings smtp, OutgoingMail mail) throws MailDeliveryException {
      MailDeliveryException next = failures.poll();
      if (next != null) {
        throw next;
      }
      accepted.add(mail);
    }
  }

  private long enqueue() {
    return outbox.enqueue(
        new QueuedInvoiceMail(
            "7",
            Optional.of(3),
            "/invoice/7.pdf",
            new OutgoingMail(List.of("a@x.example"), List.of(), "s", "b", Optional.empty())),
        clock.instant());
  }

  private static MailDeliveryException down() {
    return MailDeliveryException.transientFailure("connection refused", null);
  }

  @Test
  void aTransientFailureIsRetriedAfterTheBackoffAndDeliveredOnce() {
    long id = enqueue();
    mailer.failures.add(down());

    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    assertThat(outbox.status(id)).isEqualTo(InMemoryEmailOutbox.Status.PENDING);
    clock.advance(Duration.ofSeconds(9));
    assertThat(dispatcher.dispatchDue()).as("not due before the backoff").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    clock.advance(Duration.ofHours(1));
    assertThat(dispatcher.dispatchDue()).isZero();

    assertThat(outbox.status(id)).isEqualTo(InMemoryEmailOutbox.Status.SENT);
    assertThat(mailer.accepted).hasSize(1);
    assertThat(outbox.log())
        .extracting(InMemoryEmailOutbox.LogRow::status, InMemoryEmailOutbox.LogRow::error)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "connection refused"),
            org.assertj.core.groups.Tuple.tuple(0, null));
  }

  @Test
  void theBackoffDoublesAndTheLastTransientFailureIsFinal() {
    long id = enqueue();
    mailer.failures.add(down());
    mailer.failures.add(down());
    mailer.failures.add(down());

    dispatcher.dispatchDue();
    clock.advance(Duration.ofSeconds(10));
    dispatcher.dispatchDue();
    clock.advance(Duration.ofSeconds(19));
    assertThat(dispatcher.dispatchDue()).as("second wait is 20 s").isZero();
    clock.advance(Duration.ofSeconds(1));
    dispatcher.dispatchDue();
    clock.advance(Duration.ofHours(1));
    assertThat(dispatcher.dispatchDue()).isZero();

    assertThat(outbox.status(id)).isEqualTo(InMemoryEmailOutbox.Status.FAILED);
    assertThat(outbox.log()).hasSize(3).allMatch(r -> r.status() == 1);
    assertThat(mailer.accepted).isEmpty();
  }

  @Test
  void aPermanentFailureIsNotRetried() {
    long id = enqueue();
    mailer.failures.add(MailDeliveryException.permanentFailure("550 no such user", null));

    dispatcher.dispatchDue();
    clock.advance(Duration.ofHours(1));
    assertThat(dispatcher.dispatchDue()).isZero();

    assertThat(outbox.status(id)).isEqualTo(InMemoryEmailOutbox.Status.FAILED);
    assertThat(outbox.log()).singleElement().satisfies(r -> assertThat(r.error()).contains("550"));
  }

  @Test
  void retryPolicyDelaysAreCapped() {
    MailRetryPolicy p = new MailRetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(3));
    assertThat(p.delayAfter(1)).contains(Duration.ofSeconds(30));
    assertThat(p.delayAfter(3)).contains(Duration.ofMinutes(2));
    assertThat(p.delayAfter(4)).contains(Duration.ofMinutes(3));
    assertThat(p.delayAfter(9)).contains(Duration.ofMinutes(3));
    assertThat(p.delayAfter(10)).isEmpty();
  }
}
