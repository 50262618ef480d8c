package eu.oosatmp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final Set<String> READ_ONLY = Set.of("READ", "READ_HISTORY", "READ_INSTANCE", "READ_TASK",
      "READ_VARIABLE", "ACCESS");

  @Test
  void auditorsOnlyRead() {
    List<String> auditorPermissions = AccessPolicy.grants().stream()
        .filter(grant -> grant.group() == UserGroup.AUDITORS)
        .flatMap(grant -> grant.permissions().stream())
        .map(Permission::getName)
        .toList();

    assertThat(auditorPermissions).isNotEmpty().allMatch(READ_ONLY::contains);
  }

  @Test
  void everyProductGroupReachesTasklistAndOnlyAuditorsAndProcessOwnersReachCockpit() {
    for (UserGroup group : AccessPolicy.productGroups()) {
      assertThat(AccessPolicy.grants()).as(group.id()).anyMatch(grant -> grant.group() == group
          && grant.resource() == Resources.APPLICATION && grant.resourceId().equals("tasklist"));
    }
    assertThat(AccessPolicy.grants().stream()
        .filter(grant -> grant.resource() == Resources.APPLICATION && grant.resourceId().equals("cockpit"))
        .map(Grant::group))
        .containsExactlyInAnyOrder(UserGroup.AUDITORS, UserGroup.PROCESS_OWNERS);
  }

  @Test
  void amongProductGroupsOnlyProcessOwnersDeployAndNobodyDeletes() {
    assertThat(AccessPolicy.grants().stream()
        .filter(grant -> grant.resource() == Resources.DEPLOYMENT
            && grant.permissions().stream().anyMatch(p -> p.getName().equals("CREATE")))
        .map(Grant::group))
        .containsExactlyInAnyOrder(UserGroup.PROCESS_OWNERS);
    assertThat(AccessPolicy.grants()).filteredOn(grant -> grant.group() != UserGroup.ADMINISTRATORS)
        .allSatisfy(grant -> assertThat(grant.permissions())
            .extracting(Permission::getName).doesNotContain("DELETE", "ALL"));
  }
}
