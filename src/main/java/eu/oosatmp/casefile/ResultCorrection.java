package eu.oosatmp.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A corrected OOS result. The original is never changed: the correction is a new result that points to it
 * and says why. Fields left out keep the original's value.
 */
public record ResultCorrection(
    @NotBlank @Size(max = 100) String result,
    @Size(max = 40) String unit,
    @Size(max = 200) String specification,
    @Size(max = 200) String method,
    @NotBlank @Size(max = 1000) String reason) {}
