package eu.oosatmp.integrity;

import java.util.Map;
import java.util.Set;

/**
 * Which engine commands a caller may issue, by command class. Camunda 7.24 is the last release of
 * Camunda 7, so its command classes are a closed list; CommandPolicyTest pins the names used here to
 * classes that exist. Reading is never restricted here: engine authorizations decide who reads what.
 */
final class CommandPolicy {

  enum Verdict {
    /** Regulated history would be lost: refused for everyone, administrators included. */
    NEVER,
    /** Steers a case around its rules: refused for every user; only the product itself may do it. */
    PRODUCT_ONLY,
    /** Completes a task: the submitted values must be exactly that task's form fields. */
    TASK_FORM,
    /** Starts a process from its start form: the values must be exactly the start form's fields. */
    START_FORM,
    /** Starts a process directly: refused for the product's own processes, which start only after checks. */
    DIRECT_START,
    /** Changes a user's profile or account details: administrators only. */
    PROFILE,
    /** Tests a password: one's own, or any for administrators. */
    PASSWORD_CHECK,
    /** Adds a comment or an attachment: for the people who work on cases, not for readers. */
    TASK_NOTE,
    /** Deletes a deployment: refused while it holds regulated history. */
    DEPLOYMENT_DELETION,
    /** Shortens how long history is kept. */
    HISTORY_RETENTION,
    ALLOWED
  }

  static final String DELETION_REFUSED = "Case records are kept for 30 years: process instances, their history, "
      + "comments and the operation log cannot be deleted. To close a case early, cancel it with a reason "
      + "(POST /api/oos-cases/{caseNumber}/cancellation).";
  static final String VARIABLES_REFUSED = "Process data is written only by the product's own steps. Complete the "
      + "task with its form instead.";
  static final String STEERING_REFUSED = "A case follows its process model: it cannot be moved to another step, "
      + "migrated, restarted or ended from a task by hand.";
  static final String MESSAGE_REFUSED = "Messages and signals reach a process only through the product, which "
      + "checks them first (for EMA's requests: POST /api/reviews/{id}/information-requests).";
  static final String TIMERS_REFUSED = "Case timers and deadlines run as the process model sets them: they cannot be "
      + "removed, moved or paused by hand.";
  static final String START_REFUSED = "Cases and reviews start only through the product, which checks them first: "
      + "POST /api/oos-cases or /api/reviews, or the start form in Tasklist.";

  private static final Map<String, String> PRODUCT_ONLY_COMMANDS = Map.ofEntries(
      Map.entry("SetTaskVariablesCmd", VARIABLES_REFUSED),
      Map.entry("SetExecutionVariablesCmd", VARIABLES_REFUSED),
      Map.entry("PatchTaskVariablesCmd", VARIABLES_REFUSED),
      Map.entry("PatchExecutionVariablesCmd", VARIABLES_REFUSED),
      Map.entry("RemoveTaskVariablesCmd", VARIABLES_REFUSED),
      Map.entry("RemoveExecutionVariablesCmd", VARIABLES_REFUSED),
      Map.entry("SetVariablesToProcessInstancesBatchCmd", VARIABLES_REFUSED),
      Map.entry("ModifyProcessInstanceCmd", STEERING_REFUSED),
      Map.entry("ModifyProcessInstanceAsyncCmd", STEERING_REFUSED),
      Map.entry("ProcessInstanceModificationCmd", STEERING_REFUSED),
      Map.entry("ProcessInstanceModificationBatchCmd", STEERING_REFUSED),
      Map.entry("RestartProcessInstancesCmd", STEERING_REFUSED),
      Map.entry("RestartProcessInstancesBatchCmd", STEERING_REFUSED),
      Map.entry("MigrateProcessInstanceCmd", STEERING_REFUSED),
      Map.entry("MigrateProcessInstanceBatchCmd", STEERING_REFUSED),
      Map.entry("SetProcessDefinitionVersionCmd", STEERING_REFUSED),
      Map.entry("HandleTaskBpmnErrorCmd", STEERING_REFUSED),
      Map.entry("HandleTaskEscalationCmd", STEERING_REFUSED),
      Map.entry("CorrelateMessageCmd", MESSAGE_REFUSED),
      Map.entry("CorrelateAllMessageCmd", MESSAGE_REFUSED),
      Map.entry("CorrelateAllMessageBatchCmd", MESSAGE_REFUSED),
      Map.entry("MessageEventReceivedCmd", MESSAGE_REFUSED),
      Map.entry("SignalCmd", MESSAGE_REFUSED),
      Map.entry("SignalEventReceivedCmd", MESSAGE_REFUSED),
      Map.entry("EvaluateStartConditionCmd", START_REFUSED),
      Map.entry("CreateCaseInstanceCmd", START_REFUSED),
      Map.entry("DeleteJobCmd", TIMERS_REFUSED),
      Map.entry("SetJobDuedateCmd", TIMERS_REFUSED),
      Map.entry("RecalculateJobDuedateCmd", TIMERS_REFUSED),
      Map.entry("SuspendJobCmd", TIMERS_REFUSED),
      Map.entry("SuspendJobDefinitionCmd", TIMERS_REFUSED),
      Map.entry("SuspendProcessInstanceCmd", TIMERS_REFUSED),
      Map.entry("UpdateProcessInstancesSuspendStateCmd", TIMERS_REFUSED),
      Map.entry("UpdateProcessInstancesSuspendStateBatchCmd", TIMERS_REFUSED));

