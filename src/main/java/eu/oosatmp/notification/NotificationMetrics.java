package eu.oosatmp.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code oos_notifications{status=...}}: how many notifications are sent, waiting (pending or retrying) and
 * failed. Read from the outbox, so every node reports the same figures and a restart loses none.
 */
@Component
class NotificationMetrics implements MeterBinder {

  private final Outbox outbox;

  NotificationMetrics(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(registry, "sent", List.of(Delivery.Status.SENT));
    // Waiting for delivery, whether or not an attempt has failed yet.
    gauge(registry, "pending", List.of(Delivery.Status.PENDING, Delivery.Status.RETRYING));
    gauge(registry, "failed", List.of(Delivery.Status.FAILED));
  }

  private void gauge(MeterRegistry registry, String status, List<Delivery.Status> statuses) {
    Gauge.builder("oos.notifications", outbox, queue -> queue.count(statuses))
        .tag("status", status)
        .description("Notifications in the outbox by delivery status")
        .register(registry);
  }
}
