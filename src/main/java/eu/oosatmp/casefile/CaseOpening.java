package eu.oosatmp.casefile;

import eu.oosatmp.integrity.ProductCalls;
import eu.oosatmp.integrity.RuleViolation;
import eu.oosatmp.product.Product;
import eu.oosatmp.product.ProductRepository;
import eu.oosatmp.product.Site;
import eu.oosatmp.product.SiteRepository;
import eu.oosatmp.security.UserGroup;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an OOS case: checks it against the reference data, stores it with its results and starts its
 * process, all in one transaction, so a refused case leaves nothing behind.
 */
@Service
public class CaseOpening {

  private final CaseRepository cases;
  private final CaseRecords records;
  private final ProductRepository products;
  private final SiteRepository sites;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public CaseOpening(CaseRepository cases, CaseRecords records, ProductRepository products, SiteRepository sites,
      IdentityService identityService, RuntimeService runtimeService, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.products = products;
    this.sites = sites;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Opens the case and starts its process; returns the case number. */
  @Transactional
  public String open(OpenCaseRequest request, String openedBy) {
    String caseNumber = register(request, openedBy);
    ProductCalls.run(() -> runtimeService.startProcessInstanceByKey(OosBatchHandlingProcess.PROCESS_ID, caseNumber,
        Map.of(OosBatchHandlingProcess.CASE_NUMBER, caseNumber)));
    return caseNumber;
  }

  /** Stores the case (used directly when the process was started from Tasklist's start form). */
  @Transactional
  public String register(OpenCaseRequest request, String openedBy) {
    Product product = products.findByCode(request.productCode())
        .orElseThrow(() -> RuleViolation.broken("productCode", "Product " + request.productCode() + " is not known."));
    if (!product.hasLegalSupplyRoute()) {
      throw RuleViolation.broken("productCode", "Product " + product.code()
          + " has no legal supply route (marketing authorisation, clinical trial or hospital exemption).");
    }
    Site releaseSite = sites.findByCode(request.releaseSiteCode())
        .filter(Site::releasesBatches)
        .orElseThrow(() -> RuleViolation.broken("releaseSiteCode",
            "Batch release site " + request.releaseSiteCode() + " is not known."));
    for (String code : request.treatingSiteCodes()) {
      sites.findByCode(code).filter(Site::treatsPatients)
          .orElseThrow(() -> RuleViolation.broken("treatingSiteCodes", "Treating site " + code + " is not known."));
    }
    checkPhysician(request.treatingPhysician());
    Instant now = clock.instant();
    if (!request.batchExpiry().toInstant().isAfter(now)) {
      throw RuleViolation.broken("batchExpiry", "The batch has expired: it cannot be supplied.");
    }

    String caseNumber = cases.nextCaseNumber(now.atZone(ZoneOffset.UTC).getYear());
    cases.insert(new CaseRepository.OosCase(caseNumber, product.code(), request.batchNumber(), releaseSite.code(),
        request.treatingPhysician(), request.patientPseudonym(), request.batchExpiry().toInstant(), now, openedBy,
        List.copyOf(request.treatingSiteCodes().stream().distinct().toList())));
    // A refusal here rolls the whole transaction back, the case row with it.
    if (!cases.claimBatch(product.code(), request.batchNumber(), caseNumber)) {
      throw RuleViolation.conflict("batchNumber", "Batch " + request.batchNumber() + " of " + product.code()
          + " already has an open OOS case " + cases.openCaseOf(product.code(), request.batchNumber()).orElse("")
          + ".");
    }
    request.oosResults().forEach(result -> cases.insertResult(caseNumber, result, now, openedBy));
    records.append(caseNumber, RecordType.CASE_OPENED, openedBy, null, Map.of("openedAt", now.toString()));
    return caseNumber;
  }

  private void checkPhysician(String userId) {
    User physician = identityService.createUserQuery().userId(userId)
        .memberOfGroup(UserGroup.PHYSICIANS.id()).singleResult();
    if (physician == null) {
      throw RuleViolation.broken("treatingPhysician", "Treating physician " + userId + " is not known.");
    }
    if (physician.getEmail() == null || physician.getEmail().isBlank()) {
      throw RuleViolation.broken("treatingPhysician",
          "Physician " + userId + " has no e-mail address: the OOS result could not be sent immediately.");
    }
  }
}
