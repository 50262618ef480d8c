package eu.oosatmp.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the authenticated user (Tasklist, REST), else its assignee. */
public final class TaskActor {

  public static final String UNKNOWN = "unknown";

  private TaskActor() {}

  public static String of(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : UNKNOWN;
  }
}
