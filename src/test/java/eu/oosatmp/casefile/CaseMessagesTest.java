package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.MessageFixtures.CASE;
import static eu.oosatmp.casefile.MessageFixtures.IMPORTER;
import static eu.oosatmp.casefile.MessageFixtures.MAH;
import static eu.oosatmp.casefile.MessageFixtures.MANUFACTURER;
import static eu.oosatmp.casefile.MessageFixtures.SPONSOR_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.oosatmp.authority.Authority;
import eu.oosatmp.authority.AuthorityKind;
import eu.oosatmp.notification.MailLanguages;
import eu.oosatmp.notification.MailTemplates;
import eu.oosatmp.notification.Message;
import eu.oosatmp.notification.NotificationKind;
import eu.oosatmp.notification.PersonNames;
import eu.oosatmp.product.Party;
import eu.oosatmp.product.Product;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What physicians, sponsors, authorities and staff read about a case, rendered from the real templates. */
class CaseMessagesTest {

  private static final Authority CBG = new Authority("NL-CBG-MEB", AuthorityKind.NATIONAL_COMPETENT_AUTHORITY,
      "NL", "Medicines Evaluation Board", null, "CBG-MEB", "nl-cbg-meb@authorities.test");
  private static final Authority SUKL = new Authority("CZ-SUKL", AuthorityKind.NATIONAL_COMPETENT_AUTHORITY,
      "CZ", "State Institute for Drug Control", null, "SÚKL", "cz-sukl@authorities.test");
  private static final String PHYSICIAN_EMAIL = "physician@hospital.test";
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
  private static final Pattern USER_ID = Pattern.compile("\\bby (qa|qp|physician)\\b");

  private final MailTemplates templates = new MailTemplates();
  private final MailLanguages languages = mock(MailLanguages.class);
  private final PersonNames names = mock(PersonNames.class);
  private final CaseRecords records = mock(CaseRecords.class);
  private final CaseMessages messages = new CaseMessages(templates, languages, names,
      new RiskEvaluationDocument(templates));
  private final AuthorityNotice notice = new AuthorityNotice(templates, records, names);

  @BeforeEach
  void setUp() {
    when(languages.ofCountry(anyString())).thenReturn(Locale.ENGLISH);
    when(languages.ofCountry("CZ")).thenReturn(Locale.forLanguageTag("cs"));
    when(languages.ofCountry("DE")).thenReturn(Locale.GERMAN);
    when(languages.ofCountry("AT")).thenReturn(Locale.GERMAN);
    when(languages.ofCountry("FR")).thenReturn(Locale.FRENCH);
    when(languages.ofCountry("NL")).thenReturn(Locale.forLanguageTag("nl"));
    when(names.of("qa")).thenReturn("Quinn Adler");
    when(names.of("qp")).thenReturn("Petra Quandt");
    when(names.of("physician")).thenReturn("Dr. Elena Marquez");
  }

  @Test
  void physicianInACountryWithoutTranslationReadsEnglishOnly() {
    CaseFacts facts = facts("CZ");

    Message message = messages.physicianOosInformation(facts, PHYSICIAN_EMAIL);

    assertThat(message.subject()).isEqualTo("[" + CASE + "] Out-of-specification result: Abecma batch B-4711");
    assertThat(message.body())
        .startsWith("A release test of the batch made for your patient PAT-1 is out of specification.")
        .contains("Case: " + CASE, "Product: Abecma (idecabtagene vicleucel), EU/1/21/1539",
            "Batch B-4711, expires 2026-12-01 12:00 UTC", "Patient (pseudonym): PAT-1",
            "Release site: Cell Release Leiden B.V., Leiden (NL); Supervisory Authority: CBG-MEB",
            " - Viability: result 72 %, specification ≥ 80 % (Flow cytometry, tested 2026-11-20 06:00 UTC)",
            "The OOS batch is supplied only at your request")
        .doesNotContain("-----");
  }

