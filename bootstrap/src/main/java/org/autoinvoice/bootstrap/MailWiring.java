package org.autoinvoice.bootstrap;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.autoinvoice.adapters.mail.SmtpInvoiceMailer;
import org.autoinvoice.adapters.persistence.mail.JdbiEmailOutbox;
import org.autoinvoice.adapters.persistence.mail.JdbiInvoiceMailData;
import org.autoinvoice.adapters.web.ResendEmailResource;
import org.autoinvoice.application.port.out.InvoiceCreatedListener;
import org.autoinvoice.application.service.AutoSendInvoiceListener;
import org.autoinvoice.application.service.InvoiceEmailService;
import org.autoinvoice.application.service.InvoiceMailLinks;
import org.autoinvoice.application.service.MailRetryPolicy;
import org.autoinvoice.application.service.OutboxDispatcher;
import org.autoinvoice.bootstrap.config.MailSettings;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires invoice e-mail (rule D15): {@code POST /resendemail} queues into the service's own outbox
 * table, a background dispatcher sends it over SMTP with retries, and automatic invoices of clients
 * with "Auto Send Invoice" are queued after they are made.
 */
final class MailWiring {
  /** Longer than one SMTP conversation (10 s connect + 10 s read per step). */
  private static final Duration LEASE = Duration.ofMinutes(2);

  private static final Duration SMTP_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofSeconds(15);

  private final AutoSendInvoiceListener autoSend;

  MailWiring(
      Environment environment, Jdbi jdbi, Path invoiceDir, MailSettings settings, Clock clock) {
    JdbiEmailOutbox outbox = new JdbiEmailOutbox(jdbi);
    outbox.createSchema();
    JdbiInvoiceMailData data = new JdbiInvoiceMailData(jdbi);
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            outbox,
            new SmtpInvoiceMailer(invoiceDir, SMTP_TIMEOUT),
            data,
            clock,
            MailRetryPolicy.DEFAULT,
            LEASE,
            20);
    Runnable afterQueued = settings.enabled() ? dispatcher::wakeUp : () -> {};
    InvoiceEmailService email =
        new InvoiceEmailService(
            data,
            outbox,
            clock,
            new InvoiceMailLinks(settings.publicUrl(), settings.uiUrl()),
            afterQueued);
    environment.jersey().register(new ResendEmailResource(email));
    if (settings.enabled()) {
      environment
          .lifecycle()
          .manage(
              new Managed() {
                @Override
                public void start() {
                  dispatcher.start(POLL);
                }

                @Override
                public void stop() {
                  dispatcher.close();
                }
              });
    }
    this.autoSend = new AutoSendInvoiceListener(data, email);
  }

  /** Queues the e-mail of an automatic invoice when its client has "Auto Send Invoice" on. */
  InvoiceCreatedListener autoSendListener() {
    return (invoiceId, invoice, client) -> autoSend.invoiceCreated(invoice.number());
  }
}
