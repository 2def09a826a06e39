package org.autoinvoice.adapters.persistence.demo;

import java.time.LocalDate;

/** What {@link DemoDataLoader#load()} wrote: the traffic period and the row counts. */
public record DemoDataSummary(
    LocalDate firstTrafficDay,
    LocalDate lastTrafficDay,
    int clients,
    int trunks,
    int dailyTrafficTables,
    long trafficRows,
    int payments,
    int balanceRows) {}
