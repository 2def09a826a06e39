package org.autoinvoice.domain.usage;

/** Side of the switch a usage row is billed on: INGRESS = client traffic, EGRESS = vendor. */
public enum Direction {
  INGRESS,
  EGRESS
}
