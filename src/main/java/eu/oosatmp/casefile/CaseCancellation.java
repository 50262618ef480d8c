package eu.oosatmp.casefile;

import eu.oosatmp.integrity.RuleViolation;
import eu.oosatmp.security.AsSystem;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a case before its process ends, e.g. when it was opened for the wrong batch. It is the only
 * way to end a case early: a recorded decision with a reason, after which the case's history stays as
 * it was. Deleting the process instance directly is refused by the engine guard.
 */
@Service
public class CaseCancellation {

  private final CaseRecords records;
  private final CaseRepository cases;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;

  public CaseCancellation(CaseRecords records, CaseRepository cases, RuntimeService runtimeService,
      AsSystem asSystem) {
    this.records = records;
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.asSystem = asSystem;
  }

  @Transactional
  public void cancel(String caseNumber, String reason, String cancelledBy) {
    // QA may end a case it cannot otherwise touch in the engine: the product acts for it, and records who.
    ProcessInstance instance = asSystem.call(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(OosBatchHandlingProcess.PROCESS_ID).processInstanceBusinessKey(caseNumber)
        .singleResult());
    if (instance == null || records.latest(caseNumber, RecordType.CASE_CLOSED).isPresent()) {
      throw RuleViolation.conflict("caseNumber", "Case " + caseNumber + " is closed already: it cannot be "
          + "cancelled.");
    }
    records.append(caseNumber, RecordType.CASE_CANCELLED, cancelledBy, null, Map.of("reason", reason));
    records.append(caseNumber, RecordType.CASE_CLOSED, CaseRecords.SYSTEM, null,
        Map.of("outcome", CaseOutcome.CANCELLED.name()));
    cases.releaseBatch(caseNumber);
    asSystem.call(() -> {
      runtimeService.deleteProcessInstance(instance.getId(), "Cancelled by " + cancelledBy + ": " + reason);
      return null;
    });
  }
}
