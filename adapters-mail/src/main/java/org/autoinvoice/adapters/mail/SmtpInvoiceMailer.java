package org.autoinvoice.adapters.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.autoinvoice.application.port.out.InvoiceMailer;
import org.autoinvoice.application.port.out.MailAttachment;
import org.autoinvoice.application.port.out.MailDeliveryException;
import org.autoinvoice.application.port.out.OutgoingMail;
import org.autoinvoice.application.port.out.SmtpSettings;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * SMTP adapter of {@link InvoiceMailer} on Jakarta Mail (Angus): plain, STARTTLS (required), SSL or
 * NTLM ({@code realm} as domain); login only when {@code authenticate} and a user name is set;
 * connection, read and write timeouts. The body is HTML; the PDF attachment is read from the
 * invoice directory ({@code pdf_path} {@code /invoice/<file>} → {@code <dir>/<file>}, never outside
 * it). Failures map to transient (cannot connect, timeouts, 4xx replies) or permanent (5xx replies,
 * rejected or malformed addresses, no sender, missing PDF, failed login).
 */
public final class SmtpInvoiceMailer implements InvoiceMailer {
  private final Path invoiceDir;
  private final Duration timeout;

  /**
   * @param invoiceDir the invoice directory ({@code [invoice] dir})
   * @param timeout connection, read and write timeout of the SMTP conversation (about 10 s)
   */
  public SmtpInvoiceMailer(Path invoiceDir, Duration timeout) {
    this.invoiceDir = Objects.requireNonNull(invoiceDir, "invoiceDir").toAbsolutePath().normalize();
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    this.timeout = timeout;
  }

