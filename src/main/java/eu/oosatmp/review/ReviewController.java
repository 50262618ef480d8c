package eu.oosatmp.review;

import eu.oosatmp.integrity.ProductCalls;
import eu.oosatmp.notification.Aggregate;
import eu.oosatmp.notification.Delivery;
import eu.oosatmp.notification.Notifications;
import eu.oosatmp.web.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reviews")
public class ReviewController {

  private final Reviews reviews;
  private final Notifications notifications;
  private final RuntimeService runtimeService;
  private final InformationRequests informationRequests;

  public ReviewController(Reviews reviews, RuntimeService runtimeService, InformationRequests informationRequests,
      Notifications notifications) {
    this.notifications = notifications;
    this.reviews = reviews;
    this.runtimeService = runtimeService;
    this.informationRequests = informationRequests;
  }

  public record InformationRequest(@NotBlank @Size(max = 10000) String request) {}

  /** Starts a review; the product reviews appear under GET /api/reviews?processInstanceId=... */
  @PostMapping
  public ResponseEntity<Map<String, String>> start(@Valid @RequestBody StartReviewRequest request) {
    // The model's start listener checks the request (ReviewStartRules), as for a Tasklist start.
    Map<String, Object> variables = new HashMap<>();
    variables.put(OosPeriodicReviewProcess.PERIOD_START, request.periodStart().toString());
    variables.put(OosPeriodicReviewProcess.PERIOD_END, request.periodEnd().toString());
    variables.put(OosPeriodicReviewProcess.PRODUCT_CODE, request.productCode() == null ? "" : request.productCode());
    ProcessInstance instance = ProductCalls.run(() -> runtimeService.startProcessInstanceByKey(
        OosPeriodicReviewProcess.PROCESS_ID, variables));
    return ResponseEntity.accepted().location(URI.create("/api/reviews?processInstanceId=" + instance.getId()))
        .body(Map.of("processInstanceId", instance.getId()));
  }

  @GetMapping
  public List<ReviewView> list(@RequestParam(required = false) String processInstanceId) {
    return reviews.ids(processInstanceId).stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  public ReviewView get(@PathVariable long id) {
    return view(id);
  }

  /** The review's e-mails (reminders, submission to EMA, answers) with their delivery records. */
  @GetMapping("/{id}/notifications")
  public List<Delivery> notifications(@PathVariable long id) {
    reviews.find(id).orElseThrow(NotFound.record("periodic review", String.valueOf(id)));
    return notifications.deliveries(Aggregate.review(id));
  }

  @GetMapping(path = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> pdf(@PathVariable long id) {
    Reviews.Report report = report(id);
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
        "inline; filename=\"periodic-review-" + id + ".pdf\"").body(report.pdf());
  }

  @GetMapping(path = "/{id}/report.csv", produces = "text/csv")
  public ResponseEntity<String> csv(@PathVariable long id) {
    Reviews.Report report = report(id);
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
        "attachment; filename=\"periodic-review-" + id + ".csv\"").body(report.csv());
  }

  /** EMA asks for more information: delivered to the product review that waits for it. */
  @PostMapping("/{id}/information-requests")
  public ResponseEntity<Void> informationRequest(@PathVariable long id,
      @Valid @RequestBody InformationRequest request) {
    informationRequests.deliver(id, request.request());
    return ResponseEntity.accepted().build();
  }

  private Reviews.Report report(long id) {
    return reviews.latestReport(id).orElseThrow(NotFound.record("report of periodic review", String.valueOf(id)));
  }

  private ReviewView view(long id) {
    Reviews.Review review = reviews.find(id).orElseThrow(NotFound.record("periodic review", String.valueOf(id)));
    List<Reviews.ReviewRecord> records = reviews.records(id);
    return new ReviewView(review.id(), review.productCode(), review.periodStart(), review.periodEnd(),
        review.startedAt(), review.startedBy(), status(records),
        latest(records, ReviewRecordType.FIGURES).map(Reviews.ReviewRecord::details).orElse(null),
        latest(records, ReviewRecordType.TRENDS).map(record -> record.details().get("findings")).orElse(null),
        records);
  }

  private static String status(List<Reviews.ReviewRecord> records) {
    String last = records.isEmpty() ? "" : records.get(records.size() - 1).type();
    if (latest(records, ReviewRecordType.CLOSED).isPresent()) {
      return "CLOSED";
    }
    if (last.equals(ReviewRecordType.INFORMATION_REQUEST) || last.equals(ReviewRecordType.ANSWER_WRITTEN)) {
      return "INFORMATION_REQUESTED";
    }
    if (latest(records, ReviewRecordType.SUBMISSION).isPresent()) {
      return "SUBMITTED";
    }
    return last.equals(ReviewRecordType.REPORT) ? "AWAITING_APPROVAL" : "COMPILING";
  }

  private static Optional<Reviews.ReviewRecord> latest(List<Reviews.ReviewRecord> records, String type) {
    return records.stream().filter(record -> record.type().equals(type)).reduce((first, second) -> second);
  }
}
