package eu.oosatmp.integrity;

import eu.oosatmp.casefile.OosBatchHandlingProcess;
import eu.oosatmp.deployment.Retention;
import eu.oosatmp.review.OosPeriodicReviewProcess;
import eu.oosatmp.security.UserGroup;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Holds the case rules inside the engine, where every route passes: the Java API, /engine-rest and
 * the webapps' own REST API all reach the engine as commands. A command a user issues is checked
 * before it runs (see {@link CommandPolicy}); commands the engine runs inside another command, the
 * job executor's and the product's own {@link ProductCalls} are not. A refusal raised anywhere in a
 * command (a task listener, a delegate) reaches the caller as the {@link RuleViolation} itself, not
 * wrapped in an engine exception, so that every route answers it as a client error.
 */
class CommandGuard extends CommandInterceptor {

  private static final List<String> CASE_WORKERS = List.of(UserGroup.QUALITY_ASSURANCE.id(),
      UserGroup.QUALIFIED_PERSONS.id(), UserGroup.PHYSICIANS.id(), UserGroup.REGULATORY_AFFAIRS.id(),
      UserGroup.PHARMACOVIGILANCE.id(), UserGroup.ADMINISTRATORS.id());

  /** The processes the product opens itself, after its checks; other models may be started as authorized. */
  private static final Set<String> PRODUCT_PROCESSES = Set.of(OosBatchHandlingProcess.PROCESS_ID,
      OosPeriodicReviewProcess.PROCESS_ID);

  private final ProcessEngineConfigurationImpl configuration;
  private final FormContracts forms;
  private final Supplier<List<TaskCompletionRules>> completionRules;

