package eu.oosatmp.notification;

import eu.oosatmp.security.UserGroup;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Alerts QA in Tasklist, where they work, with a task due at once. Used where e-mail cannot be relied on
 * because e-mail is what failed or may have failed.
 */
@Component
public class QaAlerts {

  private static final int MAX_NAME = 255;
  private static final int MAX_DESCRIPTION = 4000;

  private final ObjectProvider<TaskService> tasks;

  public QaAlerts(ObjectProvider<TaskService> tasks) {
    this.tasks = tasks;
  }

  public void raise(String name, String description) {
    TaskService taskService = tasks.getObject();
    Task alert = taskService.newTask();
    alert.setName(fitted(name, MAX_NAME));
    alert.setDescription(fitted(description, MAX_DESCRIPTION));
    alert.setDueDate(ClockUtil.getCurrentTime());
    alert.setPriority(Task.PRIORITY_MAXIMUM);
    taskService.saveTask(alert);
    taskService.addCandidateGroup(alert.getId(), UserGroup.QUALITY_ASSURANCE.id());
  }

  private static String fitted(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
