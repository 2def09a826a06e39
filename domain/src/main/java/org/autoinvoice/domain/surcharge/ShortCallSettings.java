package org.autoinvoice.domain.surcharge;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A client's short-call surcharge settings ({@code scc_bellow}, {@code scc_percent}, {@code
 * scc_charge}, {@code scc_type} 0 or 1); see {@link ShortCallSurchargePolicy} for the rule.
 */
public record ShortCallSettings(
    int thresholdSeconds, BigDecimal allowedPercent, BigDecimal chargePerCall, int type) {
  public static final ShortCallSettings NONE =
      new ShortCallSettings(0, BigDecimal.ZERO, BigDecimal.ZERO, 0);

  public ShortCallSettings {
    Objects.requireNonNull(allowedPercent, "allowedPercent");
    Objects.requireNonNull(chargePerCall, "chargePerCall");
    if (type != 0 && type != 1) {
      throw new IllegalArgumentException(
          "client.scc_type must be 0 (each short call) or 1 (calls over the percentage), got "
              + type);
    }
  }
}
