package eu.oosatmp.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A review of any period, for one product or (productCode left out) every product active in it. */
public record StartReviewRequest(@Size(max = 40) String productCode, @NotNull LocalDate periodStart,
    @NotNull LocalDate periodEnd) {}
