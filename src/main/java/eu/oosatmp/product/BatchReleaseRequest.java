package eu.oosatmp.product;

import eu.oosatmp.web.PlausibleTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** One batch release as a LIMS or MES reports it. */
public record BatchReleaseRequest(
    @NotBlank @Size(max = 40) String productCode,
    @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*",
        message = "may contain letters, digits and . _ / - only") String batchNumber,
    @NotBlank @Size(max = 40) String releaseSiteCode,
    @NotNull @PastOrPresent @PlausibleTime OffsetDateTime releasedAt,
    @NotNull Boolean withinSpecification) {}
