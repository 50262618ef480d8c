package eu.oosatmp.notification;

import eu.oosatmp.product.PartyContact;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The wording of every e-mail: plain-text Thymeleaf templates under {@code mail/}, one per notification kind
 * ({@code mail/risk-evaluation.txt} for {@link NotificationKind#RISK_EVALUATION}), and their texts and
 * subjects in the bundle {@code mail/messages*.properties}. A text for a reader of another language is sent
 * in that language where the bundle is translated, with the English text below it: the manufacturer's QA
 * must be able to read what was sent. The party that signs a message also sends it (Q&A 1).
 *
 * <p>The engine is this class's own, not a bean: the web UI's Thymeleaf (HTML, {@code templates/}) stays as
 * Spring Boot configures it.
 */
@Component
public class MailTemplates {

  private static final String PREFIX = "mail/";
  private static final String BUNDLE = PREFIX + "messages";
  private static final String SIGNATURE = "fragments/signature";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

  public MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(PREFIX);
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    texts.setBasename(BUNDLE);
    texts.setDefaultEncoding("UTF-8");
    // A language without a translation reads the English base bundle, never the server's own locale.
    texts.setFallbackToSystemLocale(false);
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(texts);
  }

  /**
   * The message of the kind to the recipient. With a signatory, it is sent in the signatory's name with
   * replies to its address, and signed by it; without one, the installation sends it (staff reminders).
   */
  public Message message(NotificationKind kind, String recipient, PartyContact signatory, String subject,
      Locale language, Map<String, ?> variables, List<Message.Attachment> attachments) {
    String body = body(templateOf(kind), language, variables);
    if (signatory != null) {
      body = body + "\n\n" + render(SIGNATURE, Locale.ENGLISH, Map.of("party", signatory));
    }
    return new Message(recipient, sender(signatory), subject, body, attachments);
  }

  public Message message(NotificationKind kind, String recipient, PartyContact signatory, String subject,
      Locale language, Map<String, ?> variables) {
    return message(kind, recipient, signatory, subject, language, variables, List.of());
  }

  /** The template in the reader's language where it is translated, then always in English. */
  public String body(String template, Locale language, Map<String, ?> variables) {
    String english = render(template, Locale.ENGLISH, variables);
    if (!isTranslated(language)) {
      return english;
    }
    return render(template, language, variables) + "\n\n" + text("bilingual.englishBelow", language) + "\n\n"
        + english;
  }

  public String render(String template, Locale language, Map<String, ?> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put("utc", UtcTime.INSTANCE);
    return engine.process(template, new Context(language, all)).strip();
  }

  /** A text of the bundle, e.g. a subject phrase; arguments as in {@link java.text.MessageFormat}. */
  public String text(String key, Locale language, Object... arguments) {
    return texts.getMessage(key, arguments, language);
  }

  /** A text of the bundle in English: subjects are English for every reader. */
  public String text(String key, Object... arguments) {
    return text(key, Locale.ENGLISH, arguments);
  }

  /** Whether the mail texts exist in the language; English is the base and needs no translation. */
  public static boolean isTranslated(Locale language) {
    return language != null && !language.getLanguage().isEmpty()
        && !Locale.ENGLISH.getLanguage().equals(language.getLanguage())
        && MailTemplates.class.getClassLoader()
            .getResource(BUNDLE + "_" + language.getLanguage() + ".properties") != null;
  }

  static String templateOf(NotificationKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Message.Sender sender(PartyContact signatory) {
    // Without an e-mail of its own a party cannot receive the replies: the installation sends then.
    return signatory == null || signatory.email() == null ? null
        : new Message.Sender(signatory.name(), signatory.email());
  }
}
