package eu.oosatmp.deployment;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Checks a deployment inside the engine's deploy command, before the BPMN, DMN and form deployers parse
 * it: every route (REST, Modeler, Java API, auto-deployment at startup, redeploy) passes here, and a
 * refusal aborts the command, so its transaction is rolled back and nothing is stored or cached.
 */
final class ModelPolicyDeployer implements Deployer {

  private final ModelPolicy policy;

  ModelPolicyDeployer(ModelPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    // Deployers also run when the engine reloads an existing deployment into its cache. That deployment
    // already took effect; refusing it there would only break its running cases with an engine error.
    if (!deployment.isNew()) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      policy.check(resource.getName(), resource.getBytes());
    }
  }
}