  @ParameterizedTest
  @CsvSource({
      "DE, Eine Freigabeprüfung der für Ihren Patienten PAT-1, Englische Fassung, Gesamtrisiko (ICH Q9): Mittel",
      "AT, Eine Freigabeprüfung der für Ihren Patienten PAT-1, Englische Fassung, Gesamtrisiko (ICH Q9): Mittel",
      "FR, Un contrôle de libération du lot fabriqué pour votre patient PAT-1, Version anglaise, Risque global (ICH Q9): Moyen",
      "NL, Een vrijgiftetest van de batch die voor uw patiënt PAT-1, Engelse versie, Totaalrisico (ICH Q9): Gemiddeld"})
  void physicianReadsTheTreatingSitesLanguageWithTheEnglishTextBelow(String country, String detected,
      String separator, String overallRisk) {
    CaseFacts facts = facts(country);

    Message information = messages.physicianOosInformation(facts, PHYSICIAN_EMAIL);
    Message evaluation = messages.riskEvaluation(facts, PHYSICIAN_EMAIL, MessageFixtures.riskEvaluation());
    Message reminder = messages.decisionReminder(facts, PHYSICIAN_EMAIL);
    Message noSupply = messages.noSupplyToPhysician(facts, PHYSICIAN_EMAIL,
        new CaseMessages.NoSupplyReason("DECLINED", Instant.parse("2026-11-22T09:15:00Z"), null));

    assertBilingual(information, detected, separator, "A release test of the batch made for your patient PAT-1");
    assertBilingual(evaluation, overallRisk, separator, "Overall risk (ICH Q9): Medium");
    assertBilingual(reminder, "2026-12-01 12:00 UTC", separator,
        "Your decision whether to request supply of the out-of-specification batch is still open.");
    assertBilingual(noSupply, "2026-11-22 09:15 UTC", separator,
        "will not be supplied: the treating physician declined the supply on 2026-11-22 09:15 UTC.");
    assertThat(List.of(information, evaluation, reminder, noSupply))
        .allSatisfy(message -> assertThat(message.subject()).startsWith("[" + CASE + "] "));
  }

  @Test
  void riskEvaluationIsInWordsWithTheEvaluatorsNameAndTravelsAsPdf() throws IOException {
    Message message = messages.riskEvaluation(facts("CZ"), PHYSICIAN_EMAIL, MessageFixtures.riskEvaluation());

    assertThat(message.subject()).contains("Risk evaluation");
    assertThat(message.body()).contains("Hazards: Reduced efficacy.",
        "Severity: Medium; probability: Low; detectability: High", "Overall risk (ICH Q9): Medium",
        "Recommendation: Supply may be considered at the physician's request",
        "Evaluated by Quinn Adler on 2026-11-21 11:30 UTC");
    assertThat(message.attachments()).singleElement().satisfies(attachment -> {
      assertThat(attachment.fileName()).isEqualTo("risk-evaluation-" + CASE + ".pdf");
      assertThat(attachment.contentType()).isEqualTo("application/pdf");
    });
    String pdf = pdfText(message.attachments().get(0).content());
    assertThat(pdf).contains("Evaluation of the risks of an out-of-specification ATMP batch", CASE, "B-4711",
        "PAT-1", "Overall risk (ICH Q9): Medium", "Supply may be considered at the physician's request",
        "Evaluated by Quinn Adler on 2026-11-21 11:30 UTC");
    assertThat(CODE.matcher(pdf).find()).as("codes in the PDF").isFalse();
  }

  @Test
  void decisionFormShowsTheRequestRuleFirstAndTheEvaluationInWords() {
    String summary = messages.riskSummary(MessageFixtures.riskEvaluation());

    assertThat(summary).startsWith("The OOS batch is supplied only at your request")
        .contains("Overall risk (ICH Q9): Medium", "Evaluated by Quinn Adler");
    assertThat(CODE.matcher(summary).find()).isFalse();
  }

