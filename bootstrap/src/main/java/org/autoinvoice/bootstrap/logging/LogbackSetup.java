package org.autoinvoice.bootstrap.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dropwizard.logging.common.AppenderFactory;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.common.LoggingFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.autoinvoice.bootstrap.config.LogSettings;

/** Builds Dropwizard's logging from the {@code [log]} section: console plus rotating file. */
public final class LogbackSetup {

  /**
   * Timestamp, level, logger, the MDC keys {@code client_id} and {@code invoice_number} when set,
   * and the message.
   */
  public static final String PATTERN =
      "%d{\"yyyy-MM-dd HH:mm:ss,SSS\"} %-5level [%logger] "
          + "%replace(client_id=%X{client_id} ){'^client_id= $', ''}"
          + "%replace(invoice_number=%X{invoice_number} ){'^invoice_number= $', ''}"
          + "- %msg%n";

  private LogbackSetup() {}

  /** DEBUG and up when {@code debug_level = 1}, INFO and up otherwise, to console and file. */
  public static LoggingFactory loggingFactory(LogSettings log, Clock clock) {
    DefaultLoggingFactory logging = new DefaultLoggingFactory();
    logging.setLevel(log.debug() ? "DEBUG" : "INFO");
    // iText warns on every PDF/A invoice that it did not flush pages itself; the renderer flushes
    // finished pages on its own, so the warning says nothing an operator can act on
    logging.setLoggers(
        Map.of(
            "com.itextpdf.pdfa.checker.PdfAChecker",
            com.fasterxml.jackson.databind.node.TextNode.valueOf("ERROR")));
    ConsoleAppenderFactory<ILoggingEvent> console = new ConsoleAppenderFactory<>();
    console.setLogFormat(PATTERN);
    List<AppenderFactory<ILoggingEvent>> appenders = new ArrayList<>();
    appenders.add(console);
    appenders.add(new PythonFileAppenderFactory(log, clock));
    logging.setAppenders(appenders);
    return logging;
  }
}
