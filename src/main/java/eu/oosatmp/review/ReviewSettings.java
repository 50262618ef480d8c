package eu.oosatmp.review;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Periodic review settings: EMA's quality defect address (defaults to the reserved .test domain), how
 * long the product review waits for an EMA request for more information, how long approval may take,
 * and the address at which staff reach this installation (for the report link in Tasklist).
 */
@ConfigurationProperties("oos.review")
public record ReviewSettings(String emaQualityDefectAddress, Period emaResponseWindow, Duration approvalPeriod,
    String publicUrl) {}
