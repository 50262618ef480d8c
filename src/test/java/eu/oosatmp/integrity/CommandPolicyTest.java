package eu.oosatmp.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.junit.jupiter.api.Test;

/** Camunda 7.24 is the last Camunda 7: the command classes and fields the guard relies on are pinned here. */
class CommandPolicyTest {

  @Test
  void everyCommandNamedByThePolicyExistsInTheEngine() throws IOException {
    URL engine = CompleteTaskCmd.class.getProtectionDomain().getCodeSource().getLocation();
    Set<String> engineCommands;
    try (JarFile jar = new JarFile(engine.getPath())) {
      engineCommands = jar.stream().map(entry -> entry.getName())
          .filter(name -> name.startsWith("org/camunda/bpm/engine/impl/") && name.endsWith(".class"))
          .map(name -> name.substring(name.lastIndexOf('/') + 1, name.length() - ".class".length()))
          .collect(Collectors.toSet());
    }
    assertThat(engineCommands).containsAll(CommandPolicy.namedCommands());
  }

  @Test
  void classifiesWhatAUserMayDo() {
    assertThat(CommandPolicy.verdict(DeleteProcessInstancesCmd.class)).isEqualTo(CommandPolicy.Verdict.NEVER);
    assertThat(CommandPolicy.verdict(SetExecutionVariablesCmd.class)).isEqualTo(CommandPolicy.Verdict.PRODUCT_ONLY);
    assertThat(CommandPolicy.verdict(CompleteTaskCmd.class)).isEqualTo(CommandPolicy.Verdict.TASK_FORM);
    assertThat(CommandPolicy.verdict(ResolveTaskCmd.class)).isEqualTo(CommandPolicy.Verdict.TASK_FORM);
    assertThat(CommandPolicy.verdict(SubmitStartFormCmd.class)).isEqualTo(CommandPolicy.Verdict.START_FORM);
    assertThat(CommandPolicy.verdict(DeleteDeploymentCmd.class)).isEqualTo(CommandPolicy.Verdict.DEPLOYMENT_DELETION);
    assertThat(CommandPolicy.verdict(GetTaskVariablesCmd.class)).isEqualTo(CommandPolicy.Verdict.ALLOWED);
    assertThat(CommandPolicy.refusal(SetExecutionVariablesCmd.class)).isEqualTo(CommandPolicy.VARIABLES_REFUSED);
  }

  @Test
  void theCommandFieldsTheGuardReadsExist() {
    assertThat(CommandFields.has(CompleteTaskCmd.class, "taskId")).isTrue();
    assertThat(CommandFields.has(CompleteTaskCmd.class, "variables")).isTrue();
    assertThat(CommandFields.has(ResolveTaskCmd.class, "variables")).isTrue();
    assertThat(CommandFields.has(SubmitTaskFormCmd.class, "properties")).isTrue();
    assertThat(CommandFields.has(SubmitTaskFormCmd.class, "taskId")).isTrue();
    assertThat(CommandFields.has(SubmitStartFormCmd.class, "variables")).isTrue();
    assertThat(CommandFields.has(SubmitStartFormCmd.class, "businessKey")).isTrue();
    assertThat(CommandFields.has(SubmitStartFormCmd.class, "processDefinitionId")).isTrue();
    assertThat(CommandFields.has(SaveUserCmd.class, "user")).isTrue();
    assertThat(CommandFields.has(CheckPassword.class, "userId")).isTrue();
    assertThat(CommandFields.has(DeleteDeploymentCmd.class, "deploymentId")).isTrue();
    assertThat(CommandFields.has(org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd.class,
        "instantiationBuilder")).isTrue();
    assertThat(CommandFields.has(org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd.class,
        "instantiationBuilder")).isTrue();
    assertThat(CommandFields.has(UpdateProcessDefinitionHistoryTimeToLiveCmd.class, "historyTimeToLive")).isTrue();
  }
}
