package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The {@code [log]} section: the log file and how it rotates, as the Python handlers did. */
public record LogSettings(
    @JsonProperty("file") @NotBlank(message = "expected a file path such as logs/autoinvoice.log")
        String file,
    @JsonProperty("by_time")
        @NotNull(message = "expected a whole number (1 = by time, else by size)")
        Integer byTime,
    @JsonProperty("when")
        @NotNull(message = WHEN_FORM)
        @Pattern(regexp = "(?i)S|M|H|D|W[0-6]|MIDNIGHT", message = WHEN_FORM)
        String when,
    @JsonProperty("interval") @NotNull @Min(value = 1, message = "expected a whole number >= 1")
        Integer interval,
    @JsonProperty("backup_count") @NotNull @Min(value = 0, message = "expected a whole number >= 0")
        Integer backupCount,
    @JsonProperty("max_bytes") @NotNull @Min(value = 0, message = "expected a whole number >= 0")
        Long maxBytes,
    @JsonProperty("debug_level")
        @NotNull
        @Min(value = 0, message = "expected 0 or 1")
        @Max(value = 1, message = "expected 0 or 1")
        Integer debugLevel) {

  /** The expected form of {@code when}, as shown in error messages. */
  public static final String WHEN_FORM = "expected one of S, M, H, D, W0-W6, midnight";

  /** True when the file rotates by time ({@code by_time = 1}), false when by size. */
  public boolean rotatesByTime() {
    return byTime != null && byTime == 1;
  }

  /** True when DEBUG lines are written ({@code debug_level = 1}). */
  public boolean debug() {
    return debugLevel != null && debugLevel == 1;
  }
}
