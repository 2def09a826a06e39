package org.autoinvoice.domain.surcharge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.autoinvoice.domain.money.Money;
import org.autoinvoice.domain.usage.ShortCallBuckets;
import org.autoinvoice.domain.usage.UsageTotals;

/**
 * The short-duration call surcharge (rule N4, domain §4.4). Applies to the ingress (client) side
 * only; the caller decides that.
 *
 * <ul>
 *   <li>answered = Σ answered calls; short = the buckets up to the threshold: 6 → up to 6 s; 12 → +
 *       up to 12 s; 18 → + up to 18 s; 24 → + up to 24 s; 30 → + up to 30 s.
 *   <li>A threshold that is not 6/12/18/24/30 is rounded down to the largest bucket not above it
 *       (15 → 12, 45 → 30); a threshold under 6 (0 or negative included) switches the surcharge
 *       off: no short calls are counted and the cost is 0. The outcome reports the bucket used.
 *   <li>percentage = short ÷ answered × 100 (0 without answered calls).
 *   <li>Only if allowed percent &gt; 0, charge &gt; 0 and percentage &gt; allowed percent
 *       (strictly; compared exactly, as short × 100 &gt; percent × answered): type 0 → short ×
 *       charge; type 1 → (short − ceil(answered × percent ÷ 100)) × charge. Otherwise the cost is
 *       0.
 * </ul>
 */
public final class ShortCallSurchargePolicy {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ShortCallSurchargePolicy() {}

  /** The bucket size (6, 12, 18, 24 or 30) a threshold counts up to, or 0 when it is off. */
  public static int effectiveThreshold(int thresholdSeconds) {
    if (thresholdSeconds < 6) {
      return 0;
    }
    return Math.min(30, thresholdSeconds / 6 * 6);
  }

  /** Short calls: the buckets up to the effective threshold. */
  public static long shortCalls(ShortCallBuckets b, int thresholdSeconds) {
    int t = effectiveThreshold(thresholdSeconds);
    long n = 0;
    if (t >= 6) {
      n += b.upTo6();
    }
    if (t >= 12) {
      n += b.upTo12();
    }
    if (t >= 18) {
      n += b.upTo18();
    }
    if (t >= 24) {
      n += b.upTo24();
    }
    if (t >= 30) {
      n += b.upTo30();
    }
    return n;
  }

  /** The surcharge of one client invoice from its ingress totals. */
  public static ShortCallSurcharge apply(ShortCallSettings settings, UsageTotals ingress) {
    return apply(settings, ingress.answeredCalls(), ingress.shortCalls());
  }

  /** The surcharge for {@code answered} calls with short-call {@code buckets}. */
  public static ShortCallSurcharge apply(
      ShortCallSettings settings, long answered, ShortCallBuckets buckets) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(buckets, "buckets");
    int threshold = effectiveThreshold(settings.thresholdSeconds());
    long shortCalls = shortCalls(buckets, threshold);
    BigDecimal percent =
        answered == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(shortCalls)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(answered), 10, RoundingMode.HALF_UP);
    BigDecimal allowed = settings.allowedPercent();
    BigDecimal charge = settings.chargePerCall();
    boolean over =
        BigDecimal.valueOf(shortCalls)
                .multiply(HUNDRED)
                .compareTo(allowed.multiply(BigDecimal.valueOf(answered)))
            > 0;
    Money cost = Money.ZERO;
    if (allowed.signum() > 0 && charge.signum() > 0 && answered > 0 && over) {
      long charged =
          settings.type() == 0
              ? shortCalls
              : shortCalls
                  - BigDecimal.valueOf(answered)
                      .multiply(allowed)
                      .divide(HUNDRED)
                      .setScale(0, RoundingMode.CEILING)
                      .longValueExact();
      cost = new Money(charge.multiply(BigDecimal.valueOf(charged)));
    }
    return new ShortCallSurcharge(answered, shortCalls, threshold, percent, settings.type(), cost);
  }
}
