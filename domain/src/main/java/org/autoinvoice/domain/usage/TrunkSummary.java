package org.autoinvoice.domain.usage;

/** One row of "Summary By Trunk". */
public record TrunkSummary(TrunkKey trunk, Traffic traffic) {}
