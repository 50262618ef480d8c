package eu.oosatmp.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A periodic review as the API shows it: its status, figures, trend findings and every record. */
public record ReviewView(long id, String productCode, LocalDate periodStart, LocalDate periodEnd, Instant startedAt,
    String startedBy, String status, Map<String, Object> figures, Object trendFindings,
    List<Reviews.ReviewRecord> records) {}
