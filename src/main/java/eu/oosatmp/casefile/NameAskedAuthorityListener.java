package eu.oosatmp.casefile;

import eu.oosatmp.authority.NationalAuthorityNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the regulatory user which national authority a "may we inform you?" task is about. */
@Component("nameAskedAuthority")
public class NameAskedAuthorityListener implements TaskListener {

  private final NationalAuthorityNames names;

  public NameAskedAuthorityListener(NationalAuthorityNames names) {
    this.names = names;
  }

  @Override
  public void notify(DelegateTask task) {
    String country = (String) task.getVariable(OosBatchHandlingProcess.ASKED_COUNTRY);
    task.setVariableLocal(OosBatchHandlingProcess.ASKED_AUTHORITY_NAME, names.of(country));
  }
}
