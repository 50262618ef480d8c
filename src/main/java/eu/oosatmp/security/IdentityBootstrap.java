package eu.oosatmp.security;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the product's groups, their authorizations and the Tasklist filters when missing. What an
 * administrator changed later is left alone. Several nodes may start together on one database, so a
 * creation that loses the race to another node counts as done.
 */
@Component
@Order(1)
public class IdentityBootstrap implements ApplicationRunner {

  static final String MY_TASKS_FILTER = "My tasks";
  static final String GROUP_TASKS_FILTER = "My group tasks";
  private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);
  /** Shown with every task in Tasklist's list, so staff see which case, product and batch a task is about. */
  private static final List<Map<String, String>> CASE_COLUMNS = List.of(
      Map.of("name", "caseNumber", "label", "Case"),
      Map.of("name", "productName", "label", "Product"),
      Map.of("name", "batchNumber", "label", "Batch"));

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void run(ApplicationArguments args) {
    UserGroup.all().forEach(this::createGroupIfMissing);
    AccessPolicy.grants().forEach(this::grantIfMissing);
    AccessPolicy.withdrawn().forEach(this::withdrawIfGranted);
    createFilterIfMissing(MY_TASKS_FILTER, -10, "Tasks assigned to me",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    createFilterIfMissing(GROUP_TASKS_FILTER, -5, "Tasks offered to my groups",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
  }

  private void createGroupIfMissing(UserGroup userGroup) {
    createTolerant("group " + userGroup.id(),
        () -> identityService.createGroupQuery().groupId(userGroup.id()).count() > 0,
        () -> {
          Group group = identityService.newGroup(userGroup.id());
          group.setName(userGroup.displayName());
          group.setType(userGroup == UserGroup.ADMINISTRATORS ? "SYSTEM" : "WORKFLOW");
          identityService.saveGroup(group);
        });
  }

  private void grantIfMissing(Grant grant) {
    createTolerant("authorization " + grant,
        () -> authorizationService.createAuthorizationQuery()
            .groupIdIn(grant.group().id())
            .resourceType(grant.resource())
            .resourceId(grant.resourceId())
            .count() > 0,
        () -> {
          Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          authorization.setGroupId(grant.group().id());
          authorization.setResource(grant.resource());
          authorization.setResourceId(grant.resourceId());
          grant.permissions().forEach(authorization::addPermission);
          authorizationService.saveAuthorization(authorization);
        });
  }

  private void withdrawIfGranted(Grant grant) {
    authorizationService.createAuthorizationQuery()
        .groupIdIn(grant.group().id())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .list().stream()
        .filter(authorization -> authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
        .filter(authorization -> grant.permissions().stream().anyMatch(authorization::isPermissionGranted))
        .forEach(authorization -> {
          grant.permissions().forEach(authorization::removePermission);
          try {
            authorizationService.saveAuthorization(authorization);
            LOG.info("Withdrew {}", grant);
          } catch (OptimisticLockingException e) {
            LOG.debug("{} was withdrawn concurrently by another node", grant);
          }
        });
  }

  private void createFilterIfMissing(String name, int priority, String description, TaskQuery query) {
    createTolerant("filter " + name,
        () -> filterService.createTaskFilterQuery().filterName(name).count() > 0,
        () -> filterService.saveFilter(filterService.newTaskFilter(name)
            .setQuery(query)
            .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                "variables", CASE_COLUMNS))));
  }

  private static void createTolerant(String what, BooleanSupplier exists, Runnable creation) {
    if (exists.getAsBoolean()) {
      return;
    }
    try {
      creation.run();
      LOG.info("Created {}", what);
    } catch (ProcessEngineException e) {
      if (!exists.getAsBoolean()) {
        throw e;
      }
      LOG.debug("{} was created concurrently by another node", what);
    }
  }
}