  @Override
  public void send(SmtpSettings smtp, OutgoingMail mail) throws MailDeliveryException {
    if (!smtp.isConfigured()) {
      throw MailDeliveryException.transientFailure(
          "no SMTP server configured (mail_sender.smtp_host / system_parameter.smtphost)", null);
    }
    Session session = Session.getInstance(properties(smtp));
    MimeMessage message = build(session, smtp, mail);
    boolean login = smtp.authenticate() && !smtp.username().isEmpty();
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect(
          smtp.host(), port(smtp), login ? smtp.username() : null, login ? smtp.password() : null);
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException e) {
      throw classify(smtp, e);
    }
  }

  private Properties properties(SmtpSettings smtp) {
    Properties p = new Properties();
    String ms = Long.toString(timeout.toMillis());
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", Integer.toString(port(smtp)));
    p.put("mail.smtp.connectiontimeout", ms);
    p.put("mail.smtp.timeout", ms);
    p.put("mail.smtp.writetimeout", ms);
    p.put("mail.smtp.auth", Boolean.toString(smtp.authenticate() && !smtp.username().isEmpty()));
    switch (smtp.security()) {
      case STARTTLS -> {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
      }
      case SSL -> p.put("mail.smtp.ssl.enable", "true");
      case NTLM -> {
        p.put("mail.smtp.auth.mechanisms", "NTLM");
        p.put("mail.smtp.auth.ntlm.domain", smtp.realm());
      }
      case NONE -> {}
    }
    if (!smtp.fromAddress().isEmpty()) {
      p.put("mail.smtp.from", smtp.fromAddress());
    }
    return p;
  }

  private static int port(SmtpSettings smtp) {
    if (smtp.port() > 0) {
      return smtp.port();
    }
    return smtp.security() == SmtpSettings.Security.SSL ? 465 : 25;
  }

  private MimeMessage build(Session session, SmtpSettings smtp, OutgoingMail mail)
      throws MailDeliveryException {
    if (smtp.fromAddress().isEmpty()) {
      throw MailDeliveryException.permanentFailure(
          "no sender address configured (mail_sender.email / system_parameter.fromemail)", null);
    }
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(
          smtp.fromName().isBlank()
              ? new InternetAddress(smtp.fromAddress(), true)
              : new InternetAddress(
                  smtp.fromAddress(), smtp.fromName(), StandardCharsets.UTF_8.name()));
      m.setRecipients(Message.RecipientType.TO, addresses(mail.to()));
      if (!mail.cc().isEmpty()) {
        m.setRecipients(Message.RecipientType.CC, addresses(mail.cc()));
      }
      m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      MimeBodyPart html = new MimeBodyPart();
      html.setContent(mail.htmlBody(), "text/html; charset=UTF-8");
      MimeMultipart parts = new MimeMultipart("mixed");
      parts.addBodyPart(html);
      if (mail.attachment().isPresent()) {
        parts.addBodyPart(attachmentPart(mail.attachment().get()));
      }
      m.setContent(parts);
      m.saveChanges();
      return m;
    } catch (AddressException e) {
      throw MailDeliveryException.permanentFailure("invalid address: " + e.getMessage(), e);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw MailDeliveryException.permanentFailure("cannot build the message: " + e, e);
    }
  }

  private static InternetAddress[] addresses(List<String> list) throws AddressException {
    InternetAddress[] out = new InternetAddress[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new InternetAddress(list.get(i), true);
    }
    return out;
  }

  private MimeBodyPart attachmentPart(MailAttachment attachment)
      throws MessagingException, MailDeliveryException {
    Path file = resolve(attachment.storedPath());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw MailDeliveryException.permanentFailure(
          "the invoice PDF " + file + " does not exist", e);
    } catch (IOException e) {
      throw MailDeliveryException.transientFailure("cannot read the invoice PDF " + file, e);
    }
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "application/pdf")));
    part.setFileName(attachment.fileName());
    part.setDisposition(MimeBodyPart.ATTACHMENT);
    return part;
  }

  /** {@code /invoice/7_2024-02-01.pdf} (or {@code 7_2024-02-01.pdf}) → a file in the dir. */
  Path resolve(String storedPath) throws MailDeliveryException {
    String relative = storedPath.replaceFirst("^/+", "").replaceFirst("^invoice/", "");
    Path file = invoiceDir.resolve(relative).normalize();
    if (relative.isEmpty() || !file.startsWith(invoiceDir) || file.equals(invoiceDir)) {
      throw MailDeliveryException.permanentFailure(
          "pdf_path " + storedPath + " is not a file inside the invoice directory", null);
    }
    return file;
  }

  private static MailDeliveryException classify(SmtpSettings smtp, MessagingException e) {
    String where = smtp.host() + ":" + port(smtp);
    int code = replyCode(e);
    if (code >= 500) {
      return MailDeliveryException.permanentFailure(
          "SMTP " + where + " refused the message: " + oneLine(e), e);
    }
    if (code >= 400) {
      return MailDeliveryException.transientFailure(
          "SMTP " + where + " deferred the message: " + oneLine(e), e);
    }
    if (e instanceof AuthenticationFailedException) {
      return MailDeliveryException.permanentFailure(
          "SMTP " + where + " login failed for " + smtp.username() + ": " + oneLine(e), e);
    }
    if (e instanceof SendFailedException sf && sf.getInvalidAddresses() != null) {
      if (sf.getInvalidAddresses().length > 0) {
        return MailDeliveryException.permanentFailure(
            "SMTP " + where + " rejected addresses: " + oneLine(e), e);
      }
    }
    return MailDeliveryException.transientFailure(
        "SMTP " + where + " unavailable: " + oneLine(e), e);
  }

  /** The highest SMTP reply code in the exception chain, or 0. */
  private static int replyCode(Exception e) {
    int code = 0;
    for (Exception cur = e; cur != null; ) {
      if (cur instanceof SMTPAddressFailedException a) {
        code = Math.max(code, a.getReturnCode());
      } else if (cur instanceof SMTPSendFailedException s) {
        code = Math.max(code, s.getReturnCode());
      }
      Exception next = cur instanceof MessagingException m ? m.getNextException() : null;
      cur = next == cur ? null : next;
    }
    return code;
  }

  private static String oneLine(Exception e) {
    StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
    Throwable cause = e.getCause();
    if (cause != null && cause != e && cause.getMessage() != null) {
      s.append(" (").append(cause.getClass().getSimpleName()).append(": ");
      s.append(cause.getMessage()).append(')');
    }
    return s.toString().replaceAll("[\\r\\n]+", " ").strip();
  }
}