  private static final Set<String> NEVER_COMMANDS = Set.of(
      "DeleteProcessInstanceCmd", "DeleteProcessInstancesCmd", "DeleteProcessInstanceBatchCmd",
      "DeleteHistoricProcessInstancesCmd", "DeleteHistoricProcessInstancesBatchCmd",
      "DeleteHistoricTaskInstanceCmd", "DeleteHistoricVariableInstanceCmd",
      "DeleteHistoricVariableInstancesByProcessInstanceIdCmd", "DeleteHistoricDecisionInstancesBulkCmd",
      "DeleteHistoricDecisionInstancesBatchCmd", "DeleteHistoricDecisionInstanceByInstanceIdCmd",
      "DeleteHistoricDecisionInstanceByDefinitionIdCmd", "DeleteHistoricCaseInstanceCmd",
      "DeleteHistoricCaseInstancesBulkCmd", "DeleteUserOperationLogEntryCmd", "DeleteTaskCmd",
      "DeleteTaskCommentCmd", "DeleteProcessInstanceCommentCmd", "UpdateCommentCmd", "DeleteAttachmentCmd",
      "SaveAttachmentCmd", "DeleteProcessDefinitionsByIdsCmd", "DeleteProcessDefinitionsByKeyCmd",
      "SetRemovalTimeToHistoricProcessInstancesCmd", "SetRemovalTimeToHistoricDecisionInstancesCmd",
      "PurgeDatabaseAndCacheCmd", "SetAnnotationForOperationLog");

  private static final Map<String, Verdict> OTHER_COMMANDS = Map.ofEntries(
      Map.entry("CompleteTaskCmd", Verdict.TASK_FORM),
      Map.entry("SubmitTaskFormCmd", Verdict.TASK_FORM),
      Map.entry("ResolveTaskCmd", Verdict.TASK_FORM),
      Map.entry("SubmitStartFormCmd", Verdict.START_FORM),
      Map.entry("StartProcessInstanceCmd", Verdict.DIRECT_START),
      Map.entry("StartProcessInstanceAtActivitiesCmd", Verdict.DIRECT_START),
      Map.entry("SaveUserCmd", Verdict.PROFILE),
      Map.entry("SetUserInfoCmd", Verdict.PROFILE),
      Map.entry("DeleteUserInfoCmd", Verdict.PROFILE),
      Map.entry("SetUserPictureCmd", Verdict.PROFILE),
      Map.entry("DeleteUserPictureCmd", Verdict.PROFILE),
      Map.entry("CheckPassword", Verdict.PASSWORD_CHECK),
      Map.entry("AddCommentCmd", Verdict.TASK_NOTE),
      Map.entry("CreateAttachmentCmd", Verdict.TASK_NOTE),
      Map.entry("DeleteDeploymentCmd", Verdict.DEPLOYMENT_DELETION),
      Map.entry("UpdateProcessDefinitionHistoryTimeToLiveCmd", Verdict.HISTORY_RETENTION),
      Map.entry("UpdateDecisionDefinitionHistoryTimeToLiveCmd", Verdict.HISTORY_RETENTION),
      Map.entry("UpdateCaseDefinitionHistoryTimeToLiveCmd", Verdict.HISTORY_RETENTION));

  private CommandPolicy() {}

  static Verdict verdict(Class<?> commandClass) {
    String name = commandClass.getSimpleName();
    if (NEVER_COMMANDS.contains(name)) {
      return Verdict.NEVER;
    }
    if (PRODUCT_ONLY_COMMANDS.containsKey(name)) {
      return Verdict.PRODUCT_ONLY;
    }
    return OTHER_COMMANDS.getOrDefault(name, Verdict.ALLOWED);
  }

  static String refusal(Class<?> commandClass) {
    return PRODUCT_ONLY_COMMANDS.getOrDefault(commandClass.getSimpleName(), DELETION_REFUSED);
  }

  /** Every command class named here, for the test that holds the names to Camunda's real classes. */
  static Set<String> namedCommands() {
    var names = new java.util.HashSet<String>(NEVER_COMMANDS);
    names.addAll(PRODUCT_ONLY_COMMANDS.keySet());
    names.addAll(OTHER_COMMANDS.keySet());
    return names;
  }
}
