package org.autoinvoice.domain.usage;

/** A trunk and tech prefix as invoices print them: {@code alias(prefix)}. */
public record TrunkKey(Integer trunkId, String alias, String prefix) {}
