package eu.oosatmp.mailbox;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GreenMail as the dev profile's SMTP server. It listens on loopback only, so nobody else can send
 * through it, and takes any sender, recipient and login; messages stay in memory until it stops.
 */
public class DevMailServer {

  static final String LOOPBACK = "127.0.0.1";

  private final GreenMail greenMail;

  DevMailServer(int port) {
    greenMail = new GreenMail(new ServerSetup(port, LOOPBACK, ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    try {
      greenMail.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException("The dev profile's SMTP server cannot listen on " + LOOPBACK + ":" + port
          + ". Set DEV_SMTP_PORT to a free port (0: any), or MAIL_HOST to use a mail server of your own.", e);
    }
  }

  /** The port it listens on, also when it was started on any free port. */
  public int port() {
    return greenMail.getSmtp().getPort();
  }

  /**
   * Every message received, numbered in order of arrival from 1. GreenMail stores a copy per recipient;
   * copies share their Message-ID and are listed once.
   */
  public List<ReceivedMail> received() {
    List<StoredMessage> stored = new ArrayList<>(greenMail.getManagers().getImapHostManager().getAllMessages());
    stored.sort(Comparator.comparing(StoredMessage::getReceivedDate));
    Map<Object, StoredMessage> once = new LinkedHashMap<>();
    stored.forEach(message -> once.putIfAbsent(identity(message), message));
    List<ReceivedMail> received = new ArrayList<>();
    once.values().forEach(message -> received.add(new ReceivedMail(received.size() + 1,
        message.getReceivedDate().toInstant(), message.getMimeMessage())));
    return received;
  }

  public Optional<ReceivedMail> received(int number) {
    List<ReceivedMail> received = received();
    return number < 1 || number > received.size() ? Optional.empty() : Optional.of(received.get(number - 1));
  }

  void stop() {
    greenMail.stop();
  }

  private static Object identity(StoredMessage message) {
    try {
      String messageId = message.getMimeMessage().getMessageID();
      return messageId == null ? message : messageId;
    } catch (MessagingException e) {
      return message;
    }
  }

  /** A message as it arrived. */
  public record ReceivedMail(int number, Instant receivedAt, MimeMessage message) {}
}
