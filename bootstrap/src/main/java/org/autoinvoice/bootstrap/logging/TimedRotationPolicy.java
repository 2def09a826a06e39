package org.autoinvoice.bootstrap.logging;

import ch.qos.logback.core.FileAppender;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Logback rolling and triggering policy that reproduces CPython 3.11's {@code
 * TimedRotatingFileHandler} (utc=True relative to the clock's zone, no atTime).
 *
 * <p>Rules carried over from {@code logging/handlers.py}: the unit is S, M, H, D (times {@code
 * interval}), MIDNIGHT or W0-W6 (0 = Monday; the next midnight, then the next chosen weekday's end,
 * whatever {@code interval} says). The first rollover time is computed from the file's modification
 * time if it exists, else from now; each later one from the time of the rollover. The archive is
 * {@code <file>.<suffix>} where the suffix formats {@code rolloverAt - interval} with {@code
 * %Y-%m-%d_%H-%M-%S}, {@code %Y-%m-%d_%H-%M}, {@code %Y-%m-%d_%H} or {@code %Y-%m-%d}; an archive
 * of that name is replaced. With {@code backupCount > 0} only the newest {@code backupCount}
 * archives (by name) are kept. Daylight-saving corrections are not applied: the service runs on a
 * UTC clock.
 */
public final class TimedRotationPolicy<E> extends ContextAwareBase
    implements RollingPolicy, TriggeringPolicy<E> {

  private static final long DAY = 24 * 60 * 60;

  private final Clock clock;
  private final String when;
  private final long intervalSeconds;
  private final DateTimeFormatter suffixFormat;
  private final Pattern extMatch;
  private final int dayOfWeek;
  private final int backupCount;
  private String fileName;
  private long rolloverAt;
  private boolean started;

  /**
   * Creates the policy.
   *
   * @param when S, M, H, D, MIDNIGHT or W0-W6, case-insensitive
   * @param interval multiplier of the unit, at least 1
   * @param backupCount archives to keep, 0 = keep all
   * @param clock source of "now"; its zone is the zone of rollover times and suffixes
   */
  public TimedRotationPolicy(String when, int interval, int backupCount, Clock clock) {
    if (interval < 1) {
      throw new IllegalArgumentException("interval must be >= 1, was " + interval);
    }
    if (backupCount < 0) {
      throw new IllegalArgumentException("backupCount must be >= 0, was " + backupCount);
    }
    this.clock = clock;
    this.when = when.toUpperCase(Locale.ROOT);
    this.backupCount = backupCount;
    long unit;
    String suffix;
    String ext;
    int weekday = -1;
    switch (this.when) {
      case "S" -> {
        unit = 1;
        suffix = "yyyy-MM-dd_HH-mm-ss";
        ext = "^\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}(\\.\\w+)?$";
      }
      case "M" -> {
        unit = 60;
        suffix = "yyyy-MM-dd_HH-mm";
        ext = "^\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}(\\.\\w+)?$";
      }
      case "H" -> {
        unit = 60 * 60;
        suffix = "yyyy-MM-dd_HH";
        ext = "^\\d{4}-\\d{2}-\\d{2}_\\d{2}(\\.\\w+)?$";
      }
      case "D", "MIDNIGHT" -> {
        unit = DAY;
        suffix = "yyyy-MM-dd";
        ext = "^\\d{4}-\\d{2}-\\d{2}(\\.\\w+)?$";
      }
      default -> {
        if (!this.when.matches("W[0-6]")) {
          throw new IllegalArgumentException(
              "when must be one of S, M, H, D, W0-W6, midnight, was " + when);
        }
        unit = 7 * DAY;
        weekday = this.when.charAt(1) - '0';
        suffix = "yyyy-MM-dd";
        ext = "^\\d{4}-\\d{2}-\\d{2}(\\.\\w+)?$";
      }
    }
    this.intervalSeconds = unit * interval;
    this.suffixFormat = DateTimeFormatter.ofPattern(suffix, Locale.ROOT);
    this.extMatch = Pattern.compile(ext);
    this.dayOfWeek = weekday;
  }

  /** Sets the active log file; must be called before {@link #start()}. */
  public void setFile(String fileName) {
    this.fileName = fileName;
  }

  @Override
  public void setParent(FileAppender<?> appender) {
    if (fileName == null) {
      fileName = appender.rawFileProperty();
    }
  }

  @Override
  public void start() {
    if (fileName == null) {
      addError("TimedRotationPolicy needs a file name");
      return;
    }
    File file = new File(fileName);
    long startTime = file.exists() ? file.lastModified() / 1000 : now();
    rolloverAt = computeRollover(startTime);
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

  /** The epoch second at or after which the next event rolls the file over. */
  public long rolloverAt() {
    return rolloverAt;
  }

  @Override
  public boolean isTriggeringEvent(File activeFile, E event) {
    long t = now();
    if (t >= rolloverAt) {
      File file = new File(fileName);
      if (file.exists() && !file.isFile()) {
        rolloverAt = computeRollover(t);
        return false;
      }
      return true;
    }
    return false;
  }

  @Override
  public void rollover() throws RolloverFailure {
    long currentTime = now();
    long intervalStart = rolloverAt - intervalSeconds;
    Path source = Path.of(fileName);
    Path target =
        Path.of(
            fileName
                + "."
                + suffixFormat.format(
                    Instant.ofEpochSecond(intervalStart).atZone(clock.getZone())));
    try {
      Files.deleteIfExists(target);
      if (Files.exists(source)) {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
      if (backupCount > 0) {
        for (Path old : filesToDelete()) {
          Files.deleteIfExists(old);
        }
      }
    } catch (IOException e) {
      throw new RolloverFailure("cannot roll " + source + " over to " + target + ": " + e);
    }
    long newRolloverAt = computeRollover(currentTime);
    while (newRolloverAt <= currentTime) {
      newRolloverAt += intervalSeconds;
    }
    rolloverAt = newRolloverAt;
  }

  @Override
  public String getActiveFileName() {
    return fileName;
  }

  @Override
  public CompressionMode getCompressionMode() {
    return CompressionMode.NONE;
  }

  long computeRollover(long currentTime) {
    long result = currentTime + intervalSeconds;
    if (when.equals("MIDNIGHT") || when.startsWith("W")) {
      ZonedDateTime t = Instant.ofEpochSecond(currentTime).atZone(clock.getZone());
      long r = DAY - t.toLocalTime().toSecondOfDay();
      result = currentTime + r;
      if (when.startsWith("W")) {
        int day = t.getDayOfWeek().getValue() - 1;
        if (day != dayOfWeek) {
          int daysToWait = day < dayOfWeek ? dayOfWeek - day : 6 - day + dayOfWeek + 1;
          result += daysToWait * DAY;
        }
      }
    }
    return result;
  }

  private List<Path> filesToDelete() throws IOException {
    Path base = Path.of(fileName).toAbsolutePath();
    Path dir = base.getParent();
    String baseName = base.getFileName().toString();
    int dot = baseName.lastIndexOf('.');
    String prefix = (dot > 0 ? baseName.substring(0, dot) : baseName) + ".";
    List<String> result = new ArrayList<>();
    try (var names = Files.list(dir)) {
      for (Path p : (Iterable<Path>) names::iterator) {
        String name = p.getFileName().toString();
        if (!name.startsWith(baseName) || !name.startsWith(prefix)) {
          continue;
        }
        for (String part : name.substring(prefix.length()).split("\\.", -1)) {
          if (extMatch.matcher(part).matches()) {
            result.add(name);
            break;
          }
        }
      }
    }
    if (result.size() < backupCount) {
      return List.of();
    }
    result.sort(null);
    return result.subList(0, result.size() - backupCount).stream().map(dir::resolve).toList();
  }

  private long now() {
    return Math.floorDiv(clock.millis(), 1000);
  }
}
