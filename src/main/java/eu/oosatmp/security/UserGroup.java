package eu.oosatmp.security;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** The Camunda groups of DESIGN.md ("Who uses it") and Camunda's own administrators. */
public enum UserGroup {
  QUALITY_ASSURANCE("quality-assurance", "Quality Assurance"),
  QUALIFIED_PERSONS("qualified-persons", "Qualified Persons"),
  PHYSICIANS("physicians", "Treating Physicians"),
  REGULATORY_AFFAIRS("regulatory-affairs", "Regulatory Affairs"),
  PHARMACOVIGILANCE("pharmacovigilance", "Pharmacovigilance"),
  AUDITORS("auditors", "Auditors and Inspectors"),
  PROCESS_OWNERS("process-owners", "Process Owners"),
  ADMINISTRATORS(Groups.CAMUNDA_ADMIN, "Camunda Administrators");

  private final String id;
  private final String displayName;

  UserGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Spring Security authority carried by a member of this group on /api and /engine-rest. */
  public String authority() {
    return "GROUP_" + id;
  }

  public static String authorityOf(String groupId) {
    return "GROUP_" + groupId;
  }

  public static String[] authorities(UserGroup... groups) {
    return Arrays.stream(groups).map(UserGroup::authority).toArray(String[]::new);
  }

  public static List<UserGroup> all() {
    return List.of(values());
  }
}
