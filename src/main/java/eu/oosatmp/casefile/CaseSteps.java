package eu.oosatmp.casefile;

import eu.oosatmp.integrity.TaskCompletionRules;
import eu.oosatmp.security.TaskActor;
import java.time.Clock;
import eu.oosatmp.integrity.RuleViolation;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.springframework.stereotype.Service;

/**
 * The user steps of an OOS case: each is checked against the case's records before the engine accepts
 * it, and recorded, with who, when and which version of the form, when it completes. The case is the
 * process instance's business key, which no task completion can change.
 */
@Service
public class CaseSteps implements TaskCompletionRules {

  private final CaseRecords records;
  private final CaseFile caseFile;
  private final DeployedForms forms;
  private final Clock clock;

  public CaseSteps(CaseRecords records, CaseFile caseFile, DeployedForms forms, Clock clock) {
    this.records = records;
    this.caseFile = caseFile;
    this.forms = forms;
    this.clock = clock;
  }

  @Override
  public void check(DelegateTask task, Map<String, Object> submitted) {
    stepOf(task).ifPresent(step -> {
      StepContext context = context(task);
      checkPerformer(task, context);
      step.details(values(step, field -> submitted.containsKey(field) ? submitted.get(field)
          : task.getVariable(field)), context);
    });
  }

  /**
   * The model names who performs each step: the treating physician or a group. Whoever a task was
   * later assigned or delegated to, only they may complete it, so nobody decides in another's name.
   */
  private static void checkPerformer(DelegateTask task, StepContext context) {
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller == null) {
      return;
    }
    TaskDefinition definition = ((TaskEntity) task).getTaskDefinition();
    if (definition.getAssigneeExpression() != null) {
      String physician = context.facts().oosCase().treatingPhysician();
      if (!physician.equals(caller.getUserId())) {
        throw RuleViolation.forbidden("Only the treating physician of case " + context.facts().caseNumber() + " ("
            + physician + ") can complete \"" + task.getName() + "\".");
      }
      return;
    }
    List<String> groups = definition.getCandidateGroupIdExpressions().stream()
        .map(Expression::getExpressionText).toList();
    List<String> callerGroups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.stream().noneMatch(callerGroups::contains)) {
      throw RuleViolation.forbidden("Only members of " + String.join(", ", groups) + " can complete \""
          + task.getName() + "\".");
    }
  }

  /** Records the completed step; its rules were checked before the engine took the values. */
  void record(DelegateTask task) {
    CaseTask step = stepOf(task).orElseThrow(
        () -> new IllegalStateException("No case record defined for task " + task.getTaskDefinitionKey()));
    StepValues values = values(step, task::getVariable);
    Map<String, Object> details = new LinkedHashMap<>(step.details(values, context(task)));
    details.put("form", forms.versionOf(task));
    records.append(caseNumber(task), step.recordType(), TaskActor.of(task), task.getId(), details);
    task.getExecution().setVariables(step.gatewayFacts(values));
  }

  private Optional<CaseTask> stepOf(DelegateTask task) {
    boolean caseTask = task.getProcessDefinitionId() != null
        && task.getProcessDefinitionId().startsWith(OosBatchHandlingProcess.PROCESS_ID + ":");
    return caseTask ? CaseTask.of(task.getTaskDefinitionKey()) : Optional.empty();
  }

  private StepContext context(DelegateTask task) {
    String caseNumber = caseNumber(task);
    return new StepContext(clock.instant(), caseFile.facts(caseNumber), records.all(caseNumber));
  }

  private static StepValues values(CaseTask step, Function<String, Object> valueOf) {
    Map<String, Object> values = new HashMap<>();
    step.fields().forEach(field -> values.put(field, valueOf.apply(field)));
    return new StepValues(values);
  }

  private static String caseNumber(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }
}
