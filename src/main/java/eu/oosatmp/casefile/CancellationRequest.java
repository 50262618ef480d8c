package eu.oosatmp.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why QA ends a case before its process does; the reason becomes part of the case record. */
public record CancellationRequest(@NotBlank @Size(max = 1000) String reason) {}
