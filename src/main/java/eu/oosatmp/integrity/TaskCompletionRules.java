package eu.oosatmp.integrity;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A process's own rules for completing its tasks, checked by the {@link CommandGuard} once the values
 * match the task's form and before the engine changes anything. Checking here rather than in a task
 * listener keeps a refusal a plain refusal: the engine wraps whatever a listener throws.
 */
public interface TaskCompletionRules {

  /** Refuses with a {@link RuleViolation} when the submitted values break a rule of the task's case. */
  void check(DelegateTask task, Map<String, Object> submitted);
}