  @Test
  void noSupplyNamesTheDecisiveStepInWords() {
    CaseFacts facts = facts("CZ");
    List<CaseRecords.CaseRecord> qpRefused = List.of(MessageFixtures.supplyRequested(),
        MessageFixtures.record(RecordType.QP_VERIFICATION, "2026-11-22T13:00:00Z", "qp",
            Map.of("qpConfirmed", false, "importProcedures", "NOT_IMPORTED", "qpComment", "Transport record incomplete.")));
    List<CaseRecords.CaseRecord> expired = List.of(MessageFixtures.record(RecordType.BATCH_EXPIRED,
        "2026-12-01T12:00:00Z", CaseRecords.SYSTEM, Map.of()));

    assertThat(messages.noSupplyToPhysician(facts, PHYSICIAN_EMAIL, CaseMessages.noSupplyReason(facts, qpRefused))
        .body()).contains("will not be supplied: the Qualified Person did not confirm the verification of the batch "
            + "on 2026-11-22 13:00 UTC.\nComment of the Qualified Person: Transport record incomplete.");
    assertThat(messages.noSupplyToPhysician(facts, PHYSICIAN_EMAIL, CaseMessages.noSupplyReason(facts, expired))
        .body()).contains("will not be supplied: the batch expired on 2026-12-01 12:00 UTC.");
  }

  @Test
  void authorityNotificationIsTheCoverNoteOverEveryStructuredFact() {
    CaseFacts facts = facts("CZ");
    recorded(MessageFixtures.investigation(), MessageFixtures.riskEvaluation(), MessageFixtures.supplyRequested(),
        MessageFixtures.qpConfirmed(), MessageFixtures.supplied());

    Message message = notice.toAuthority(facts, CBG, NotificationKind.SUPERVISORY_AUTHORITY_NOTIFICATION,
        "Dear colleagues, please find our notification below.");

    assertThat(message.recipient()).isEqualTo("nl-cbg-meb@authorities.test");
    assertThat(message.subject()).isEqualTo("[" + CASE + "] Supply of an OOS ATMP batch (CBG-MEB): Abecma batch B-4711");
    assertThat(message.body()).startsWith("Dear colleagues, please find our notification below.")
        .contains(
            "Case number: " + CASE,
            "Product: Abecma (idecabtagene vicleucel)",
            "Authorisation: EU/1/21/1539",
            "Marketing authorisation holder: " + MAH + ", 1 Holder Street, Dublin, Ireland, phone +353 1 555 0100, "
                + "oos@mah.test",
            "Manufacturer: " + MANUFACTURER,
            "Importer: " + IMPORTER,
            "Release site: Cell Release Leiden B.V., Leiden (NL); Supervisory Authority: Medicines Evaluation Board "
                + "(CBG-MEB)",
            "Treating site(s): University Hospital CZ, City (CZ)",
            "Treating physician: Dr. Elena Marquez",
            "Batch: B-4711, expires 2026-12-01 12:00 UTC",
            "Patient (pseudonym): PAT-1",
            " - Viability: result 72 %, specification ≥ 80 % (Flow cytometry, tested 2026-11-20 06:00 UTC)",
            "Root-cause investigation (EMA/CAT Q&A, question 4): concluded on 2026-11-21 10:00 UTC by Quinn Adler",
            " - Root cause: Starting material with low T-cell fitness.",
            " - A laboratory error explains the result: no",
            "Recommendation: Supply may be considered at the physician's request",
            "Physician's request (EU GMP Part IV 11.54): Request supply of the OOS batch, recorded on "
                + "2026-11-22 09:15 UTC by Dr. Elena Marquez",
            "QP verification (EMA/CAT Q&A, question 4): verifications confirmed on 2026-11-22 13:00 UTC by Petra "
                + "Quandt; Imported batch: the standard import procedures were followed",
            "Supplied to the treating site: 2026-11-22 15:40 UTC",
            "Administration: not yet");
  }

  @Test
  void authorityNotificationSaysWhatIsStillOpenAndHowTheAdministrationWent() {
    CaseFacts facts = facts("CZ");
    recorded(MessageFixtures.supplied(), MessageFixtures.record(RecordType.ADMINISTRATION, "2026-11-23T10:00:00Z",
        "physician", Map.of("administration", "NOT_ADMINISTERED", "notAdministeredReason", "Condition worsened.")));

    String body = notice.toAuthority(facts, SUKL, NotificationKind.NATIONAL_AUTHORITY_NOTIFICATION, "Cover.").body();

    assertThat(body).contains("Root-cause investigation (EMA/CAT Q&A, question 4): ongoing",
        "national competent authority of a treating site", "Physician's request (EU GMP Part IV 11.54): not yet recorded",
        "Administration: not administered: Condition worsened.");

    recorded(MessageFixtures.supplied(), MessageFixtures.record(RecordType.ADMINISTRATION, "2026-11-23T10:00:00Z",
        "physician", Map.of("administration", "ADMINISTERED", "administeredAt", "2026-11-23T09:30:00Z")));
    assertThat(notice.toAuthority(facts, SUKL, NotificationKind.NATIONAL_AUTHORITY_NOTIFICATION, "Cover.").body())
        .contains("Administration: administered on 2026-11-23 09:30 UTC");
  }

