package eu.oosatmp.casefile;

import eu.oosatmp.authority.AuthorityRepository;
import eu.oosatmp.authority.Authority;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NATIONAL_AUTHORITIES_TO_ASK;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NATIONAL_AUTHORITIES_TO_INFORM;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NATIONAL_AUTHORITIES_TO_INFORM_TEXT;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.NATIONAL_REQUIREMENT;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TREATING_SITE_COUNTRY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the DMN decided for one treating-site country: records the decision and its reason, and lists the
 * country's authority for notification with the Supervisory Authority (INFORM) or for asking (ASK).
 */
@Component("recordNationalRequirement")
public class RecordNationalRequirementListener implements ExecutionListener {

  static final String INFORM = "INFORM";
  static final String ASK = "ASK";

  private final CaseRecords records;
  private final AuthorityRepository authorities;

  public RecordNationalRequirementListener(CaseRecords records, AuthorityRepository authorities) {
    this.records = records;
    this.authorities = authorities;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    String country = (String) execution.getVariable(TREATING_SITE_COUNTRY);
    Map<String, Object> decision = (Map<String, Object>) execution.getVariable(NATIONAL_REQUIREMENT);
    String requirement = (String) decision.get("requirement");
    Authority authority = authorities.findNationalAuthority(country).orElseThrow(
        () -> new IllegalStateException("No national competent authority for " + country));
    records.append(execution.getProcessBusinessKey(), RecordType.NATIONAL_AUTHORITY_REQUIREMENT, CaseRecords.SYSTEM,
        null, Map.of("country", country, "authority", authority.code(), "requirement", requirement,
            "reason", String.valueOf(decision.get("reason"))));

    DelegateExecution processInstance = execution.getProcessInstance();
    if (INFORM.equals(requirement)) {
      List<String> toInform = append(processInstance, NATIONAL_AUTHORITIES_TO_INFORM, authority.code());
      processInstance.setVariable(NATIONAL_AUTHORITIES_TO_INFORM_TEXT, String.join(", ", toInform));
    } else if (ASK.equals(requirement)) {
      append(processInstance, NATIONAL_AUTHORITIES_TO_ASK, country);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> append(DelegateExecution processInstance, String variable, String value) {
    List<String> values = new ArrayList<>((List<String>) processInstance.getVariable(variable));
    if (!values.contains(value)) {
      values.add(value);
    }
    processInstance.setVariable(variable, values);
    return values;
  }
}
