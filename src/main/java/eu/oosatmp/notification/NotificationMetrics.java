package eu.oosatmp.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
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
    for (Delivery.Status status : new Delivery.Status[] {Delivery.Status.SENT, Delivery.Status.PENDING,
        Delivery.Status.FAILED}) {
      gauge(registry, status);
    }
  }

  private void gauge(MeterRegistry registry, Delivery.Status status) {
    Gauge.builder("oos.notifications", outbox, queue -> queue.count(status))
        .tag("status", status.name().toLowerCase(Locale.ROOT))
        .description("Notifications in the outbox by delivery status")
        .register(registry);
  }
}
