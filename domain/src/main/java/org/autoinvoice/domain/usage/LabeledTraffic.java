package org.autoinvoice.domain.usage;

/** A row of the traffic analyses: by code (top 10), by code name, by country. */
public record LabeledTraffic(String label, Traffic traffic) {}
