package org.autoinvoice.domain.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;

/**
 * When a client's auto invoices are due (rule A3), as a pure function of its settings, its last
 * auto-invoiced period end and the current instant.
 *
 * <p>The period that ends at boundary B (see {@link BillingCycle}) is due once the local time in
 * {@code zone} reaches B 00:00 + {@code hour} hours — at exactly that instant, not a second before.
 *
 * <ul>
 *   <li><b>First run</b> (no previous auto invoice): only the most recent due period, [the boundary
 *       before B 00:00, B 00:00 − 1 s], cut to start at {@code startFrom} 00:00 when {@code
 *       startFrom} is later; nothing when B is on or before {@code startFrom}.
 *   <li><b>Later runs</b>: each period starts one second after the previous auto invoice ended and
 *       ends at the first boundary after that start, so periods neither overlap nor leave gaps;
 *       after downtime every missed period is returned, oldest first. Periods that would end on or
 *       before {@code startFrom} are skipped and a period never starts before {@code startFrom}
 *       00:00 (only matters if {@code invoice_start_from} was moved forward later).
 * </ul>
 *
 * <p>{@code startFrom} ({@code invoice_start_from}) may be null: no lower bound.
 */
public record AutoInvoiceSchedule(
    BillingCycle cycle, ZoneSpec zone, int hour, LocalDate startFrom, int graceDays) {

  public AutoInvoiceSchedule {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(zone, "zone");
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("client.auto_invoice_hour must be 0..23, got " + hour);
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException("payment_term.grace_days must be >= 0, got " + graceDays);
    }
  }

  /** The schedule of a client with payment term {@code term} (type 1 counts from startFrom). */
  public static AutoInvoiceSchedule of(
      PaymentTerm term, ZoneSpec zone, int hour, LocalDate startFrom) {
    return new AutoInvoiceSchedule(
        BillingCycles.of(term, startFrom), zone, hour, startFrom, term.graceDays());
  }

  /** The instant from which the period ending at boundary {@code boundary} is due. */
  public Instant dueAt(LocalDate boundary) {
    return boundary.atTime(hour, 0).atZone(zone.zoneId()).toInstant();
  }

  /** The latest boundary whose period is due at {@code now}. */
  public LocalDate latestDueBoundary(Instant now) {
    LocalDate b = cycle.previousBoundary(LocalDate.ofInstant(now, zone.zoneId()));
    while (now.isBefore(dueAt(b))) {
      b = cycle.previousBoundary(b.minusDays(1));
    }
    return b;
  }

  /**
   * The auto invoices due at {@code now}, oldest first. {@code lastPeriodEnd} is the inclusive end
   * of the client's previous auto invoice, empty before the first one.
   */
  public List<DuePeriod> duePeriods(Optional<Instant> lastPeriodEnd, Instant now) {
    Objects.requireNonNull(lastPeriodEnd, "lastPeriodEnd");
    Objects.requireNonNull(now, "now");
    LocalDate latest = latestDueBoundary(now);
    LocalDateTime floor = startFrom == null ? LocalDateTime.MIN : startFrom.atStartOfDay();
    List<DuePeriod> due = new ArrayList<>();
    if (lastPeriodEnd.isEmpty()) {
      LocalDateTime start = cycle.previousBoundary(latest.minusDays(1)).atStartOfDay();
      addIfAfterFloor(due, max(start, floor), latest);
      return List.copyOf(due);
    }
    LocalDateTime start =
        LocalDateTime.ofInstant(lastPeriodEnd.get().plusSeconds(1), zone.zoneId());
    for (LocalDate b = cycle.nextBoundary(start.toLocalDate());
        !b.isAfter(latest);
        b = cycle.nextBoundary(b)) {
      addIfAfterFloor(due, max(start, floor), b);
      start = b.atStartOfDay();
    }
    return List.copyOf(due);
  }

  private void addIfAfterFloor(List<DuePeriod> due, LocalDateTime start, LocalDate boundary) {
    LocalDateTime end = boundary.atStartOfDay().minusSeconds(1);
    if (end.isBefore(start)) {
      return;
    }
    due.add(
        new DuePeriod(new InvoicePeriod(start, end, zone), boundary, boundary.plusDays(graceDays)));
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}
