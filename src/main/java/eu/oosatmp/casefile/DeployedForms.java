package eu.oosatmp.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/** Which form, in which deployed version, a user completed: part of what the record proves. */
@Component
public class DeployedForms {

  Map<String, Object> versionOf(DelegateTask task) {
    TaskEntity entity = (TaskEntity) task;
    entity.initializeFormKey();
    CamundaFormRef formRef = entity.getCamundaFormRef();
    Map<String, Object> form = new LinkedHashMap<>();
    if (formRef == null) {
      return form;
    }
    String deploymentId = entity.getProcessDefinition().getDeploymentId();
    CamundaFormDefinition definition = Context.getCommandContext()
        .runWithoutAuthorization(new GetCamundaFormDefinitionCmd(formRef, deploymentId));
    form.put("key", formRef.getKey());
    if (definition != null) {
      form.put("version", definition.getVersion());
      form.put("deploymentId", definition.getDeploymentId());
    }
    return form;
  }
}
