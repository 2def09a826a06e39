package org.autoinvoice.bench;

/**
 * One measured phase: its time in seconds (a median or a total), peak heap and peak RSS of the
 * process that did the work (-1 when unknown), and a note (counts, sizes).
 */
public record Phase(String name, double seconds, long peakHeap, long peakRss, String note) {}
