package eu.oosatmp.casefile;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import eu.oosatmp.notification.MailTemplates;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The manufacturer's risk evaluation as a document the physician keeps with the patient's records (Q&A 1 and
 * 4: the risk analysis provided to the physician is kept). Its text is the template
 * {@code mail/attachments/risk-evaluation.txt}, in English: the one version the manufacturer's records hold.
 */
@Component
public class RiskEvaluationDocument {

  static final String TITLE = "Evaluation of the risks of an out-of-specification ATMP batch";

  // Family-only fonts: OpenPDF sets a character Helvetica cannot show (a name, a unit) in its embedded fallback.
  private static final Font TITLE_FONT = new Font(Font.HELVETICA, 14, Font.BOLD, new Color(31, 56, 100));
  private static final Font TEXT_FONT = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);

  private final MailTemplates templates;

  public RiskEvaluationDocument(MailTemplates templates) {
    this.templates = templates;
  }

  byte[] pdf(CaseFacts facts, RecordedStep evaluation) {
    String text = templates.render("attachments/risk-evaluation", Locale.ENGLISH,
        Map.of("facts", facts, "evaluation", evaluation));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter.getInstance(document, out);
    document.addTitle(TITLE + " - " + facts.caseNumber());
    document.addAuthor(facts.product().parties().manufacturer());
    document.open();
    document.add(new Paragraph(TITLE, TITLE_FONT));
    Paragraph body = new Paragraph(text, TEXT_FONT);
    body.setSpacingBefore(12);
    document.add(body);
    document.close();
    return out.toByteArray();
  }
}
