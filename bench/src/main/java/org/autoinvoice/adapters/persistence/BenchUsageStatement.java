package org.autoinvoice.adapters.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.usage.Direction;
import org.jdbi.v3.core.Jdbi;

/**
 * Benchmark access to the exact usage statement {@link JdbiUsageQuery} runs (its package-private
 * {@code statement(...)}), so the raw SQL can be timed without the adapter around it.
 */
public record BenchUsageStatement(String sql, Map<String, Object> parameters, List<String> tables) {

  /** The statement of one side of one client's period, or empty when no daily table exists. */
  public static Optional<BenchUsageStatement> of(
      Jdbi jdbi, ClientId client, Direction direction, InvoicePeriod period, boolean actualRate) {
    JdbiUsageQuery query = new JdbiUsageQuery(jdbi);
    return jdbi.withHandle(
        h ->
            query
                .statement(h, client, direction, period, actualRate)
                .map(s -> new BenchUsageStatement(s.sql(), s.parameters(), s.tables())));
  }
}