  @Test
  void draftCoverNoteNamesTheInvestigationAsRecorded() {
    CaseFacts facts = facts("CZ");
    Instant suppliedAt = Instant.parse("2026-11-22T15:40:00Z");

    assertThat(AuthorityNotice.draft(facts, suppliedAt, Optional.of(MessageFixtures.investigation())))
        .contains("concluded on 2026-11-21 10:00 UTC; root cause: Starting material with low T-cell fitness.")
        .doesNotContain("ongoing");
    assertThat(AuthorityNotice.draft(facts, suppliedAt, Optional.empty()))
        .contains("supplied to the treating site on 2026-11-22 15:40 UTC", "investigation was ongoing when this "
            + "notification was drafted");
  }

  /** Q&A 1: the written agreement names who speaks to the physician and who to the authorities. */
  @Test
  void sendersAndSignaturesFollowTheWrittenAgreement() {
    CaseFacts facts = MessageFixtures.facts(MessageFixtures.product(Party.MAH, Party.IMPORTER), "CZ");
    recorded(MessageFixtures.supplied());

    Message toPhysician = messages.physicianOosInformation(facts, PHYSICIAN_EMAIL);
    Message toAuthority = notice.toAuthority(facts, CBG, NotificationKind.SUPERVISORY_AUTHORITY_NOTIFICATION, "Note.");
    Message notAdministered = notice.notAdministered(facts, CBG.notificationEmail(), "Condition worsened.");

    assertThat(toPhysician.sender()).isEqualTo(new Message.Sender(MAH, "oos@mah.test"));
    assertThat(toPhysician.body()).endsWith(String.join("\n", "-- ", MAH, "Marketing authorisation holder",
        "1 Holder Street, Dublin, Ireland", "Phone: +353 1 555 0100", "E-mail: oos@mah.test"));
    assertThat(toAuthority.sender()).isEqualTo(new Message.Sender(IMPORTER, "qa@importer.test"));
    assertThat(toAuthority.body()).endsWith(String.join("\n", "-- ", IMPORTER, "Importer", "Importweg 1, Leiden",
        "Phone: +31 20 555 0100", "E-mail: qa@importer.test"))
        .contains("Contact for this notification under the written agreement (EMA/CAT Q&A, question 1): " + IMPORTER
            + " (Importer)");
    assertThat(notAdministered.sender()).isEqualTo(toAuthority.sender());
  }

  @Test
  void staffRemindersComeFromTheInstallationUnsigned() {
    CaseFacts facts = facts("CZ");
    Instant dueAt = Instant.parse("2026-11-24T15:40:00Z");

    Message reminder = notice.deadlineReminder(facts, "regulatory@company.test", dueAt);
    Message escalation = notice.deadlineMissed(facts, "qa@company.test", dueAt);

    assertThat(reminder.subject()).contains("Supervisory Authority notification due");
    assertThat(escalation.subject()).contains("ESCALATION");
    assertThat(List.of(reminder, escalation)).allSatisfy(message -> {
      assertThat(message.sender()).isNull();
      assertThat(message.body()).contains("2026-11-24 15:40 UTC").doesNotContain("-- \n");
    });
  }

