package org.autoinvoice.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.logging.common.LoggingFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autoinvoice.bootstrap.config.LogSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Configures Logback as the application does and reads the log file back. */
class LogbackSetupTest {

  @TempDir Path dir;

  private String logAndRead(int debugLevel) throws Exception {
    Path file = dir.resolve("logs/autoinvoice.log");
    LogSettings settings =
        new LogSettings(file.toString(), 1, "MIDNIGHT", 1, 7, 10_485_760L, debugLevel);
    LoggingFactory logging =
        LogbackSetup.loggingFactory(settings, new MutableClock("2024-03-06T10:00:00Z"));
    logging.configure(new MetricRegistry(), "autoinvoice-test");
    try {
      Logger log = LoggerFactory.getLogger("org.autoinvoice.Sample");
      log.debug("debug line");
      log.info("plain info");
      MDC.put("client_id", "42");
      MDC.put("invoice_number", "INV-7");
      log.info("invoice info");
    } finally {
      MDC.clear();
      logging.stop();
      logging.reset();
    }
    return Files.readString(file);
  }

  @Test
  void debugLevelZeroWritesInfoAndAboveWithMdcKeysWhenPresent() throws Exception {
    String text = logAndRead(0);

    assertThat(text).doesNotContain("debug line");
    assertThat(text)
        .containsPattern(
            "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} INFO  \\[org.autoinvoice.Sample\\]"
                + " - plain info")
        .contains(
            "INFO  [org.autoinvoice.Sample] client_id=42 invoice_number=INV-7 - invoice info");
  }

  @Test
  void debugLevelOneWritesDebugLines() throws Exception {
    assertThat(logAndRead(1)).contains("DEBUG [org.autoinvoice.Sample] - debug line");
  }
}
