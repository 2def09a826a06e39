package org.autoinvoice.bootstrap.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.RollingPolicy;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.dropwizard.logging.common.AbstractAppenderFactory;
import io.dropwizard.logging.common.async.AsyncAppenderFactory;
import io.dropwizard.logging.common.filter.LevelFilterFactory;
import io.dropwizard.logging.common.layout.LayoutFactory;
import java.nio.file.Path;
import java.time.Clock;
import org.autoinvoice.bootstrap.StartupFolders;
import org.autoinvoice.bootstrap.config.LogSettings;

/**
 * Dropwizard appender factory for the {@code [log]} file: a Logback {@link RollingFileAppender}
 * driven by {@link TimedRotationPolicy} ({@code by_time = 1}) or {@link SizeRotationPolicy}.
 */
@JsonTypeName("python-file")
public final class PythonFileAppenderFactory extends AbstractAppenderFactory<ILoggingEvent> {

  private final LogSettings settings;
  private final Clock clock;

  /** Creates the factory for the given section, rotating by {@code clock}. */
  public PythonFileAppenderFactory(LogSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    setLogFormat(LogbackSetup.PATTERN);
  }

  /** The rolling policy for the section (also its triggering policy). */
  public static RollingPolicy policyFor(LogSettings settings, Clock clock) {
    if (settings.rotatesByTime()) {
      return new TimedRotationPolicy<ILoggingEvent>(
          settings.when(), settings.interval(), settings.backupCount(), clock);
    }
    return new SizeRotationPolicy<ILoggingEvent>(settings.maxBytes(), settings.backupCount());
  }

  @Override
  @SuppressWarnings("unchecked")
  public Appender<ILoggingEvent> build(
      LoggerContext context,
      String applicationName,
      LayoutFactory<ILoggingEvent> layoutFactory,
      LevelFilterFactory<ILoggingEvent> levelFilterFactory,
      AsyncAppenderFactory<ILoggingEvent> asyncAppenderFactory) {
    Path file = Path.of(settings.file()).toAbsolutePath();
    StartupFolders.ensureWritableDirectory(file.getParent(), "[log] file");

    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setName("autoinvoice-file");
    appender.setContext(context);
    appender.setFile(file.toString());

    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(buildLayout(context, layoutFactory));
    encoder.start();
    appender.setEncoder(encoder);

    RollingPolicy policy = policyFor(settings, clock);
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
    appender.setTriggeringPolicy(
        (ch.qos.logback.core.rolling.TriggeringPolicy<ILoggingEvent>) policy);

    appender.addFilter(levelFilterFactory.build(threshold));
    getFilterFactories().forEach(f -> appender.addFilter(f.build()));
    appender.start();
    return wrapAsync(appender, asyncAppenderFactory);
  }
}
