package org.autoinvoice.domain.usage;

/** A trunk and tech prefix as invoices print them: {@code alias(prefix)}. */
public record TrunkKey(Integer trunkId, String alias, String prefix) {

  /** {@code alias(prefix)}; just the alias when there is no prefix. */
  public String label() {
    String a = alias == null ? "" : alias;
    return prefix == null || prefix.isBlank() ? a : a + "(" + prefix + ")";
  }
}
