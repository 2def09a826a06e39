package org.autoinvoice.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeRotationPolicyTest {

  @TempDir Path dir;

  @Test
  void rollsBeforeTheFileWouldReachMaxBytesAndShiftsArchivesUp() throws Exception {
    // each line "eventN...\n" is 10 bytes; 10 + 10 >= 20 rolls over before the second line
    try (RollingLog log = new RollingLog(dir.resolve("app.log"), new SizeRotationPolicy<>(20, 2))) {
      log.write("event1...");
      assertThat(log.archives()).isEmpty();
      log.write("event2...");
      assertThat(log.archives()).containsExactly("1");
      log.write("event3...");
      log.write("event4...");

      assertThat(log.archives()).containsExactly("1", "2");
      assertThat(log.read("")).isEqualTo("event4...\n");
      assertThat(log.read("1")).isEqualTo("event3...\n");
      assertThat(log.read("2")).isEqualTo("event2...\n");
    }
  }

  @Test
  void writesSeveralLinesWhileTheyFitBelowMaxBytes() throws Exception {
    try (RollingLog log = new RollingLog(dir.resolve("app.log"), new SizeRotationPolicy<>(31, 3))) {
      log.write("event1...");
      log.write("event2...");
      log.write("event3...");
      assertThat(log.archives()).isEmpty();
      log.write("event4...");
      assertThat(log.archives()).containsExactly("1");
      assertThat(log.read("1")).isEqualTo("event1...\nevent2...\nevent3...\n");
    }
  }

  @Test
  void backupCountZeroNeverRollsOverAsInPython() throws Exception {
    try (RollingLog log = new RollingLog(dir.resolve("app.log"), new SizeRotationPolicy<>(20, 0))) {
      for (int i = 0; i < 5; i++) {
        log.write("event" + i + "...");
      }
      assertThat(log.archives()).isEmpty();
      assertThat(log.read("")).hasSize(50);
    }
  }

  @Test
  void maxBytesZeroNeverRollsOver() throws Exception {
    try (RollingLog log = new RollingLog(dir.resolve("app.log"), new SizeRotationPolicy<>(0, 3))) {
      for (int i = 0; i < 5; i++) {
        log.write("event" + i + "...");
      }
      assertThat(log.archives()).isEmpty();
    }
  }
}
