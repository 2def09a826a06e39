package org.autoinvoice.bootstrap.logging;

import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingPolicy;
import ch.qos.logback.core.rolling.RolloverFailure;
import ch.qos.logback.core.rolling.TriggeringPolicy;
import ch.qos.logback.core.rolling.helper.CompressionMode;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Logback rolling and triggering policy that reproduces CPython's {@code RotatingFileHandler}.
 *
 * <p>Rule: before writing an event, if {@code maxBytes > 0} and the file's size plus the encoded
 * event reaches {@code maxBytes}, the file is renamed to {@code <file>.1} after {@code .1 … .N-1}
 * have moved up one place ({@code .N} is dropped), N = {@code backupCount}. With {@code backupCount
 * = 0} (or {@code maxBytes = 0}) the file is never rolled over, as in Python.
 */
public final class SizeRotationPolicy<E> extends ContextAwareBase
    implements RollingPolicy, TriggeringPolicy<E> {

  private final long maxBytes;
  private final int backupCount;
  private String fileName;
  private FileAppender<?> parent;
  private boolean started;

  /** Creates the policy for {@code maxBytes} (0 = never) and {@code backupCount} archives. */
  public SizeRotationPolicy(long maxBytes, int backupCount) {
    if (maxBytes < 0 || backupCount < 0) {
      throw new IllegalArgumentException("maxBytes and backupCount must be >= 0");
    }
    this.maxBytes = maxBytes;
    this.backupCount = backupCount;
  }

  /** Sets the active log file; must be called before {@link #start()}. */
  public void setFile(String fileName) {
    this.fileName = fileName;
  }

  @Override
  public void setParent(FileAppender<?> appender) {
    this.parent = appender;
    if (fileName == null) {
      fileName = appender.rawFileProperty();
    }
  }

  @Override
  public void start() {
    if (fileName == null) {
      addError("SizeRotationPolicy needs a file name");
      return;
    }
    started = true;
  }

  @Override
  public void stop() {
    started = false;
  }

  @Override
  public boolean isStarted() {
    return started;
  }

  @Override
  @SuppressWarnings("unchecked")
  public boolean isTriggeringEvent(File activeFile, E event) {
    if (maxBytes <= 0 || backupCount == 0) {
      return false;
    }
    File file = new File(fileName);
    if (file.exists() && !file.isFile()) {
      return false;
    }
    long messageLength = 0;
    if (parent != null && parent.getEncoder() != null) {
      messageLength = ((Encoder<E>) parent.getEncoder()).encode(event).length;
    }
    return file.length() + messageLength >= maxBytes;
  }

  @Override
  public void rollover() throws RolloverFailure {
    if (backupCount == 0) {
      return;
    }
    try {
      for (int i = backupCount - 1; i > 0; i--) {
        Path source = Path.of(fileName + "." + i);
        Path target = Path.of(fileName + "." + (i + 1));
        if (Files.exists(source)) {
          Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Path first = Path.of(fileName + ".1");
      Files.deleteIfExists(first);
      Path active = Path.of(fileName);
      if (Files.exists(active)) {
        Files.move(active, first);
      }
    } catch (IOException e) {
      throw new RolloverFailure("cannot roll " + fileName + " over: " + e);
    }
  }

  @Override
  public String getActiveFileName() {
    return fileName;
  }

  @Override
  public CompressionMode getCompressionMode() {
    return CompressionMode.NONE;
  }
}
