package org.autoinvoice.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected times and suffixes were produced with CPython 3.11's TimedRotatingFileHandler (utc=True)
 * under the same start time.
 */
class TimedRotationPolicyTest {

  @TempDir Path dir;

  private TimedRotationPolicy<ILoggingEvent> policy(
      String when, int interval, int backups, MutableClock clock) {
    return new TimedRotationPolicy<>(when, interval, backups, clock);
  }

  @ParameterizedTest(name = "{0}: rolls at {2}, archive suffix {3}")
  @CsvSource({
    "S,        2024-03-06T10:00:00Z, 2024-03-06T10:00:01Z, 2024-03-06_10-00-00",
    "M,        2024-03-06T10:00:00Z, 2024-03-06T10:01:00Z, 2024-03-06_10-00",
    "H,        2024-03-06T10:00:00Z, 2024-03-06T11:00:00Z, 2024-03-06_10",
    "D,        2024-03-06T10:00:00Z, 2024-03-07T10:00:00Z, 2024-03-06",
    "midnight, 2024-03-06T10:00:00Z, 2024-03-07T00:00:00Z, 2024-03-06",
    "MIDNIGHT, 2024-03-06T10:00:00Z, 2024-03-07T00:00:00Z, 2024-03-06",
    "W0,       2024-03-06T10:00:00Z, 2024-03-12T00:00:00Z, 2024-03-05",
    "W1,       2024-03-06T10:00:00Z, 2024-03-13T00:00:00Z, 2024-03-06",
    "W2,       2024-03-06T10:00:00Z, 2024-03-07T00:00:00Z, 2024-02-29",
    "w3,       2024-03-06T10:00:00Z, 2024-03-08T00:00:00Z, 2024-03-01",
    "W4,       2024-03-06T10:00:00Z, 2024-03-09T00:00:00Z, 2024-03-02",
    "W5,       2024-03-06T10:00:00Z, 2024-03-10T00:00:00Z, 2024-03-03",
    "W6,       2024-03-06T10:00:00Z, 2024-03-11T00:00:00Z, 2024-03-04",
    "s,        2024-03-06T10:00:00Z, 2024-03-06T10:00:01Z, 2024-03-06_10-00-00",
    "h,        2024-03-06T10:00:00Z, 2024-03-06T11:00:00Z, 2024-03-06_10",
  })
  void rollsOverExactlyWhenPythonDoes(String when, String start, String rollAt, String suffix)
      throws Exception {
    MutableClock clock = new MutableClock(start);
    try (RollingLog log = new RollingLog(dir.resolve("app.log"), policy(when, 1, 0, clock))) {
      log.write("before");
      clock.set(rollAt);
      clock.advance(Duration.ofSeconds(-1));
      log.write("still before");
      assertThat(log.archives()).isEmpty();

      clock.set(rollAt);
      log.write("after");

      assertThat(log.archives()).containsExactly(suffix);
      assertThat(log.read(suffix)).isEqualTo("before\nstill before\n");
      assertThat(log.read("")).isEqualTo("after\n");
    }
  }

  @Test
  void intervalMultipliesTheUnitAndTheNextPeriodStartsAtTheRollover() throws Exception {
    MutableClock clock = new MutableClock("2024-03-04T10:15:00Z");
    TimedRotationPolicy<ILoggingEvent> policy = policy("H", 3, 0, clock);
    try (RollingLog log = new RollingLog(dir.resolve("app.log"), policy)) {
      assertThat(policy.rolloverAt()).isEqualTo(epoch("2024-03-04T13:15:00Z"));
      log.write("a");
      clock.set("2024-03-04T14:00:00Z");
      log.write("b");

      assertThat(log.archives()).containsExactly("2024-03-04_10");
      assertThat(policy.rolloverAt()).isEqualTo(epoch("2024-03-04T17:00:00Z"));

      clock.set("2024-03-04T17:00:00Z");
      log.write("c");
      assertThat(log.archives()).containsExactly("2024-03-04_10", "2024-03-04_14");
      assertThat(log.read("2024-03-04_14")).isEqualTo("b\n");
    }
  }

  @Test
  void midnightWithIntervalTwoNamesTheArchiveTwoDaysBackAsPythonDoes() throws Exception {
    MutableClock clock = new MutableClock("2024-03-06T10:00:00Z");
    try (RollingLog log = new RollingLog(dir.resolve("app.log"), policy("midnight", 2, 0, clock))) {
      log.write("a");
      clock.set("2024-03-07T00:00:00Z");
      log.write("b");
      assertThat(log.archives()).containsExactly("2024-03-05");
    }
  }

  @Test
  void keepsOnlyTheNewestBackupCountArchivesAndLeavesOtherFilesAlone() throws Exception {
    Files.writeString(dir.resolve("app.log.keep"), "x");
    Files.writeString(dir.resolve("other.log.2020-01-01_00-00-00"), "x");
    MutableClock clock = new MutableClock("2024-03-06T10:00:00Z");
    try (RollingLog log = new RollingLog(dir.resolve("app.log"), policy("S", 1, 2, clock))) {
      for (int i = 0; i < 5; i++) {
        log.write("line " + i);
        clock.advance(Duration.ofSeconds(1));
      }
      log.write("last");

      assertThat(log.archives())
          .containsExactly("2024-03-06_10-00-03", "2024-03-06_10-00-04", "keep");
      assertThat(log.read("2024-03-06_10-00-04")).isEqualTo("line 4\n");
      assertThat(dir.resolve("other.log.2020-01-01_00-00-00")).exists();
    }
  }

  @Test
  void backupCountZeroKeepsEveryArchive() throws Exception {
    MutableClock clock = new MutableClock("2024-03-06T10:00:00Z");
    try (RollingLog log = new RollingLog(dir.resolve("app.log"), policy("M", 1, 0, clock))) {
      for (int i = 0; i < 4; i++) {
        log.write("line " + i);
        clock.advance(Duration.ofMinutes(1));
      }
      log.write("last");
      assertThat(log.archives()).hasSize(4);
    }
  }

  @Test
  void firstRolloverIsComputedFromTheExistingFilesModificationTime() throws Exception {
    Path file = dir.resolve("app.log");
    Files.writeString(file, "old\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-03-06T08:30:00Z")));
    MutableClock clock = new MutableClock("2024-03-06T09:30:00Z");
    try (RollingLog log = new RollingLog(file, policy("H", 1, 0, clock))) {
      log.write("new");
      assertThat(log.archives()).containsExactly("2024-03-06_08");
      assertThat(log.read("2024-03-06_08")).isEqualTo("old\n");
      assertThat(log.read("")).isEqualTo("new\n");
    }
  }

  @Test
  void rejectsUnknownWhen() {
    MutableClock clock = new MutableClock("2024-03-06T10:00:00Z");
    assertThatThrownBy(() -> policy("W7", 1, 0, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("W7");
    assertThatThrownBy(() -> policy("X", 1, 0, clock)).isInstanceOf(IllegalArgumentException.class);
  }

  private static long epoch(String iso) {
    return Instant.parse(iso).getEpochSecond();
  }
}
