package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The {@code [other]} section: where the switch logo comes from and where it is kept. */
public record OtherSettings(
    @JsonProperty("logo_file_get")
        @NotBlank(message = "expected an http(s) URL")
        @Pattern(regexp = "(?i)https?://\\S+", message = "expected an http(s) URL")
        String logoFileGet,
    @JsonProperty("logo_file") @NotBlank(message = "expected a file path") String logoFile,
    @JsonProperty("blank_logo") @NotBlank(message = "expected a file path") String blankLogo) {}
