package eu.oosatmp.product;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/batches")
public class BatchReleaseController {

  private final BatchReleases releases;
  private final BatchCsv csv;

  public BatchReleaseController(BatchReleases releases, BatchCsv csv) {
    this.releases = releases;
    this.csv = csv;
  }

  @PostMapping
  public ResponseEntity<Map<String, Integer>> record(@Valid @RequestBody BatchReleaseRequest release,
      Authentication caller) {
    int recorded = releases.record(List.of(new BatchReleases.Row(0, release)), List.of(), BatchReleases.Source.API,
        caller.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("recorded", recorded));
  }

  /** A LIMS/MES export (text/csv): every row is checked; one bad row and nothing is imported. */
  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  public ResponseEntity<Map<String, Integer>> importCsv(@RequestBody String file, Authentication caller) {
    BatchCsv.Parsed parsed = csv.read(file);
    int imported = releases.record(parsed.rows(), parsed.problems(), BatchReleases.Source.CSV_IMPORT,
        caller.getName());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", imported));
  }
}
