package eu.oosatmp.casefile;

import eu.oosatmp.security.UserGroup;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Delivery;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.web.NotFound;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.annotation.Transactional;

@RestController
@RequestMapping("/api/oos-cases")
public class CaseController {

  private final CaseOpening opening;
  private final CaseCancellation cancellation;
  private final CaseQueries queries;
  private final CaseRepository cases;
  private final Clock clock;
  private final Notifications notifications;

  public CaseController(CaseOpening opening, CaseCancellation cancellation, CaseQueries queries,
      CaseRepository cases, Clock clock, Notifications notifications) {
    this.opening = opening;
    this.cancellation = cancellation;
    this.queries = queries;
    this.cases = cases;
    this.clock = clock;
    this.notifications = notifications;
  }

  @PostMapping
  public ResponseEntity<Map<String, String>> open(@Valid @RequestBody OpenCaseRequest request,
      Authentication caller) {
    String caseNumber = opening.open(request, caller.getName());
    return ResponseEntity.created(URI.create("/api/oos-cases/" + caseNumber)).body(Map.of("caseNumber", caseNumber));
  }

  @GetMapping
  public List<CaseView> list(@RequestParam(required = false) String product,
      @RequestParam(required = false) CaseView.CaseState state,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedTo,
      Authentication caller) {
    return queries.list(product, state,
        openedFrom == null ? null : openedFrom.atStartOfDay(ZoneOffset.UTC).toInstant(),
        openedTo == null ? null : openedTo.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        onlyOwnCases(caller));
  }

  @GetMapping("/{caseNumber}")
  public CaseView get(@PathVariable String caseNumber, Authentication caller) {
    String physician = onlyOwnCases(caller);
    return queries.find(caseNumber)
        .filter(view -> physician == null || physician.equals(view.treatingPhysician()))
        .orElseThrow(NotFound.record("OOS case", caseNumber));
  }

  /** Each notification of the case with its delivery record: sent time, SMTP Message-ID, attempts, last error. */
  @GetMapping("/{caseNumber}/notifications")
  public List<Delivery> notifications(@PathVariable String caseNumber, Authentication caller) {
    get(caseNumber, caller);
    return notifications.deliveries(Aggregate.oosCase(caseNumber));
  }

  @PostMapping("/{caseNumber}/oos-results/{resultId}/corrections")
  @Transactional
  public ResponseEntity<Map<String, Long>> correct(@PathVariable String caseNumber, @PathVariable long resultId,
      @Valid @RequestBody ResultCorrection correction, Authentication caller) {
    CaseRepository.OosResult original = cases.results(caseNumber).stream()
        .filter(result -> result.id() == resultId)
        .findFirst()
        .orElseThrow(NotFound.record("OOS result of case " + caseNumber, String.valueOf(resultId)));
    long id = cases.insertCorrection(caseNumber, original, correction, clock.instant(), caller.getName());
    return ResponseEntity.created(URI.create("/api/oos-cases/" + caseNumber)).body(Map.of("id", id));
  }

  @PostMapping("/{caseNumber}/cancellation")
  public CaseView cancel(@PathVariable String caseNumber, @Valid @RequestBody CancellationRequest request,
      Authentication caller) {
    queries.find(caseNumber).orElseThrow(NotFound.record("OOS case", caseNumber));
    cancellation.cancel(caseNumber, request.reason(), caller.getName());
    return queries.find(caseNumber).orElseThrow();
  }

  /** A physician who holds no other role sees only the cases of their own patients. */
  private static String onlyOwnCases(Authentication caller) {
    List<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    boolean physicianOnly = groups.contains(UserGroup.PHYSICIANS.authority()) && groups.size() == 1;
    return physicianOnly ? caller.getName() : null;
  }
}
