package org.autoinvoice.bootstrap.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.domain.client.ClientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoInvoiceTaskParametersTest {

  @Test
  void noParametersMeansEveryClientNow() {
    assertThat(AutoInvoiceTaskParameters.parse(Map.of())).isEqualTo(AutoInvoiceRunCommand.now());
    assertThat(
            AutoInvoiceTaskParameters.parse(Map.of("date", List.of(""), "client_id", List.of(" "))))
        .isEqualTo(AutoInvoiceRunCommand.now());
  }

  @Test
  void dateAndClient() {
    AutoInvoiceRunCommand c =
        AutoInvoiceTaskParameters.parse(
            Map.of("date", List.of("2026-01-19"), "client_id", List.of("7")));
    assertThat(c.asOfDate()).contains(LocalDate.of(2026, 1, 19));
    assertThat(c.onlyClient()).contains(new ClientId(7));
  }

  @ParameterizedTest
  @CsvSource({
    "date, 2026-13-01, date: expected a date as yyyy-MM-dd",
    "date, 19.01.2026, date: expected a date as yyyy-MM-dd",
    "date, 2026-02-29, date: expected a date as yyyy-MM-dd",
    "client_id, 0, client_id: expected a whole number >= 1",
    "client_id, -3, client_id: expected a whole number >= 1",
    "client_id, x1, client_id: expected a whole number >= 1",
  })
  void badValuesNameTheParameter(String name, String value, String message) {
    assertThatThrownBy(() -> AutoInvoiceTaskParameters.parse(Map.of(name, List.of(value))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .hasMessageContaining(value);
  }

  @Test
  void twoValuesAreRefused() {
    assertThatThrownBy(
            () -> AutoInvoiceTaskParameters.parse(Map.of("client_id", List.of("1", "2"))))
        .hasMessage("client_id: expected one value, got 2");
  }
}
