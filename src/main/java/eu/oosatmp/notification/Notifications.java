package eu.oosatmp.notification;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The outbox. A step queues its notifications in its own transaction; each is then delivered by a job of
 * its own, so a mail server that is down neither rolls the step back nor holds the case. A notification is
 * queued once per case or review, kind, recipient and occasion: retried steps, restarts and other nodes
 * find it queued already.
 */
@Service
public class Notifications {

  /** The handler type of the jobs that deliver notifications, as the engine's job tables record it. */
  public static final String DELIVERY_JOB_TYPE = "oos-notification-delivery";

  private final Outbox outbox;
  private final DeliveryJobs jobs;
  private final Clock clock;

  public Notifications(Outbox outbox, DeliveryJobs jobs, Clock clock) {
    this.outbox = outbox;
    this.jobs = jobs;
    this.clock = clock;
  }

  public void queue(Aggregate about, NotificationKind kind, Message message) {
    queue(about, kind, "", message);
  }

  /** Queues a message that may recur (a reminder), once per occasion. */
  public void queue(Aggregate about, NotificationKind kind, String occasion, Message message) {
    if (outbox.find(about, kind, message.recipient(), occasion).isPresent()) {
      return;
    }
    jobs.schedule(outbox.insert(about, kind, occasion, message, clock.instant()));
  }

  public void queueToEach(Aggregate about, NotificationKind kind, List<String> recipients,
      Function<String, Message> messageTo) {
    recipients.forEach(recipient -> queue(about, kind, messageTo.apply(recipient)));
  }

  /** Every notification of the case or review in the order queued, with how its delivery went. */
  public List<Delivery> deliveries(Aggregate about) {
    return outbox.deliveries(about);
  }
}
