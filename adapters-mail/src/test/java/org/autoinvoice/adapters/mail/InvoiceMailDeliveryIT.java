package org.autoinvoice.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.adapters.persistence.mail.JdbiEmailOutbox;
import org.autoinvoice.adapters.persistence.mail.JdbiInvoiceMailData;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaInstaller;
import org.autoinvoice.adapters.web.PlainTextExceptionMapper;
import org.autoinvoice.adapters.web.ResendEmailResource;
import org.autoinvoice.application.port.in.SendInvoiceEmailCommand;
import org.autoinvoice.application.port.in.SendInvoiceEmailOutcome;
import org.autoinvoice.application.service.AutoSendInvoiceListener;
import org.autoinvoice.application.service.InvoiceEmailService;
import org.autoinvoice.application.service.InvoiceMailLinks;
import org.autoinvoice.application.service.MailRetryPolicy;
import org.autoinvoice.application.service.MutableClock;
import org.autoinvoice.application.service.OutboxDispatcher;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The whole mail path on real parts: DNL database (embedded PostgreSQL), the outbox in schema
 * {@code autoinvoice}, the {@code /resendemail} resource, the dispatcher and a real SMTP server
 * (GreenMail).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InvoiceMailDeliveryIT {
  private static final Instant T0 = Instant.parse("2024-02-02T08:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final MailRetryPolicy RETRY =
      new MailRetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10));
  private static int databases;

  @TempDir static Path tempDir;
  private static EmbeddedPostgresServer server;
  private static volatile InvoiceEmailService service;

  static final ResourceExtension RESOURCES =
      ResourceExtension.builder()
          .addResource(new ResendEmailResource(c -> service.send(c)))
          .addProvider(MultiPartFeature.class)
          .addProvider(new PlainTextExceptionMapper())
          .build();

  private GreenMail greenMail;
  private Jdbi jdbi;
  private JdbiEmailOutbox outbox;
  private JdbiInvoiceMailData data;
  private MutableClock clock;
  private Path invoiceDir;
  private byte[] pdf;

  @BeforeAll
  static void startDatabase() {
    server = EmbeddedPostgresServer.start(tempDir.resolve("pg"), 0);
  }

  @AfterAll
  static void stopDatabase() {
    server.close();
  }

  @BeforeEach
  void setUp() throws Exception {
    greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
    DataSource ds = freshDatabase();
    new DnlSchemaInstaller(ds).installIfEmpty();
    jdbi = Jdbi.create(ds);
    outbox = new JdbiEmailOutbox(jdbi);
    outbox.createSchema();
    data = new JdbiInvoiceMailData(jdbi);
    clock = new MutableClock(T0);
    invoiceDir = Files.createDirectories(tempDir.resolve("invoice" + databases));
    pdf = new byte[2048];
    new Random(databases).nextBytes(pdf);
    Files.write(invoiceDir.resolve("100_2024-02-02.pdf"), pdf);
    service =
        new InvoiceEmailService(
            data, outbox, clock, new InvoiceMailLinks("http://invoice.example:8080", ""), () -> {});
    seed(greenMail.getSmtp().getPort());
  }

  @AfterEach
  void tearDown() {
    greenMail.stop();
  }

  private static DataSource freshDatabase() throws Exception {
    String name = "mail_it_" + (++databases);
    try (var c = server.dataSource().getConnection();
        var st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {server.port()});
    ds.setDatabaseName(name);
    ds.setUser(server.user());
    return ds;
  }

  private void seed(int smtpPort) {
    jdbi.useHandle(
        h -> {
          h.execute("INSERT INTO currency (code) VALUES ('USD')");
          h.execute(
              "INSERT INTO client (client_id, name, company, billing_email, email_invoice,"
                  + " is_send_as_link, currency_id) VALUES (3, 'Carrier A', 'Carrier A Ltd',"
                  + " 'ap@carrier.example; boss@carrier.example', true, false, 1)");
          h.execute(
              "INSERT INTO invoice (invoice_number, client_id, invoice_start, invoice_end,"
                  + " invoice_time, invoice_zone, total_amount, current_balance, pdf_path,"
                  + " create_type) VALUES ('100', 3, '2024-01-01 00:00:00+05',"
                  + " '2024-01-31 23:59:59+05', '2024-02-02 00:00:00+05', '+05:00', 1234.565, 0,"
                  + " '/invoice/100_2024-02-02.pdf', 1)");
          h.execute(
              "INSERT INTO system_parameter (switch_alias, invoice_decimal_digits,"
                  + " invoice_send_mode, smtphost, smtpport, fromemail, emailname, loginemail,"
                  + " smtp_secure) VALUES ('DNL-Switch', 2, 0, '127.0.0.1', ?, 'billing@dnl.example',"
                  + " 'DNL Billing', 'false', 0)",
              Integer.toString(smtpPort));
          h.execute(
              "INSERT INTO mail_tmplate (invoice_from, invoice_subject, invoice_content,"
                  + " invoice_cc) VALUES ('default', '{company_name}: invoice {invoice_number}',"
                  + " '<p>Dear {client_name}, {invoice_amount} for {start_date} - {end_date}"
                  + " ({switch_alias}). {invoice_link}{cdr_url}</p>', 'finance@dnl.example')");
        });
  }

  private void smtpPort(int port) {
    jdbi.useHandle(
        h -> h.execute("UPDATE system_parameter SET smtpport = ?", Integer.toString(port)));
  }

  private OutboxDispatcher dispatcher() {
    return new OutboxDispatcher(
        outbox,
        new SmtpInvoiceMailer(invoiceDir, Duration.ofSeconds(2)),
        data,
        clock,
        RETRY,
        LEASE,
        10);
  }

  private Response resend(String number, String email) {
    return RESOURCES
        .target("/resendemail")
        .request()
        .post(Entity.form(new Form().param("invoice_number", number).param("email", email)));
  }

  private List<Map<String, Object>> emailLog() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT * FROM email_log ORDER BY id").mapToMap().list());
  }

  private String outboxStatus() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT string_agg(status, ',') FROM autoinvoice.email_outbox")
                .mapTo(String.class)
                .one());
  }

  private int invoiceState() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT state FROM invoice WHERE invoice_number = '100'")
                .mapTo(Integer.class)
                .one());
  }

  /** Distinct messages received (GreenMail keeps one copy per recipient). */
  private long distinctMessages() throws Exception {
    return Arrays.stream(greenMail.getReceivedMessages())
        .map(
            m -> {
              try {
                return m.getMessageID();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .distinct()
        .count();
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static byte[] attachmentBytes(MimeMessage m) throws Exception {
    Multipart mp = (Multipart) m.getContent();
    for (int i = 0; i < mp.getCount(); i++) {
      Part p = mp.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertThat(p.getFileName()).isEqualTo("100_2024-02-02.pdf");
        return out.toByteArray();
      }
    }
    return null;
  }

  private static String html(MimeMessage m) throws Exception {
    return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
  }

  @Test
  void resendToTheBillingEmailIsDeliveredWithTagsReplacedAndThePdfAttached() throws Exception {
    Response r = resend("100", "");
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.readEntity(String.class)).isEqualTo("OK");

    assertThat(dispatcher().dispatchDue()).isEqualTo(1);

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(3);
    assertThat(distinctMessages()).isEqualTo(1);
    MimeMessage m = received[0];
    assertThat(Arrays.stream(m.getAllRecipients()).map(Object::toString))
        .containsExactly("ap@carrier.example", "boss@carrier.example", "finance@dnl.example");
    assertThat(m.getSubject()).isEqualTo("Carrier A Ltd: invoice 100");
    assertThat(html(m))
        .isEqualTo(
            "<p>Dear Carrier A, 1,234.57 for 2024-01-01 00:00:00 - 2024-01-31 23:59:59"
                + " (DNL-Switch). </p>");
    assertThat(attachmentBytes(m)).isEqualTo(pdf);
    assertThat(invoiceState()).isEqualTo(9);
    assertThat(emailLog())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row).containsEntry("type", 7).containsEntry("status", 0);
              assertThat(row).containsEntry("client_id", 3);
              assertThat(row).containsEntry("files", "/invoice/100_2024-02-02.pdf");
              assertThat(row)
                  .containsEntry("email_addresses", "ap@carrier.example;boss@carrier.example");
              assertThat(row).containsEntry("subject", "Carrier A Ltd: invoice 100");
              assertThat((String) row.get("content")).startsWith("<p>Dear Carrier A");
            });
  }

  @Test
  void linkModeForAnAutoInvoiceSendsALinkAndNoAttachment() throws Exception {
    jdbi.useHandle(
        h -> {
          h.execute("UPDATE invoice SET create_type = 0");
          h.execute("UPDATE client SET is_send_as_link = true");
        });
    AutoSendInvoiceListener listener = new AutoSendInvoiceListener(data, service);

    assertThat(listener.invoiceCreated("100")).isTrue();
    dispatcher().dispatchDue();

    MimeMessage m = greenMail.getReceivedMessages()[0];
    assertThat(attachmentBytes(m)).isNull();
    assertThat(html(m))
        .contains(
            "<a href='http://invoice.example:8080/invoice/100_2024-02-02.pdf'>Download PDF</a>");
  }

  @Test
  void smtpDownThenUpIsRetriedAndDeliveredOnce() throws Exception {
    smtpPort(freePort());
    assertThat(resend("100", "x@carrier.example").getStatus()).isEqualTo(200);
    OutboxDispatcher dispatcher = dispatcher();

    dispatcher.dispatchDue();
    assertThat(emailLog()).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo(1));
    assertThat(outboxStatus()).isEqualTo("PENDING");
    assertThat(invoiceState()).isZero();

    smtpPort(greenMail.getSmtp().getPort());
    clock.advance(Duration.ofSeconds(29));
    assertThat(dispatcher.dispatchDue()).as("not before the backoff").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    clock.advance(Duration.ofHours(1));
    assertThat(dispatcher.dispatchDue()).isZero();

    assertThat(distinctMessages()).isEqualTo(1);
    assertThat(emailLog()).extracting(r -> r.get("status")).containsExactly(1, 0);
    assertThat((String) emailLog().get(0).get("error")).contains("127.0.0.1");
    assertThat(outboxStatus()).isEqualTo("SENT");
    assertThat(invoiceState()).isEqualTo(9);
  }

  @Test
  void aRestartSendsWhatWasPendingOnce() throws Exception {
    assertThat(resend("100", "x@carrier.example").getStatus()).isEqualTo(200);
    assertThat(resend("100", "y@carrier.example").getStatus()).isEqualTo(200);
    // The first instance claimed one message and died before settling it.
    new JdbiEmailOutbox(jdbi).claimDue(clock.instant(), LEASE, 1);

    OutboxDispatcher afterRestart = dispatcher();
    assertThat(afterRestart.dispatchDue()).as("the unclaimed one at once").isEqualTo(1);
    clock.advance(LEASE);
    assertThat(afterRestart.dispatchDue()).as("the crashed claim after its lease").isEqualTo(1);
    clock.advance(Duration.ofHours(1));
    assertThat(dispatcher().dispatchDue()).isZero();

    assertThat(greenMail.getReceivedMessages())
        .extracting(m -> m.getAllRecipients()[0].toString())
        .containsOnly("x@carrier.example", "y@carrier.example");
    assertThat(distinctMessages()).isEqualTo(2);
    assertThat(outboxStatus()).isEqualTo("SENT,SENT");
  }

  @Test
  void badAddressesAreNamedAndNothingIsQueued() {
    Response r = resend("100", "ok@carrier.example; not-an-address ;also@bad");
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.readEntity(String.class))
        .contains("not-an-address")
        .contains("also@bad")
        .doesNotContain("ok@carrier.example");
    assertThat(outboxStatus()).isNull();

    jdbi.useHandle(h -> h.execute("UPDATE client SET billing_email = ''"));
    Response none = resend("100", "");
    assertThat(none.getStatus()).isEqualTo(400);
    assertThat(none.readEntity(String.class))
        .isEqualTo("The billing email of Carrier A does not exist!");
    assertThat(resend("999", "").getStatus()).isEqualTo(404);
    assertThat(outboxStatus()).isNull();
  }

  @Test
  void resendAnswersBeforeTheSlowServerIsEvenAsked() throws Exception {
    // A server that accepts connections but never says a word: an SMTP conversation hangs.
    try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        OutboxDispatcher running = dispatcher()) {
      smtpPort(blackHole.getLocalPort());
      running.start(Duration.ofMillis(50));

      Response r = resend("100", "");

      assertThat(r.getStatus()).isEqualTo(200);
      assertThat(r.readEntity(String.class)).isEqualTo("OK");
      assertThat(outboxStatus()).isIn("PENDING", "SENDING");
      assertThat(emailLog()).noneMatch(row -> Integer.valueOf(0).equals(row.get("status")));
      assertThat(invoiceState()).isZero();
      assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
  }

  @Test
  void theQueuedCommandIsTheUseCaseOutcome() {
    SendInvoiceEmailOutcome outcome =
        service.send(new SendInvoiceEmailCommand("100", "z@carrier.example"));
    assertThat(outcome).isInstanceOf(SendInvoiceEmailOutcome.Queued.class);
    assertThat(outboxStatus()).isEqualTo("PENDING");
  }
}
