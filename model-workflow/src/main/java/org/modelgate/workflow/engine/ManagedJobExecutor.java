package org.modelgate.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Camunda's job executor on container-managed threads: acquisition on a thread from the container's
 * {@link ManagedThreadFactory}, execution on its {@link ManagedExecutorService}. Jobs thus run with
 * the application's class loader, naming context and CDI, and the container sees and stops these
 * threads.
 */
final class ManagedJobExecutor extends JobExecutor {

  private final ManagedExecutorService executor;
  private final ManagedThreadFactory threadFactory;

  ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threadFactory) {
    this.executor = executor;
    this.threadFactory = threadFactory;
  }

  @Override
  protected void startExecutingJobs() {
    jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
    jobAcquisitionThread.setName("modelgate-job-acquisition");
    jobAcquisitionThread.start();
  }

  @Override
  protected void stopExecutingJobs() {
    acquireJobsRunnable.stop();
    stopJobAcquisitionThread();
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    try {
      executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
    } catch (RejectedExecutionException e) {
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }
}
