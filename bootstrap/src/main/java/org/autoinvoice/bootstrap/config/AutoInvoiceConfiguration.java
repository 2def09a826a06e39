package org.autoinvoice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.logging.common.LoggingFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Objects;
import org.autoinvoice.bootstrap.logging.LogbackSetup;

/**
 * The service's configuration, one property per config.ini section; the Dropwizard server and
 * logging factories are derived from {@code [http]} and {@code [log]}.
 */
public class AutoInvoiceConfiguration extends Configuration {

  @Valid @NotNull private PostgresSettings postgres;
  @Valid @NotNull private HttpSettings http;
  @Valid @NotNull private LogSettings log;
  @Valid @NotNull private InvoiceSettings invoice;
  @Valid @NotNull private OtherSettings other;
  @Valid @NotNull private SchedulerSettings scheduler;
  @Valid @NotNull private MailSettings mail;

  private Clock clock = Clock.systemUTC();
  private boolean loggingDerived;

  /** The {@code [postgres]} section. */
  @JsonProperty("postgres")
  public PostgresSettings getPostgres() {
    return postgres;
  }

  /** Sets the {@code [postgres]} section. */
  @JsonProperty("postgres")
  public void setPostgres(PostgresSettings postgres) {
    this.postgres = postgres;
  }

  /**
   * A pool for the {@code [postgres]} settings (see {@link PostgresSettings#toDataSourceFactory}).
   */
  public DataSourceFactory getDataSourceFactory() {
    return postgres.toDataSourceFactory();
  }

  /** The {@code [http]} section. */
  @JsonProperty("http")
  public HttpSettings getHttp() {
    return http;
  }

  /** Sets the {@code [http]} section and derives the Dropwizard server from it. */
  @JsonProperty("http")
  public void setHttp(HttpSettings http) {
    this.http = http;
    if (http != null) {
      setServerFactory(http.toServerFactory());
    }
  }

  /** The {@code [log]} section. */
  @JsonProperty("log")
  public LogSettings getLog() {
    return log;
  }

  /** Sets the {@code [log]} section. */
  @JsonProperty("log")
  public synchronized void setLog(LogSettings log) {
    this.log = log;
    this.loggingDerived = false;
  }

  /** The {@code [invoice]} section. */
  @JsonProperty("invoice")
  public InvoiceSettings getInvoice() {
    return invoice;
  }

  /** Sets the {@code [invoice]} section. */
  @JsonProperty("invoice")
  public void setInvoice(InvoiceSettings invoice) {
    this.invoice = invoice;
  }

  /** The {@code [other]} section. */
  @JsonProperty("other")
  public OtherSettings getOther() {
    return other;
  }

  /** Sets the {@code [other]} section. */
  @JsonProperty("other")
  public void setOther(OtherSettings other) {
    this.other = other;
  }

  /** The optional {@code [mail]} section. */
  @JsonProperty("mail")
  public MailSettings getMail() {
    return mail;
  }

  /** Sets the {@code [mail]} section. */
  @JsonProperty("mail")
  public void setMail(MailSettings mail) {
    this.mail = mail;
  }

  /** The {@code [scheduler]} section. */
  @JsonProperty("scheduler")
  public SchedulerSettings getScheduler() {
    return scheduler;
  }

  /** Sets the {@code [scheduler]} section. */
  @JsonProperty("scheduler")
  public void setScheduler(SchedulerSettings scheduler) {
    this.scheduler = scheduler;
  }

  /** The clock that drives time-based behaviour such as log rotation. */
  public Clock clock() {
    return clock;
  }

  /** Sets the clock used by time-based behaviour; call before logging is configured. */
  public synchronized void useClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.loggingDerived = false;
  }

  /** The logging set up from {@code [log]}: console plus the Python-style rotating file. */
  @Override
  public synchronized LoggingFactory getLoggingFactory() {
    if (!loggingDerived && log != null) {
      super.setLoggingFactory(LogbackSetup.loggingFactory(log, clock));
      loggingDerived = true;
    }
    return super.getLoggingFactory();
  }
}
