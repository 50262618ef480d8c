package eu.oosatmp.security;

import static eu.oosatmp.security.Grant.ANY;
import static eu.oosatmp.security.UserGroup.AUDITORS;
import static eu.oosatmp.security.UserGroup.PHARMACOVIGILANCE;
import static eu.oosatmp.security.UserGroup.PHYSICIANS;
import static eu.oosatmp.security.UserGroup.PROCESS_OWNERS;
import static eu.oosatmp.security.UserGroup.QUALIFIED_PERSONS;
import static eu.oosatmp.security.UserGroup.QUALITY_ASSURANCE;
import static eu.oosatmp.security.UserGroup.REGULATORY_AFFAIRS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import eu.oosatmp.casefile.OosBatchHandlingProcess;
import eu.oosatmp.review.OosPeriodicReviewProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * What each group may do in the engine, REST API and webapps. Task access itself is not listed:
 * the engine grants TASK_WORK to a task's candidate group and assignee when the task is created, so
 * a group sees and completes only its own tasks. Camunda administrators are engine admins.
 */
public final class AccessPolicy {

  private static final String BATCH_HANDLING = OosBatchHandlingProcess.PROCESS_ID;
  private static final String PERIODIC_REVIEW = OosPeriodicReviewProcess.PROCESS_ID;
  private static final List<UserGroup> PRODUCT_GROUPS = List.of(
      QUALITY_ASSURANCE, QUALIFIED_PERSONS, PHYSICIANS, REGULATORY_AFFAIRS, PHARMACOVIGILANCE,
      AUDITORS, PROCESS_OWNERS);

  private AccessPolicy() {}

  public static List<UserGroup> productGroups() {
    return PRODUCT_GROUPS;
  }

  public static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    // As Camunda's own first-user setup does: the webapps check application access explicitly.
    for (Resources resource : Resources.values()) {
      grants.add(grant(UserGroup.ADMINISTRATORS, resource, ANY, Permissions.ALL));
    }
    for (UserGroup group : PRODUCT_GROUPS) {
      grants.add(grant(group, APPLICATION, "tasklist", Permissions.ACCESS));
      grants.add(grant(group, FILTER, ANY, Permissions.READ));
      // Tasklist shows who a task is assigned to and which group it is offered to.
      grants.add(grant(group, USER, ANY, Permissions.READ));
      grants.add(grant(group, GROUP, ANY, Permissions.READ));
    }

    grants.add(grant(QUALITY_ASSURANCE, PROCESS_DEFINITION, BATCH_HANDLING,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    grants.add(grant(QUALITY_ASSURANCE, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
    for (UserGroup group : List.of(QUALIFIED_PERSONS, PHYSICIANS, PHARMACOVIGILANCE, REGULATORY_AFFAIRS)) {
      grants.add(grant(group, PROCESS_DEFINITION, BATCH_HANDLING, ProcessDefinitionPermissions.READ));
    }
    grants.add(grant(REGULATORY_AFFAIRS, PROCESS_DEFINITION, PERIODIC_REVIEW,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    grants.add(grant(REGULATORY_AFFAIRS, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));

    // Auditors and inspectors read everything the engine recorded and change nothing.
    grants.add(grant(AUDITORS, APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(grant(AUDITORS, PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK));
    grants.add(grant(AUDITORS, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ));
    grants.add(grant(AUDITORS, TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE));
    grants.add(grant(AUDITORS, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ));
    grants.add(grant(AUDITORS, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
    grants.add(grant(AUDITORS, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
    grants.add(grant(AUDITORS, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
    grants.add(grant(AUDITORS, DEPLOYMENT, ANY, Permissions.READ));
    grants.add(grant(AUDITORS, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));

    // Process owners deploy models; deleting a deployment would take its history with it. They see
    // models, not cases: READ_HISTORY on a definition opens every case's variables, i.e. patients'
    // clinical details, and every decision's inputs.
    grants.add(grant(PROCESS_OWNERS, APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(grant(PROCESS_OWNERS, DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ));
    grants.add(grant(PROCESS_OWNERS, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ));
    grants.add(grant(PROCESS_OWNERS, DECISION_DEFINITION, ANY, Permissions.READ));
    grants.add(grant(PROCESS_OWNERS, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
    return List.copyOf(grants);
  }

  /**
   * Permissions earlier versions granted and this one takes back from installations that still carry
   * them, even where an administrator re-granted them: they expose patients' data.
   */
  public static List<Grant> withdrawn() {
    return List.of(
        grant(PROCESS_OWNERS, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY),
        grant(PROCESS_OWNERS, DECISION_DEFINITION, ANY, Permissions.READ_HISTORY));
  }

  private static Grant grant(UserGroup group, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(group, resource, resourceId, List.of(permissions));
  }
}
