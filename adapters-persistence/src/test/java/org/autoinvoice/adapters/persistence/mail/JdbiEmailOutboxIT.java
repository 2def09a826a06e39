package org.autoinvoice.adapters.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.autoinvoice.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.autoinvoice.adapters.persistence.schema.DnlSchemaInstaller;
import org.autoinvoice.adapters.persistence.support.PostgresTestSupport;
import org.autoinvoice.application.port.out.ClaimedMail;
import org.autoinvoice.application.port.out.MailAttachment;
import org.autoinvoice.application.port.out.OutgoingMail;
import org.autoinvoice.application.port.out.QueuedInvoiceMail;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiEmailOutboxIT {
  private static final Instant T0 = Instant.parse("2024-02-02T08:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);

  @TempDir static Path dataDir;
  private static EmbeddedPostgresServer server;

  private Jdbi jdbi;
  private JdbiEmailOutbox outbox;
  private int clientId;

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
    outbox = new JdbiEmailOutbox(jdbi);
    outbox.createSchema();
    clientId = MailFixture.client(jdbi, "Carrier A", "a@carrier.example", true);
    MailFixture.invoice(jdbi, "100", clientId, "+00:00", Instant.parse("2024-01-01T00:00:00Z"));
  }

  private QueuedInvoiceMail mail(String number) {
    return new QueuedInvoiceMail(
        number,
        Optional.of(clientId),
        "/invoice/" + number + "_2024-02-02.pdf",
        new OutgoingMail(
            List.of("a@carrier.example", "b@carrier.example"),
            List.of("cc@dnl.example"),
            "Invoice " + number,
            "<p>body " + number + "</p>",
            Optional.of(
                new MailAttachment(
                    number + "_2024-02-02.pdf", "/invoice/" + number + "_2024-02-02.pdf"))));
  }

  private List<Map<String, Object>> emailLog() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT * FROM email_log ORDER BY id").mapToMap().list());
  }

  @Test
  void theOutboxLivesInTheServiceSchemaAndCreatingItTwiceIsHarmless() {
    outbox.createSchema();
    List<String> schemas =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT table_schema FROM information_schema.tables"
                            + " WHERE table_name = 'email_outbox'")
                    .mapTo(String.class)
                    .list());
    assertThat(schemas).containsExactly("autoinvoice");
  }

  @Test
  void aClaimedMessageRoundTripsAndSuccessLogsAndMarksTheInvoiceSent() {
    long id = outbox.enqueue(mail("100"), T0);

    List<ClaimedMail> claimed = outbox.claimDue(T0, LEASE, 10);
    assertThat(claimed).singleElement().isEqualTo(new ClaimedMail(id, 1, mail("100")));
    assertThat(outbox.claimDue(T0, LEASE, 10)).as("claimed once").isEmpty();

    Instant sentAt = T0.plusSeconds(3);
    outbox.delivered(claimed.get(0), sentAt);

    assertThat(MailFixture.state(jdbi, "100")).isEqualTo(9);
    Instant sendTime =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT send_time FROM invoice WHERE invoice_number = '100'")
                    .mapTo(Instant.class)
                    .one());
    assertThat(sendTime).isEqualTo(sentAt);
    assertThat(emailLog())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("type")).isEqualTo(7);
              assertThat(row.get("status")).isEqualTo(0);
              assertThat(row.get("error")).isNull();
              assertThat(row.get("client_id")).isEqualTo(clientId);
              assertThat(row.get("email_addresses"))
                  .isEqualTo("a@carrier.example;b@carrier.example");
              assertThat(row.get("files")).isEqualTo("/invoice/100_2024-02-02.pdf");
              assertThat(row.get("subject")).isEqualTo("Invoice 100");
              assertThat(row.get("content")).isEqualTo("<p>body 100</p>");
            });
    assertThat(outbox.claimDue(T0.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
  }

  @Test
  void aRetryIsDueOnlyAtItsTimeAndAFinalFailureNeverComesBack() {
    outbox.enqueue(mail("100"), T0);
    ClaimedMail first = outbox.claimDue(T0, LEASE, 10).get(0);
    outbox.retryLater(first, T0, "connection refused", T0.plusSeconds(30));

    assertThat(outbox.claimDue(T0.plusSeconds(29), LEASE, 10)).isEmpty();
    ClaimedMail second = outbox.claimDue(T0.plusSeconds(30), LEASE, 10).get(0);
    assertThat(second.attempt()).isEqualTo(2);
    outbox.failed(second, T0.plusSeconds(31), "550 mailbox unavailable");

    assertThat(outbox.claimDue(T0.plus(Duration.ofDays(30)), LEASE, 10)).isEmpty();
    assertThat(emailLog())
        .extracting(r -> r.get("status"), r -> r.get("error"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "connection refused"),
            org.assertj.core.groups.Tuple.tuple(1, "550 mailbox unavailable"));
    assertThat(MailFixture.state(jdbi, "100")).isZero();
  }

  @Test
  void anUnsettledClaimComesBackAfterItsLeaseAndAStaleSettleChangesNothing() {
    long id = outbox.enqueue(mail("100"), T0);
    ClaimedMail crashed = outbox.claimDue(T0, LEASE, 10).get(0);

    assertThat(outbox.claimDue(T0.plus(LEASE).minusSeconds(1), LEASE, 10)).isEmpty();
    List<ClaimedMail> again = outbox.claimDue(T0.plus(LEASE), LEASE, 10);
    assertThat(again).singleElement().isEqualTo(new ClaimedMail(id, 2, mail("100")));

    outbox.retryLater(crashed, T0.plus(LEASE), "late", T0.plus(LEASE));
    assertThat(outbox.claimDue(T0.plus(LEASE), LEASE, 10))
        .as("the stale settle did not release the new claim")
        .isEmpty();
    outbox.delivered(again.get(0), T0.plus(LEASE).plusSeconds(1));
    assertThat(outbox.claimDue(T0.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
  }

  @Test
  void twoWorkersClaimingTogetherNeverGetTheSameMessage() throws Exception {
    int messages = 40;
    for (int i = 0; i < messages; i++) {
      outbox.enqueue(mail("100"), T0);
    }
    JdbiEmailOutbox other = new JdbiEmailOutbox(jdbi);
    List<Long> claimedIds = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (JdbiEmailOutbox worker : List.of(outbox, other)) {
        workers.add(
            pool.submit(
                () -> {
                  go.await();
                  List<ClaimedMail> batch;
                  while (!(batch = worker.claimDue(T0, LEASE, 3)).isEmpty()) {
                    batch.forEach(c -> claimedIds.add(c.id()));
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> w : workers) {
        w.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(claimedIds).hasSize(messages).doesNotHaveDuplicates();
  }
}
