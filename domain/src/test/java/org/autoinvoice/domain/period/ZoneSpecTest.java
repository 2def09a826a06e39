package org.autoinvoice.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneSpecTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource({
    "+05:00, +05:00",
    "+0500, +05:00",
    "+05, +05:00",
    "+5, +05:00",
    "-05:00, -05:00",
    "-0500, -05:00",
    "-05, -05:00",
    "-5, -05:00",
    "+05:30, +05:30",
    "+0545, +05:45",
    "-09:30, -09:30",
    "+00:00, Z",
    "-00, Z",
    "+14:00, +14:00",
    "-12, -12:00",
    "' +08:00 ', +08:00",
  })
  void parsesOffsets(String text, String offsetId) {
    assertThat(ZoneSpec.parse(text).zoneId()).isEqualTo(ZoneOffset.of(offsetId));
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/New_York", "Asia/Shanghai", "UTC", "Europe/London", "GMT"})
  void parsesIanaIds(String text) {
    assertThat(ZoneSpec.parse(text).zoneId()).isEqualTo(ZoneId.of(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "garbage",
        "+25",
        "+05:60",
        "+123",
        "05:00",
        "+5:30",
        "++05",
        "Mars/Olympus_Mons",
        "+05:00:00",
        "1234",
        "+",
      })
  void rejectsGarbageWithOneLineMessage(String text) {
    assertThatThrownBy(() -> ZoneSpec.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "' is not valid")
        .hasMessageContaining("+05:00")
        .hasMessageContaining("America/New_York")
        .hasMessageNotContaining("\n");
  }

  @Test
  void longOrMultiLineGarbageIsShortenedToOneLine() {
    assertThatThrownBy(() -> ZoneSpec.parse("Europe/\nParis" + "x".repeat(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Europe/?Paris")
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining("x".repeat(50));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void rejectsEmpty(String text) {
    assertThatThrownBy(() -> ZoneSpec.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("zone is empty");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void emptyClientZoneMeansUtc(String text) {
    assertThat(ZoneSpec.parseOrUtc(text)).isEqualTo(ZoneSpec.UTC);
  }

  @Test
  void clientZoneWhenSet() {
    assertThat(ZoneSpec.parseOrUtc("+0800").zoneId()).isEqualTo(ZoneOffset.ofHours(8));
  }

  @ParameterizedTest(name = "{0} at {1} -> {2}")
  @CsvSource({
    "+0500, 2024-01-15T00:00:00Z, +05:00",
    "-5, 2024-07-01T00:00:00Z, -05:00",
    "UTC, 2024-07-01T00:00:00Z, +00:00",
    "+00:00, 2024-07-01T00:00:00Z, +00:00",
    "America/New_York, 2024-01-15T12:00:00Z, -05:00",
    "America/New_York, 2024-07-15T12:00:00Z, -04:00",
    "America/New_York, 2024-03-10T06:59:59Z, -05:00",
    "America/New_York, 2024-03-10T07:00:00Z, -04:00",
    "Asia/Shanghai, 2024-07-15T12:00:00Z, +08:00",
    "Asia/Kolkata, 2024-07-15T12:00:00Z, +05:30",
    "-09:30, 2024-07-15T12:00:00Z, -09:30",
  })
  void storedFormIsSignedHoursColonMinutes(String zone, String at, String expected) {
    String stored = ZoneSpec.parse(zone).storedForm(Instant.parse(at));
    assertThat(stored).isEqualTo(expected).hasSizeLessThanOrEqualTo(10);
    assertThat(ZoneSpec.parse(stored).offsetAt(Instant.parse(at)).getTotalSeconds() / 60)
        .isEqualTo(ZoneSpec.parse(zone).offsetAt(Instant.parse(at)).getTotalSeconds() / 60);
  }

  @Test
  void storedFormDropsSecondsOfHistoricOffsets() {
    ZoneSpec monrovia = new ZoneSpec(ZoneOffset.ofHoursMinutesSeconds(0, -44, -30));
    assertThat(monrovia.storedForm(Instant.EPOCH)).isEqualTo("-00:44");
    assertThatThrownBy(() -> monrovia.storedForm(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void fixedOffsetOrNot() {
    assertThat(ZoneSpec.parse("+08").isFixedOffset()).isTrue();
    assertThat(ZoneSpec.parse("UTC").isFixedOffset()).isTrue();
    assertThat(ZoneSpec.parse("America/New_York").isFixedOffset()).isFalse();
  }

  @Test
  void rejectsNullZoneId() {
    assertThatThrownBy(() -> new ZoneSpec(null)).isInstanceOf(NullPointerException.class);
  }
}
