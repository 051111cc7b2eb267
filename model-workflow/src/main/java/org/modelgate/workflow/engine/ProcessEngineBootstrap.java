package org.modelgate.workflow.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.modelgate.workflow.persistence.SchemaMigration;

/**
 * Builds and owns the application's process engine. It runs on the container's DataSource and joins
 * the container's JTA transactions, so a service that completes a task and writes the application's
 * records commits both or neither. Never exposed over HTTP.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
// The engine creates its schema in transactions of its own; nothing to join here.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineBootstrap {

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Resource(lookup = "java:appserver/TransactionManager")
  private TransactionManager transactionManager;

  @Resource private ManagedExecutorService executor;
  @Resource private ManagedThreadFactory threadFactory;

  @Inject BeanManager beanManager;
  @Inject ProcessDeployer deployer;

  private ProcessEngine engine;

  @PostConstruct
  void start() {
    JakartaTransactionProcessEngineConfiguration config =
        new JakartaTransactionProcessEngineConfiguration();
    config.setProcessEngineName("modelgate");
    config.setDataSource(dataSource);
    config.setTransactionManager(transactionManager);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setExpressionManager(new CdiExpressionManager(beanManager));

    // Gate decisions are legal records: keep every task, variable change and decision in history.
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    // Several nodes share one database; UUIDs need no id-block table that nodes contend for.
    config.setIdGenerator(new StrongUuidGenerator());
    // Stored queries and filters must never evaluate text as an expression.
    config.setEnableExpressionsInStoredQueries(false);
    // No unbounded list(): a query that would return more rows than this fails instead.
    config.setQueryMaxResultsLimit(10_000);
    // Case files are kept ten years; the engine refuses definitions without a time-to-live.
    config.setHistoryTimeToLive("P3650D");
    // No case models and no tasks outside a model's process: less schema, less to secure.
    config.setCmmnEnabled(false);
    config.setStandaloneTasksEnabled(false);
    // The database metrics reporter writes every 15 minutes for a dashboard we do not ship.
    config.setDbMetricsReporterActivate(false);

    ManagedJobExecutor jobExecutor = new ManagedJobExecutor(executor, threadFactory);
    // Due timers (pilot end, SLA escalations) first, oldest first, so that they are never starved.
    config.setJobExecutorPreferTimerJobs(true);
    config.setJobExecutorAcquireByDueDate(true);
    // The default 60 s back-off between empty acquisitions would delay short timers.
    jobExecutor.setMaxWait(10_000);
    config.setJobExecutor(jobExecutor);
    config.setJobExecutorActivate(true);

    engine = config.buildProcessEngine();
    deployer.deploy(engine.getRepositoryService());
    LOG.info("Process engine 'modelgate' started");
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  @Produces
  public ProcessEngine processEngine() {
    return engine;
  }

  @Produces
  public RuntimeService runtimeService() {
    return engine.getRuntimeService();
  }

  @Produces
  public TaskService taskService() {
    return engine.getTaskService();
  }

  @Produces
  public RepositoryService repositoryService() {
    return engine.getRepositoryService();
  }

  @Produces
  public HistoryService historyService() {
    return engine.getHistoryService();
  }

  @Produces
  public ManagementService managementService() {
    return engine.getManagementService();
  }
}
