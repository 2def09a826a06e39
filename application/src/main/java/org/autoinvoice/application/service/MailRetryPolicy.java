package org.autoinvoice.application.service;

import java.time.Duration;
import java.util.Optional;

/**
 * How often a transiently failed invoice e-mail is tried again: at most {@code maxAttempts}
 * attempts in all; after attempt {@code n} the next waits {@code initialDelay × 2^(n−1)}, capped at
 * {@code maxDelay}. After the last attempt the failure is final.
 */
public record MailRetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {
  /** 6 attempts: after 30 s, 1, 2, 4 and 8 minutes (about a quarter of an hour in all). */
  public static final MailRetryPolicy DEFAULT =
      new MailRetryPolicy(6, Duration.ofSeconds(30), Duration.ofMinutes(30));

  public MailRetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
    }
    if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
      throw new IllegalArgumentException("initialDelay must be positive, got " + initialDelay);
    }
    if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must be >= initialDelay, got " + maxDelay);
    }
  }

  /** The wait before the next attempt after {@code attemptsMade} attempts, or empty when done. */
  public Optional<Duration> delayAfter(int attemptsMade) {
    if (attemptsMade < 1) {
      throw new IllegalArgumentException("attemptsMade must be >= 1, got " + attemptsMade);
    }
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    Duration delay = initialDelay;
    for (int i = 1; i < attemptsMade && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
  }
}
