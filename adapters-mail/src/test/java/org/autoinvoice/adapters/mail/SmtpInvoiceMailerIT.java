package org.autoinvoice.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.application.port.out.MailAttachment;
import org.autoinvoice.application.port.out.MailDeliveryException;
import org.autoinvoice.application.port.out.OutgoingMail;
import org.autoinvoice.application.port.out.SmtpSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmtpInvoiceMailerIT {
  @TempDir Path invoiceDir;
  private GreenMail greenMail;
  private SmtpInvoiceMailer mailer;

  @BeforeEach
  void start() {
    greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
    mailer = new SmtpInvoiceMailer(invoiceDir, Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  private SmtpSettings smtp(int port) {
    return new SmtpSettings(
        "127.0.0.1",
        port,
        SmtpSettings.Security.NONE,
        false,
        "",
        "",
        "billing@dnl.example",
        "DNL Billing",
        "",
        "");
  }

  private static String body(Part part) throws Exception {
    if (part.isMimeType("text/html")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        String found = body(mp.getBodyPart(i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Optional<Part> attachment(MimeMessage m) throws Exception {
    Multipart mp = (Multipart) m.getContent();
    for (int i = 0; i < mp.getCount(); i++) {
      if (Part.ATTACHMENT.equalsIgnoreCase(mp.getBodyPart(i).getDisposition())) {
        return Optional.of(mp.getBodyPart(i));
      }
    }
    return Optional.empty();
  }

  @Test
  void sendsToEveryRecipientAndCcWithTheStoredPdfAttachedByteForByte() throws Exception {
    byte[] pdf = new byte[4096];
    new java.util.Random(7).nextBytes(pdf);
    Files.write(invoiceDir.resolve("7_2024-02-01.pdf"), pdf);
    OutgoingMail mail =
        new OutgoingMail(
            List.of("a@carrier.example", "b@carrier.example"),
            List.of("cc@dnl.example"),
            "Invoice 7 – January",
            "<p>Dear Carrier A</p>",
            Optional.of(new MailAttachment("7_2024-02-01.pdf", "/invoice/7_2024-02-01.pdf")));

    mailer.send(smtp(greenMail.getSmtp().getPort()), mail);

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(3);
    MimeMessage m = received[0];
    assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .containsExactly("a@carrier.example", "b@carrier.example");
    assertThat(Arrays.stream(m.getRecipients(Message.RecipientType.CC)).map(Object::toString))
        .containsExactly("cc@dnl.example");
    assertThat(m.getFrom()[0].toString()).isEqualTo("DNL Billing <billing@dnl.example>");
    assertThat(m.getSubject()).isEqualTo("Invoice 7 – January");
    assertThat(body(m)).isEqualTo("<p>Dear Carrier A</p>");
    Part att = attachment(m).orElseThrow();
    assertThat(att.getFileName()).isEqualTo("7_2024-02-01.pdf");
    assertThat(att.getContentType()).startsWith("application/pdf");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    att.getInputStream().transferTo(bytes);
    assertThat(bytes.toByteArray()).isEqualTo(pdf);
  }

  @Test
  void linkModeSendsNoAttachment() throws Exception {
    OutgoingMail mail =
        new OutgoingMail(
            List.of("a@carrier.example"),
            List.of(),
            "s",
            "<a href='http://svc/invoice/7.pdf'>Download PDF</a>",
            Optional.empty());

    mailer.send(smtp(greenMail.getSmtp().getPort()), mail);

    MimeMessage m = greenMail.getReceivedMessages()[0];
    assertThat(attachment(m)).isEmpty();
    assertThat(body(m)).contains("http://svc/invoice/7.pdf");
  }

  @Test
  void aServerThatIsDownIsATransientFailure() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    OutgoingMail mail =
        new OutgoingMail(List.of("a@carrier.example"), List.of(), "s", "b", Optional.empty());

    assertThatThrownBy(() -> mailer.send(smtp(closedPort), mail))
        .isInstanceOfSatisfying(
            MailDeliveryException.class, e -> assertThat(e.isTransient()).isTrue())
        .hasMessageContaining("127.0.0.1:" + closedPort);
  }

  @Test
  void aMissingPdfOrAPathOutsideTheInvoiceDirIsPermanent() {
    for (String stored : List.of("/invoice/missing.pdf", "/invoice/../../etc/passwd")) {
      OutgoingMail mail =
          new OutgoingMail(
              List.of("a@carrier.example"),
              List.of(),
              "s",
              "b",
              Optional.of(new MailAttachment("x.pdf", stored)));
      assertThatThrownBy(() -> mailer.send(smtp(greenMail.getSmtp().getPort()), mail))
          .isInstanceOfSatisfying(
              MailDeliveryException.class, e -> assertThat(e.isTransient()).isFalse());
    }
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void noSenderAddressIsPermanent() {
    SmtpSettings noFrom =
        new SmtpSettings(
            "127.0.0.1",
            greenMail.getSmtp().getPort(),
            SmtpSettings.Security.NONE,
            false,
            "",
            "",
            "",
            "",
            "",
            "");
    OutgoingMail mail =
        new OutgoingMail(List.of("a@carrier.example"), List.of(), "s", "b", Optional.empty());
    assertThatThrownBy(() -> mailer.send(noFrom, mail))
        .isInstanceOfSatisfying(
            MailDeliveryException.class, e -> assertThat(e.isTransient()).isFalse())
        .hasMessageContaining("sender");
  }
}
