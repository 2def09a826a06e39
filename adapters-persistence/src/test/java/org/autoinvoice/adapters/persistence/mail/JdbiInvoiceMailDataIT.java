package org.autoinvoice.adapters.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaInstaller;
import org.autoinvoice.adapters.persistence.support.PostgresTestSupport;
import org.autoinvoice.application.port.out.InvoiceMailFacts;
import org.autoinvoice.application.port.out.SmtpSettings;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiInvoiceMailDataIT {
  @TempDir static Path dataDir;
  private static EmbeddedPostgresServer server;
  private Jdbi jdbi;
  private JdbiInvoiceMailData data;

  @BeforeAll
  static void startServer() {
    server = EmbeddedPostgresServer.start(dataDir.resolve("pg"), 0);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void freshDatabase() {
    var ds = PostgresTestSupport.freshDatabase(server);
    new DnlSchemaInstaller(ds).installIfEmpty();
    jdbi = Jdbi.create(ds);
    data = new JdbiInvoiceMailData(jdbi);
    jdbi.useHandle(
        h ->
            h.execute(
                "INSERT INTO system_parameter (smtphost, smtpport, emailusername, emailpassword,"
                    + " fromemail, emailname, loginemail, smtp_secure) VALUES ('sys.example',"
                    + " '2525', 'sysuser', 'syspw', 'sys@dnl.example', 'Sys', 'false', 1)"));
  }

  @Test
  void readsTheInvoiceWithItsPeriodInTheInvoiceZone() {
    int client = MailFixture.client(jdbi, "Carrier Z", "z@carrier.example", true);
    MailFixture.invoice(jdbi, "200", client, "+05:00", Instant.parse("2023-12-31T19:00:00Z"));

    InvoiceMailFacts f = data.invoice("200").orElseThrow();

    assertThat(f.clientId()).contains(client);
    assertThat(f.clientName()).isEqualTo("Carrier Z");
    assertThat(f.companyName()).isEqualTo("Carrier Z Ltd");
    assertThat(f.billingEmail()).isEqualTo("z@carrier.example");
    assertThat(f.emailInvoice()).isTrue();
    assertThat(f.autoInvoice()).isFalse();
    assertThat(f.totalAmount()).isEqualByComparingTo(new BigDecimal("1234.56789"));
    assertThat(f.start()).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
    assertThat(f.end()).isEqualTo(LocalDateTime.of(2024, 1, 31, 23, 59, 59));
    assertThat(f.invoiceDate()).isEqualTo(LocalDate.of(2024, 2, 2));
    assertThat(f.pdfPath()).isEqualTo("/invoice/200_2024-02-02.pdf");
    assertThat(f.cdrSide()).isEmpty();
    assertThat(data.invoice("nope")).isEmpty();
  }

  @Test
  void withoutATemplateRowTheSystemSmtpAndADefaultTemplateAreUsed() {
    SmtpSettings smtp = data.smtp();
    assertThat(smtp.host()).isEqualTo("sys.example");
    assertThat(smtp.port()).isEqualTo(2525);
    assertThat(smtp.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
    assertThat(smtp.authenticate()).as("loginemail = 'false'").isFalse();
    assertThat(smtp.fromAddress()).isEqualTo("sys@dnl.example");
    assertThat(smtp.toString()).doesNotContain("syspw");
    assertThat(data.setup().template().subject()).isEqualTo(JdbiInvoiceMailData.DEFAULT_SUBJECT);
  }

  @Test
  void invoiceFromNamesTheMailSenderToUse() {
    int sender =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "INSERT INTO mail_sender (smtp_host, smtp_port, username, password, email,"
                            + " name, secure, loginemail) VALUES ('out.example', '465', 'u', 'p',"
                            + " 'out@dnl.example', 'Out', 2, 'true') RETURNING id")
                    .mapTo(Integer.class)
                    .one());
    jdbi.useHandle(
        h ->
            h.execute(
                "INSERT INTO mail_tmplate (invoice_from, invoice_subject, invoice_cc)"
                    + " VALUES (?, 'S {invoice_number}', 'a@x.example')",
                Integer.toString(sender)));

    SmtpSettings smtp = data.smtp();
    assertThat(smtp.host()).isEqualTo("out.example");
    assertThat(smtp.security()).isEqualTo(SmtpSettings.Security.SSL);
    assertThat(smtp.authenticate()).isTrue();
    assertThat(smtp.username()).isEqualTo("u");
    assertThat(data.setup().template().subject()).isEqualTo("S {invoice_number}");
    assertThat(data.setup().template().htmlBody()).isEqualTo(JdbiInvoiceMailData.DEFAULT_BODY);
    assertThat(data.setup().template().cc()).isEqualTo("a@x.example");

    jdbi.useHandle(h -> h.execute("UPDATE mail_tmplate SET invoice_from = 'default'"));
    assertThat(data.smtp().host()).isEqualTo("sys.example");
    assertThat(Optional.of(data.setup().invoiceDecimalDigits())).contains(2);
  }
}
