package org.autoinvoice.domain.usage;

/**
 * Answered calls by talk-time bucket as DNL counts them: 1–6 s ({@code not_zero_calls_6}), 6–12 s
 * ({@code call_12s}), 12–18 s, 18–24 s, 24–30 s ({@code not_zero_calls_30}).
 */
public record ShortCallBuckets(long upTo6, long upTo12, long upTo18, long upTo24, long upTo30) {
  public static final ShortCallBuckets NONE = new ShortCallBuckets(0, 0, 0, 0, 0);

  public ShortCallBuckets plus(ShortCallBuckets o) {
    return new ShortCallBuckets(
        upTo6 + o.upTo6,
        upTo12 + o.upTo12,
        upTo18 + o.upTo18,
        upTo24 + o.upTo24,
        upTo30 + o.upTo30);
  }
}
