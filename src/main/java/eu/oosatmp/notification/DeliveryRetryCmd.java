package eu.oosatmp.notification;

import java.util.Date;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine retries failed jobs without an activity (such as deliveries) at once. A mail server that is
 * down needs time: each failed delivery waits longer before the next attempt, and when none are left the
 * engine's incident is raised and QA gets a task.
 */
class DeliveryRetryCmd extends DefaultJobRetryCmd {

  private final NotificationSettings settings;
  private final DeliveryAlerts alerts;

  DeliveryRetryCmd(String jobId, Throwable exception, NotificationSettings settings, DeliveryAlerts alerts) {
    super(jobId, exception);
    this.settings = settings;
    this.alerts = alerts;
  }

  @Override
  protected void executeStandardStrategy(CommandContext context) {
    JobEntity job = getJob();
    if (job == null || !DeliveryJobHandler.TYPE.equals(job.getJobHandlerType())) {
      super.executeStandardStrategy(context);
      return;
    }
    int attempt = settings.attempts() - job.getRetries() + 1;
    job.unlock();
    logException(job);
    decrementRetries(job);
    if (job.getRetries() > 0) {
      job.setDuedate(Date.from(ClockUtil.getCurrentTime().toInstant().plus(settings.waitAfterAttempt(attempt))));
    } else {
      alerts.raise(((DeliveryJobHandler.Target) job.getJobHandlerConfiguration()).notificationId(), job);
    }
    notifyAcquisition(context);
  }
}