  /** GMP Part IV 11.54: the sponsor hears from the manufacturer. */
  @Test
  void sponsorHearsFromTheManufacturer() {
    CaseFacts facts = MessageFixtures.facts(MessageFixtures.clinicalTrialProduct(), "DE");

    Message notification = messages.sponsorNotification(facts);
    Message noSupply = messages.noSupplyToSponsor(facts,
        new CaseMessages.NoSupplyReason("BATCH_EXPIRED", Instant.parse("2026-12-01T12:00:00Z"), null));
    Message notAdministered = notice.notAdministered(facts, SPONSOR_EMAIL, "Condition worsened.");

    assertThat(notification.subject()).contains("OOS batch in clinical trial EU CT 2025-500001-12-00");
    assertThat(List.of(notification, noSupply, notAdministered)).allSatisfy(message -> {
      assertThat(message.recipient()).isEqualTo(SPONSOR_EMAIL);
      assertThat(message.sender()).isEqualTo(new Message.Sender(MANUFACTURER, "qa@maker.test"));
      assertThat(message.body()).doesNotContain("Englische Fassung");
    });
  }

  @Test
  void noMessageShowsAnInternalCodeOrAUserIdWhereANameExists() {
    List<Message> all = new ArrayList<>();
    recorded(MessageFixtures.investigation(), MessageFixtures.riskEvaluation(), MessageFixtures.supplyRequested(),
        MessageFixtures.qpConfirmed(), MessageFixtures.supplied(), MessageFixtures.record(RecordType.ADMINISTRATION,
            "2026-11-23T10:00:00Z", "physician", Map.of("administration", "ADMINISTERED",
                "administeredAt", "2026-11-23T09:30:00Z")));
    for (String country : List.of("CZ", "DE", "FR", "NL")) {
      CaseFacts facts = facts(country);
      all.add(messages.physicianOosInformation(facts, PHYSICIAN_EMAIL));
      all.add(messages.riskEvaluation(facts, PHYSICIAN_EMAIL, MessageFixtures.riskEvaluation()));
      all.add(messages.decisionReminder(facts, PHYSICIAN_EMAIL));
      for (String reason : List.of("BATCH_EXPIRED", "QP_NOT_CONFIRMED", "DECLINED")) {
        all.add(messages.noSupplyToPhysician(facts, PHYSICIAN_EMAIL,
            new CaseMessages.NoSupplyReason(reason, Instant.parse("2026-11-22T13:00:00Z"), null)));
      }
    }
    CaseFacts facts = facts("CZ");
    all.add(notice.toAuthority(facts, CBG, NotificationKind.SUPERVISORY_AUTHORITY_NOTIFICATION, "Cover note."));
    all.add(notice.toAuthority(facts, SUKL, NotificationKind.NATIONAL_AUTHORITY_NOTIFICATION, "Cover note."));
    all.add(notice.notAdministered(facts, CBG.notificationEmail(), "Condition worsened."));
    all.add(notice.deadlineReminder(facts, "regulatory@company.test", Instant.parse("2026-11-24T15:40:00Z")));
    all.add(notice.deadlineMissed(facts, "qa@company.test", Instant.parse("2026-11-24T15:40:00Z")));
    CaseFacts trial = MessageFixtures.facts(MessageFixtures.clinicalTrialProduct(), "DE");
    all.add(messages.sponsorNotification(trial));

    assertThat(all).allSatisfy(message -> {
      String text = message.subject() + "\n" + message.body();
      assertThat(CODE.matcher(text).results().map(match -> match.group()).toList()).as(message.subject()).isEmpty();
      assertThat(USER_ID.matcher(text).find()).as("user id in " + message.subject()).isFalse();
      assertThat(text).as(message.subject()).doesNotContain("??", "null", "[(", "${");
      for (String code : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL", "DECLINE", "ADMINISTERED", "FOLLOWED")) {
        assertThat(Pattern.compile("\\b" + code + "\\b").matcher(text).find()).as(code + " in " + message.subject())
            .isFalse();
      }
    });
  }

  private static CaseFacts facts(String treatingCountry) {
    return MessageFixtures.facts(MessageFixtures.product(Party.IMPORTER, Party.MAH), treatingCountry);
  }

  private void recorded(CaseRecords.CaseRecord... caseRecords) {
    when(records.all(CASE)).thenReturn(List.of(caseRecords));
  }

  private static void assertBilingual(Message message, String translated, String separator, String english) {
    String body = message.body();
    assertThat(body).contains(translated, separator, english);
    assertThat(body.indexOf(translated)).as("translated text first").isLessThan(body.indexOf(separator));
    assertThat(body.indexOf(separator)).as("English below").isLessThan(body.indexOf(english));
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
