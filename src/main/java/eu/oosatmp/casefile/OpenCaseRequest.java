package eu.oosatmp.casefile;

import eu.oosatmp.web.PlausibleTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** What QA knows when an OOS result is detected: the batch, where it goes, and the failed results. */
public record OpenCaseRequest(
    @NotBlank @Size(max = 40) String productCode,
    @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*",
        message = "may contain letters, digits and . _ / - only") String batchNumber,
    @NotBlank @Size(max = 40) String releaseSiteCode,
    @NotEmpty List<@NotBlank @Size(max = 40) String> treatingSiteCodes,
    @NotBlank @Size(max = 64) String treatingPhysician,
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+",
        message = "must be a pseudonym of letters, digits and -: never a patient's name") String patientPseudonym,
    @NotNull @PlausibleTime OffsetDateTime batchExpiry,
    @NotEmpty @Size(max = MAX_OOS_RESULTS, message = "must hold at most " + MAX_OOS_RESULTS + " OOS results per case")
    List<@Valid @NotNull OosResultInput> oosResults) {

  public static final int MAX_OOS_RESULTS = 20;

  public record OosResultInput(
      @NotBlank @Size(max = 100) String parameter,
      @NotBlank @Size(max = 200) String specification,
      @NotBlank @Size(max = 100) String result,
      @Size(max = 40) String unit,
      @NotBlank @Size(max = 200) String method,
      @NotNull @PastOrPresent @PlausibleTime OffsetDateTime testedAt) {}
}
