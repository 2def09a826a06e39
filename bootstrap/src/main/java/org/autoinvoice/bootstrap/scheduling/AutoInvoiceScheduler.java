package org.autoinvoice.bootstrap.scheduling;

import io.dropwizard.lifecycle.Managed;
import java.util.Objects;
import java.util.Properties;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.simpl.RAMJobStore;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.spi.JobFactory;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz under Dropwizard's lifecycle (rule A3): {@link AutoInvoiceJob} every hour on the hour
 * (UTC, {@value #HOURLY}; a missed firing fires once and proceeds) and once at start-up. In memory
 * for one instance; with {@code clustered} the JDBC job store in schema {@value
 * QuartzSchema#SCHEMA} on the service's pool, shared by every instance (one schedule, the job never
 * on two instances at once). {@link #stop()} waits for a running job.
 */
public final class AutoInvoiceScheduler implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(AutoInvoiceScheduler.class);

  /** Every hour on the hour. */
  public static final String HOURLY = "0 0 * * * ?";

  /** The Quartz scheduler name; clustered instances share it. */
  public static final String NAME = "autoinvoice";

  /** Prefix of the names of the scheduler's threads. */
  public static final String THREAD_PREFIX = "autoinvoice-quartz";

  static final JobKey JOB = JobKey.jobKey("auto-invoice", "autoinvoice");
  static final TriggerKey HOURLY_TRIGGER = TriggerKey.triggerKey("hourly", "autoinvoice");

  private final AutoInvoiceRuns runs;
  private final boolean clustered;
  private final DataSource dataSource;
  private static final Object REGISTRY = new Object();

  private final String dataSourceName = "autoinvoice-" + UUID.randomUUID();
  private Scheduler scheduler;

  /**
   * A scheduler for {@code runs}; {@code dataSource} (the service's pool) is used only when {@code
   * clustered}.
   */
  public AutoInvoiceScheduler(AutoInvoiceRuns runs, boolean clustered, DataSource dataSource) {
    this.runs = Objects.requireNonNull(runs, "runs");
    this.clustered = clustered;
    this.dataSource = dataSource;
    if (clustered) {
      Objects.requireNonNull(dataSource, "dataSource");
    }
  }

  @Override
  public void start() throws SchedulerException {
    if (clustered && QuartzSchema.ensure(dataSource)) {
      LOG.info("created the Quartz job-store tables in schema {}", QuartzSchema.SCHEMA);
    }
    StdSchedulerFactory factory = new StdSchedulerFactory(properties());
    if (clustered) {
      DBConnectionManager.getInstance()
          .addConnectionProvider(dataSourceName, new PooledConnectionProvider(dataSource));
    }
    Scheduler s;
    // Quartz keeps schedulers in a JVM-wide registry by name, and getScheduler() hands out a
    // registered one of the same name; clustered instances share the name. Create and unregister
    // in one step (this object holds the reference) so several can live in one JVM.
    synchronized (REGISTRY) {
      s = factory.getScheduler();
      SchedulerRepository.getInstance().remove(NAME);
    }
    s.setJobFactory(jobFactory());
    JobDetail job =
        JobBuilder.newJob(AutoInvoiceJob.class)
            .withIdentity(JOB)
            .withDescription("automatic invoicing (rules A1-A6)")
            .storeDurably()
            .build();
    s.addJob(job, true);
    Trigger hourly =
        TriggerBuilder.newTrigger()
            .withIdentity(HOURLY_TRIGGER)
            .forJob(JOB)
            .withSchedule(
                CronScheduleBuilder.cronSchedule(HOURLY)
                    .inTimeZone(TimeZone.getTimeZone("UTC"))
                    .withMisfireHandlingInstructionFireAndProceed())
            .build();
    if (!s.checkExists(HOURLY_TRIGGER)) {
      try {
        s.scheduleJob(hourly);
      } catch (ObjectAlreadyExistsException e) {
        LOG.debug("another instance scheduled the hourly trigger first");
      }
    }
    Trigger once =
        TriggerBuilder.newTrigger()
            .withIdentity(
                "start-up-" + s.getSchedulerInstanceId() + "-" + UUID.randomUUID(), "autoinvoice")
            .forJob(JOB)
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .startNow()
            .build();
    s.scheduleJob(once);
    s.start();
    scheduler = s;
    LOG.info(
        "auto-invoicing scheduled every hour on the hour (UTC) and now, {} job store",
        clustered ? "clustered JDBC (schema " + QuartzSchema.SCHEMA + ")" : "in-memory");
  }

  @Override
  public void stop() throws SchedulerException {
    if (scheduler != null) {
      scheduler.shutdown(true);
      scheduler = null;
    }
  }

  /** The running Quartz scheduler (tests); null when stopped. */
  Scheduler quartz() {
    return scheduler;
  }

  private JobFactory jobFactory() {
    return (bundle, s) -> {
      Class<?> type = bundle.getJobDetail().getJobClass();
      if (type != AutoInvoiceJob.class) {
        throw new SchedulerException("unknown job class " + type.getName());
      }
      return new AutoInvoiceJob(runs);
    };
  }

  private Properties properties() {
    Properties p = new Properties();
    p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, NAME);
    p.setProperty(StdSchedulerFactory.PROP_SCHED_THREAD_NAME, THREAD_PREFIX + "-scheduler");
    p.setProperty(StdSchedulerFactory.PROP_SCHED_MAKE_SCHEDULER_THREAD_DAEMON, "true");
    p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, SimpleThreadPool.class.getName());
    p.setProperty("org.quartz.threadPool.threadCount", "1");
    p.setProperty("org.quartz.threadPool.threadNamePrefix", THREAD_PREFIX + "-worker");
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    if (clustered) {
      // Quartz's AUTO id is host name + start millisecond: two instances started in the same
      // millisecond on one host would share it and the cluster would see one of them
      p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, uniqueInstanceId());
      p.setProperty(
          StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.impl.jdbcjobstore.JobStoreTX");
      p.setProperty(
          "org.quartz.jobStore.driverDelegateClass",
          "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
      p.setProperty("org.quartz.jobStore.tablePrefix", QuartzSchema.TABLE_PREFIX);
      p.setProperty("org.quartz.jobStore.isClustered", "true");
      p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "10000");
      p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
      p.setProperty("org.quartz.jobStore.useProperties", "true");
    } else {
      p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, RAMJobStore.class.getName());
    }
    return p;
  }

  private static String uniqueInstanceId() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "localhost";
    }
    return host + "-" + ProcessHandle.current().pid() + "-" + java.util.UUID.randomUUID();
  }
}
