package eu.oosatmp.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The form each task and start event of a deployed process shows. Forms are bound to their deployment,
 * so a process definition's forms never change and are read once.
 */
final class FormContracts {

  private final Map<String, FormContract> byElement = new ConcurrentHashMap<>();

  FormContract ofTask(CommandContext context, TaskEntity task) {
    if (task.getProcessDefinitionId() == null) {
      // A standalone task (such as QA's alert of an undelivered notification) has no form to fill in.
      return FormContract.none();
    }
    Command<InputStream> query = new GetDeployedTaskFormCmd(task.getId());
    return byElement.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> read(context, query));
  }

  FormContract ofStart(CommandContext context, String processDefinitionId) {
    return byElement.computeIfAbsent(processDefinitionId,
        key -> read(context, new GetDeployedStartFormCmd(processDefinitionId)));
  }

  private static FormContract read(CommandContext context, Command<InputStream> formQuery) {
    InputStream form;
    try {
      form = context.runWithoutAuthorization(formQuery);
    } catch (BadUserRequestException noDeployedForm) {
      return FormContract.none();
    }
    try (form) {
      return FormContract.read(form);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read a deployed form", e);
    }
  }
}
