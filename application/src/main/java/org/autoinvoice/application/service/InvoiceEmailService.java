package org.autoinvoice.application.service;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.application.port.in.SendInvoiceEmailCommand;
import org.autoinvoice.application.port.in.SendInvoiceEmailOutcome;
import org.autoinvoice.application.port.in.SendInvoiceEmailUseCase;
import org.autoinvoice.application.port.out.EmailOutbox;
import org.autoinvoice.application.port.out.InvoiceMailData;
import org.autoinvoice.application.port.out.InvoiceMailFacts;
import org.autoinvoice.application.port.out.MailAttachment;
import org.autoinvoice.application.port.out.MailSetup;
import org.autoinvoice.application.port.out.OutgoingMail;
import org.autoinvoice.application.port.out.QueuedInvoiceMail;
import org.autoinvoice.domain.mail.DeliveryMode;
import org.autoinvoice.domain.mail.EmailAddresses;
import org.autoinvoice.domain.mail.InvoiceMailRenderer;
import org.autoinvoice.domain.mail.InvoiceMailTags;
import org.autoinvoice.domain.mail.RecipientList;
import org.autoinvoice.domain.mail.RenderedMail;
import org.autoinvoice.domain.money.PrintFormat;

/**
 * Queues invoice e-mails (rule D15, §7): recipients from the request or the client's {@code
 * billing_email}, CC from {@code mail_tmplate.invoice_cc} (malformed CC entries are skipped), the
 * template filled in, and the PDF attached or linked — auto invoices follow {@code
 * is_send_as_link}, manual ones {@code system_parameter.invoice_send_mode}. Nothing is sent here;
 * the {@link OutboxDispatcher} does that.
 */
public final class InvoiceEmailService implements SendInvoiceEmailUseCase {
  private static final DateTimeFormatter WALL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final InvoiceMailData data;
  private final EmailOutbox outbox;
  private final Clock clock;
  private final InvoiceMailLinks links;
  private final Runnable afterQueued;

  /**
   * @param afterQueued called after each message is queued, e.g. {@code dispatcher::wakeUp}
   */
  public InvoiceEmailService(
      InvoiceMailData data,
      EmailOutbox outbox,
      Clock clock,
      InvoiceMailLinks links,
      Runnable afterQueued) {
    this.data = Objects.requireNonNull(data, "data");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.links = Objects.requireNonNull(links, "links");
    this.afterQueued = Objects.requireNonNull(afterQueued, "afterQueued");
  }

  @Override
  public SendInvoiceEmailOutcome send(SendInvoiceEmailCommand command) {
    Optional<InvoiceMailFacts> found = data.invoice(command.invoiceNumber());
    if (found.isEmpty()) {
      return new SendInvoiceEmailOutcome.UnknownInvoice(command.invoiceNumber());
    }
    InvoiceMailFacts invoice = found.get();
    boolean typedIn = !command.email().isEmpty();
    RecipientList to = EmailAddresses.parse(typedIn ? command.email() : invoice.billingEmail());
    if (to.hasInvalid()) {
      return new SendInvoiceEmailOutcome.InvalidAddresses(
          to.invalid(), typedIn ? Optional.empty() : Optional.of(displayName(invoice)));
    }
    if (to.isEmpty()) {
      return new SendInvoiceEmailOutcome.NoAddress(displayName(invoice));
    }
    if (invoice.pdfPath().isEmpty()) {
      return new SendInvoiceEmailOutcome.NoDocument(invoice.invoiceNumber());
    }
    MailSetup setup = data.setup();
    DeliveryMode mode =
        (invoice.autoInvoice() ? invoice.sendAsLink() : setup.manualAsLink())
            ? DeliveryMode.LINK
            : DeliveryMode.ATTACHMENT;
    RenderedMail rendered =
        InvoiceMailRenderer.render(setup.template(), tags(invoice, setup), mode);
    List<String> cc = EmailAddresses.parse(setup.template().cc()).valid();
    Optional<MailAttachment> attachment =
        mode == DeliveryMode.ATTACHMENT
            ? Optional.of(
                new MailAttachment(
                    invoice.invoiceNumber() + "_" + invoice.invoiceDate() + ".pdf",
                    invoice.pdfPath()))
            : Optional.empty();
    OutgoingMail mail =
        new OutgoingMail(to.valid(), cc, rendered.subject(), rendered.htmlBody(), attachment);
    long id =
        outbox.enqueue(
            new QueuedInvoiceMail(
                invoice.invoiceNumber(), invoice.clientId(), invoice.pdfPath(), mail),
            clock.instant());
    afterQueued.run();
    return new SendInvoiceEmailOutcome.Queued(id, invoice.invoiceNumber(), to.valid());
  }

  private InvoiceMailTags tags(InvoiceMailFacts invoice, MailSetup setup) {
    return new InvoiceMailTags(
        invoice.companyName().isBlank() ? invoice.clientName() : invoice.companyName(),
        invoice.clientName(),
        PrintFormat.amount(invoice.totalAmount(), setup.invoiceDecimalDigits()),
        invoice.invoiceNumber(),
        WALL_TIME.format(invoice.start()),
        WALL_TIME.format(invoice.end()),
        setup.switchAlias(),
        Optional.of(links.pdfUrl(invoice.pdfPath())),
        invoice.cdrSide().flatMap(side -> links.cdrUrl(invoice.invoiceNumber(), side)));
  }

  private static String displayName(InvoiceMailFacts invoice) {
    return invoice.clientName().isBlank()
        ? "the client of invoice " + invoice.invoiceNumber()
        : invoice.clientName();
  }
}
