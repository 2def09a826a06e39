package org.autoinvoice.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.RollingPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A real Logback rolling appender writing "%msg%n" lines through a given policy. */
final class RollingLog implements AutoCloseable {
  final Path file;
  final RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
  private final LoggerContext context = new LoggerContext();

  RollingLog(Path file, RollingPolicy policy) {
    this.file = file;
    context.setMDCAdapter(new LogbackMDCAdapter());
    appender.setContext(context);
    appender.setName("test");
    appender.setFile(file.toString());
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%msg%n");
    encoder.start();
    appender.setEncoder(encoder);
    if (policy instanceof TimedRotationPolicy<?> timed) {
      timed.setContext(context);
      timed.setFile(file.toString());
    } else if (policy instanceof SizeRotationPolicy<?> sized) {
      sized.setContext(context);
      sized.setFile(file.toString());
    }
    policy.setParent(appender);
    policy.start();
    appender.setRollingPolicy(policy);
    appender.start();
    if (!appender.isStarted()) {
      throw new IllegalStateException(
          "appender did not start: " + context.getStatusManager().getCopyOfStatusList());
    }
  }

  void write(String message) {
    LoggingEvent event = new LoggingEvent();
    event.setLoggerName("test");
    event.setLevel(Level.INFO);
    event.setMessage(message);
    event.setLoggerContext(context);
    appender.doAppend(event);
    context.getStatusManager().getCopyOfStatusList().stream()
        .filter(st -> st.getLevel() > 0)
        .findFirst()
        .ifPresent(
            st -> {
              throw new IllegalStateException(st.toString(), st.getThrowable());
            });
  }

  List<String> archives() throws IOException {
    try (Stream<Path> files = Files.list(file.getParent())) {
      String prefix = file.getFileName() + ".";
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(prefix))
          .map(n -> n.substring(prefix.length()))
          .sorted()
          .toList();
    }
  }

  String read(String suffix) throws IOException {
    return Files.readString(suffix.isEmpty() ? file : Path.of(file + "." + suffix));
  }

  @Override
  public void close() {
    appender.stop();
  }
}
