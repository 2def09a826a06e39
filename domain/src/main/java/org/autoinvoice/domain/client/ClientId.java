package org.autoinvoice.domain.client;

/** Identity of a DNL carrier (a row of {@code client}); clients and vendors are both carriers. */
public record ClientId(int value) implements Comparable<ClientId> {
  public ClientId {
    if (value <= 0) {
      throw new IllegalArgumentException("client_id must be a positive integer, got " + value);
    }
  }

  @Override
  public int compareTo(ClientId other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
