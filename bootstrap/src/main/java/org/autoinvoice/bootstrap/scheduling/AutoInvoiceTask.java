package org.autoinvoice.bootstrap.scheduling;

import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;

/**
 * Admin task {@code POST /tasks/auto-invoice} (rule A6, the UI's "Trigger Auto Invoice"): runs
 * auto-invoicing at once, optionally as of {@code date=yyyy-MM-dd} and for one {@code client_id},
 * and answers the one-line summary. Bad parameters are answered with 400 and one line by {@link
 * AutoInvoiceTaskParameterFilter} before the task runs.
 */
public final class AutoInvoiceTask extends Task {
  /** The task's name: its path under {@code /tasks/}. */
  public static final String NAME = "auto-invoice";

  private final AutoInvoiceRuns runs;

  public AutoInvoiceTask(AutoInvoiceRuns runs) {
    super(NAME, "text/plain;charset=UTF-8");
    this.runs = Objects.requireNonNull(runs, "runs");
  }

  @Override
  public void execute(Map<String, List<String>> parameters, PrintWriter output) {
    AutoInvoiceRunSummary summary = runs.run(AutoInvoiceTaskParameters.parse(parameters));
    output.println(summary.line());
    output.flush();
  }
}
