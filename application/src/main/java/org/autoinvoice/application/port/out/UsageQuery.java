package org.autoinvoice.application.port.out;

import java.util.List;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.usage.Direction;
import org.autoinvoice.domain.usage.UsageRecord;

/**
 * Out-port: a client's usage on one side of the switch in a period, aggregated at the grain of
 * {@link UsageRecord} (trunk, prefix, code, code name, country, local day in the period's zone,
 * rate effective date, and actual rate only when {@code byActualRate}).
 */
public interface UsageQuery {
  List<UsageRecord> usage(
      ClientId client, Direction direction, InvoicePeriod period, boolean byActualRate);
}
