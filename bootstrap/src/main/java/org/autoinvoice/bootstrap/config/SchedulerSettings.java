package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code [scheduler]} section: whether automatic invoicing runs, clustered, on how many
 * threads.
 */
public record SchedulerSettings(
    @JsonProperty("enabled")
        @NotNull
        @Min(value = 0, message = "expected 0 or 1")
        @Max(value = 1, message = "expected 0 or 1")
        Integer enabledFlag,
    @JsonProperty("clustered")
        @NotNull
        @Min(value = 0, message = "expected 0 or 1")
        @Max(value = 1, message = "expected 0 or 1")
        Integer clusteredFlag,
    @JsonProperty("workers") @NotNull @Min(value = 1, message = "expected a whole number >= 1")
        Integer workers) {

  /** True when the automatic-invoicing scheduler runs ({@code enabled = 1}). */
  public boolean enabled() {
    return enabledFlag != null && enabledFlag == 1;
  }

  /**
   * True when Quartz uses the JDBC job store shared by several instances ({@code clustered = 1}).
   */
  public boolean clustered() {
    return clusteredFlag != null && clusteredFlag == 1;
  }
}
