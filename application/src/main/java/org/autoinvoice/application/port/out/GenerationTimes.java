package org.autoinvoice.application.port.out;

import java.time.Instant;

/** Phase timestamps of one invoice (rule D10): start, statistics done, end. */
public record GenerationTimes(Instant start, Instant stats, Instant end) {}