  CommandGuard(ProcessEngineConfigurationImpl configuration, FormContracts forms,
      Supplier<List<TaskCompletionRules>> completionRules) {
    this.configuration = configuration;
    this.forms = forms;
    this.completionRules = completionRules;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() != null) {
      return next.execute(command);
    }
    try {
      return next.execute(ProductCalls.active() ? command : guarded(command));
    } catch (RuntimeException e) {
      RuleViolation violation = RuleViolation.in(e).orElseThrow(() -> e);
      Refusals.remember(violation);
      throw violation;
    }
  }

  private <T> Command<T> guarded(Command<T> command) {
    Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
    return switch (CommandPolicy.verdict(command.getClass())) {
      case ALLOWED -> command;
      case NEVER -> throw RuleViolation.forbidden(CommandPolicy.DELETION_REFUSED);
      case PRODUCT_ONLY -> throw RuleViolation.forbidden(CommandPolicy.refusal(command.getClass()));
      case TASK_FORM -> checkedFirst(command, context -> checkTaskForm(context, command));
      case START_FORM -> checkedFirst(command, context -> checkStartForm(context, command));
      case DIRECT_START -> {
        if (PRODUCT_PROCESSES.contains(processKeyOf(command))) {
          throw RuleViolation.forbidden(CommandPolicy.START_REFUSED);
        }
        yield command;
      }
      case DEPLOYMENT_DELETION -> checkedFirst(command, context -> checkDeploymentDeletion(context, command));
      case HISTORY_RETENTION -> {
        checkRetention(command);
        yield command;
      }
      case PROFILE -> caller == null || isAdmin(caller) ? command
          : checkedFirst(command, context -> checkProfileChange(context, command));
      case PASSWORD_CHECK -> {
        if (caller != null && !isAdmin(caller)
            && !Objects.equals(CommandFields.get(command, "userId"), caller.getUserId())) {
          throw RuleViolation.forbidden("Only administrators can check another user's password.");
        }
        yield command;
      }
      case TASK_NOTE -> {
        if (caller != null && caller.getGroupIds().stream().noneMatch(CASE_WORKERS::contains)) {
          throw RuleViolation.forbidden("Auditors and process owners read the records; they cannot add "
              + "comments or attachments.");
        }
        yield command;
      }
    };
  }

  /** Runs the check inside the command's own transaction, with the state the command will change. */
  private static <T> Command<T> checkedFirst(Command<T> command, java.util.function.Consumer<CommandContext> check) {
    return context -> {
      check.accept(context);
      return command.execute(context);
    };
  }

  private void checkTaskForm(CommandContext context, Command<?> command) {
    String variablesField = CommandFields.has(command.getClass(), "properties") ? "properties" : "variables";
    Map<String, Object> submitted = CommandFields.get(command, variablesField);
    TaskEntity task = context.getTaskManager().findTaskById(CommandFields.get(command, "taskId"));
    if (task == null) {
      throw RuleViolation.conflict("task", "This task is no longer open: someone completed it already or the case "
          + "moved on. Reload the task list.");
    }
    FormContract contract = forms.ofTask(context, task);
    Map<String, Object> values = submitted == null ? Map.of() : submitted;
    contract.check(values, task::getVariable);
    Map<String, Object> editable = contract.editable(values);
    completionRules.get().forEach(rules -> rules.check(task, editable));
    CommandFields.set(command, variablesField, "properties".equals(variablesField) ? Variables.fromMap(editable)
        : editable);
  }

  private void checkStartForm(CommandContext context, Command<?> command) {
    if (CommandFields.get(command, "businessKey") != null) {
      throw RuleViolation.invalid("businessKey", "The case or review number is assigned by the product, not "
          + "by the caller.");
    }
    String definitionId = CommandFields.get(command, "processDefinitionId");
    FormContract contract = forms.ofStart(context, definitionId);
    VariableMap submitted = CommandFields.get(command, "variables");
    Map<String, Object> values = submitted == null ? Map.of() : submitted;
    contract.check(values, key -> null);
    CommandFields.set(command, "variables", Variables.fromMap(contract.editable(values)));
  }

  private static void checkDeploymentDeletion(CommandContext context, Command<?> command) {
    String deploymentId = CommandFields.get(command, "deploymentId");
    List<ProcessDefinition> definitions = context.getProcessDefinitionManager()
        .findProcessDefinitionsByDeploymentId(deploymentId);
    long recorded = context.runWithoutAuthorization(() -> definitions.stream()
        .mapToLong(definition -> new HistoricProcessInstanceQueryImpl()
            .processDefinitionId(definition.getId()).executeCount(context))
        .sum());
    if (recorded > 0) {
      throw RuleViolation.forbidden("This deployment holds the models of " + recorded + " recorded case(s) or "
          + "review(s). It cannot be deleted while their records are kept (30 years).");
    }
  }

  private static String processKeyOf(Command<?> command) {
    ProcessInstantiationBuilderImpl builder = CommandFields.get(command, "instantiationBuilder");
    if (builder.getProcessDefinitionKey() != null) {
      return builder.getProcessDefinitionKey();
    }
    String definitionId = builder.getProcessDefinitionId();
    return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
  }

  private static void checkRetention(Command<?> command) {
    Integer days = CommandFields.get(command, "historyTimeToLive");
    if (days == null || days < Retention.MINIMUM_DAYS) {
      throw RuleViolation.forbidden("History is kept for at least 30 years (" + Retention.MINIMUM_DAYS + " days), "
          + "as ATMP traceability data must be.");
    }
  }

  private static void checkProfileChange(CommandContext context, Command<?> command) {
    if (!command.getClass().getSimpleName().equals("SaveUserCmd")) {
      throw RuleViolation.forbidden("Only administrators can change user profiles.");
    }
    User changed = CommandFields.get(command, "user");
    User stored = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
        .findUserById(changed.getId()));
    if (stored != null && (!Objects.equals(stored.getEmail(), changed.getEmail())
        || !Objects.equals(stored.getFirstName(), changed.getFirstName())
        || !Objects.equals(stored.getLastName(), changed.getLastName()))) {
      throw RuleViolation.forbidden("Only administrators can change names and e-mail addresses: OOS "
          + "notifications are sent to them.");
    }
  }

  private static boolean isAdmin(Authentication caller) {
    return caller.getGroupIds() != null && caller.getGroupIds().contains(UserGroup.ADMINISTRATORS.id());
  }
}
