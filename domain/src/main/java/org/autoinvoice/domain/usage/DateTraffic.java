package org.autoinvoice.domain.usage;

import java.time.LocalDate;

/** A row of "Calls By Date": one local day. */
public record DateTraffic(LocalDate day, Traffic traffic) {}
