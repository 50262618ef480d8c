package eu.oosatmp.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One engine authorization the product grants a group: permissions on a resource (id or "*"). */
public record Grant(UserGroup group, Resource resource, String resourceId, List<Permission> permissions) {

  public static final String ANY = "*";
}
