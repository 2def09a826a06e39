package org.autoinvoice.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary.Failure;
import org.autoinvoice.domain.client.ClientId;
import org.junit.jupiter.api.Test;

/** The run command and the one-line run summary. */
class AutoInvoiceRunSummaryTest {

  @Test
  void theSummaryLineCountsEachOutcomeAndNamesEachFailedClient() {
    AutoInvoiceRunSummary s =
        new AutoInvoiceRunSummary(
            12,
            6,
            4,
            1,
            0,
            List.of(
                new Failure(new ClientId(7), "renderer broke"),
                new Failure(new ClientId(9), "no usage")));

    assertThat(s.line())
        .isEqualTo(
            "examined 6 clients: 4 invoices created, 1 skipped (zero traffic), 0 already done,"
                + " 2 failed (client 7: renderer broke; client 9: no usage)");
    assertThat(s).hasToString("run 12: " + s.line());
    assertThat(s.failed()).isEqualTo(2);
  }

  @Test
  void theSummaryLineUsesTheSingularForOne() {
    assertThat(new AutoInvoiceRunSummary(1, 1, 1, 0, 3, List.of()).line())
        .isEqualTo(
            "examined 1 client: 1 invoice created, 0 skipped (zero traffic), 3 already done,"
                + " 0 failed");
  }

  @Test
  void negativeCountsAreRejected() {
    assertThatThrownBy(() -> new AutoInvoiceRunSummary(1, -1, 0, 0, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(">= 0");
  }

  @Test
  void theHourlyCommandHasNeitherDateNorClient() {
    assertThat(AutoInvoiceRunCommand.now())
        .isEqualTo(new AutoInvoiceRunCommand(Optional.empty(), Optional.empty()));
    assertThatThrownBy(() -> new AutoInvoiceRunCommand(null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("asOfDate");
  }
}
