package eu.oosatmp.review;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import eu.oosatmp.notification.UtcTime;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

/**
 * Renders the six-monthly periodic review of OOS batches (EMA/CAT Q&amp;A, question 3) that the marketing
 * authorisation holder sends EMA as a Quality Defect report: a PDF for the reader and a CSV with the same
 * figures for machines.
 *
 * <p>The CSV is RFC 4180 (comma separated, CRLF line ends, fields quoted only when they contain a comma, a
 * quote or a line break, quotes doubled). It is made of sections in a fixed order. Each section starts with
 * a header line whose first field is the literal {@code section} and whose other fields name the columns;
 * every row after it has the section's name in its first field. A section with no rows keeps its header
 * line, so every file has all six header lines, the first on line 1. The number of fields changes from
 * section to section: read the file record by record, switching columns at each header line, rather than as
 * one table. The sections, in this order, and their header lines:
 *
 * <pre>
 * section,key,value                        rows: summary,&lt;key&gt;,&lt;value&gt;
 *   keys: product_code, product_name, marketing_authorisation_holder, period_start, period_end (inclusive),
 *   generated_at, released_within_specification, oos_batches, oos_supplied_and_administered,
 *   oos_supplied_not_administered, oos_declined, oos_expired, oos_blocked, oos_still_open, oos_rate_percent
 * section,key,value                        rows: previous_period,&lt;key&gt;,&lt;value&gt;
 *   keys: period_start, period_end, released_within_specification, oos_batches, oos_rate_percent,
 *   oos_rate_change_points (this period's rate minus the previous one's)
 * section,month,released_within_specification,oos_batches          rows: month,...
 * section,parameter,oos_batches                                    rows: parameter,... (most frequent first)
 * section,case_number,batch_number,detected,failed_parameters,outcome,administered,notification_48h
 *                                                                  rows: oos_batch,...
 * section,finding,reason                                           rows: trend,... (no rows: no trend)
 * </pre>
 *
 * <p>Dates are ISO-8601 ({@code 2026-06-30}), months {@code 2026-06}, generated_at an ISO-8601 instant in
 * UTC; percentages and percentage points have one decimal and a point as decimal separator; administered
 * is {@code true} or {@code false}; failed_parameters are separated by {@code ;}; notification_48h is MET,
 * LATE, MISSED, OPEN or NOT_APPLICABLE.
 */
@Component
public class ReviewReport {

  static {
    // JFreeChart draws with AWT; on a server without a display AWT must start headless. Spring Boot sets
    // this already, a plain JVM (tests, tools) may not; an explicit setting by the operator is kept.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static final String TITLE = "Periodic review of out-of-specification batches \u2014 Quality Defect report";

  private static final Color ACCENT = new Color(31, 56, 100);
  private static final Color RULE = new Color(190, 198, 210);
  private static final Color SHADE = new Color(238, 242, 247);
  private static final Color IN_SPEC = new Color(91, 132, 177);
  private static final Color OOS = new Color(192, 57, 43);

  // OpenPDF sets a Font given only a family in an embedded fallback font whenever a chunk has a character above
  // U+00FF. Data (names, parameters) keeps that fallback, so that a character Helvetica cannot show is still
  // printed; the title has an em dash and is fixed, so it names Helvetica with Windows-1252, which has one.
  private static final BaseFont HELVETICA = standardFont(BaseFont.HELVETICA);
  private static final BaseFont HELVETICA_BOLD = standardFont(BaseFont.HELVETICA_BOLD);

  private static final Font TITLE_FONT = new Font(HELVETICA_BOLD, 15, Font.NORMAL, ACCENT);
  private static final Font HEADING_FONT = new Font(Font.HELVETICA, 11, Font.BOLD, ACCENT);
  private static final Font TEXT_FONT = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.BLACK);
  private static final Font LABEL_FONT = new Font(Font.HELVETICA, 9, Font.BOLD, Color.DARK_GRAY);
  private static final Font NOTE_FONT = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);
  private static final Font FOOTER_FONT = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, Color.GRAY);
  private static final Font HEAD_CELL_FONT = new Font(Font.HELVETICA, 8.5f, Font.BOLD, Color.WHITE);
  private static final Font CELL_FONT = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, Color.BLACK);
  private static final Font BOLD_CELL_FONT = new Font(Font.HELVETICA, 8.5f, Font.BOLD, Color.BLACK);

  /** Chart size in points on the page; it is drawn at CHART_SCALE times that in pixels to stay sharp. */
  private static final int CHART_WIDTH = 510;
  private static final int CHART_HEIGHT = 210;
  private static final int CHART_SCALE = 3;
  private static final java.awt.Font CHART_FONT = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 8);

  private final Clock clock;

  public ReviewReport(Clock clock) {
    this.clock = clock;
  }

  public byte[] pdf(ReviewFigures figures, List<ReviewFigures.TrendFinding> findings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 42, 42, 42, 54);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    // Otherwise a chart that does not fit on the page is moved below the text that follows it.
    writer.setStrictImageSequence(true);
    writer.setPageEvent(new Footer(footerText(figures)));
    describe(document, figures);
    document.open();
    document.add(new Paragraph(TITLE, TITLE_FONT));
    document.add(headerBlock(figures, generatedAt()));
    section(document, "1. Summary", summaryTable(figures));
    section(document, "2. OOS batches by failed parameter", parameterTable(figures.failuresByParameter()));
    document.add(note("A batch that failed several parameters is counted under each of them."));
    section(document, "3. Batches by month", monthTable(figures.byMonth()));
    document.add(chart(figures.byMonth()));
    section(document, "4. Comparison with the previous period", comparisonTable(figures));
    section(document, "5. Trend findings", findingsBlock(findings));
    section(document, "6. OOS batches of the period", batchesBlock(figures.oosBatches()));
    document.close();
    return out.toByteArray();
  }

  private static void describe(Document document, ReviewFigures figures) {
    document.addTitle(TITLE);
    document.addSubject("Periodic review " + period(figures.periodStart(), figures.periodEnd()) + ", "
        + product(figures));
    document.addAuthor(figures.marketingAuthorisationHolder());
    document.addCreator("OOS ATMP workflow");
  }

  private static String footerText(ReviewFigures figures) {
    // Middle dots, not em dashes: a character above U+00FF sets the whole line in the fallback font.
    return "Periodic review of OOS batches \u00b7 " + figures.productCode() + " \u00b7 "
        + period(figures.periodStart(), figures.periodEnd());
  }

  private static PdfPTable headerBlock(ReviewFigures figures, Instant generatedAt) {
    PdfPTable table = table(new float[] {28, 72});
    table.setSpacingBefore(10);
    headerRow(table, "Product", product(figures));
    headerRow(table, "Marketing authorisation holder", figures.marketingAuthorisationHolder());
    headerRow(table, "Review period", period(figures.periodStart(), figures.periodEnd()) + " (inclusive)");
    headerRow(table, "Report", "Six-monthly periodic review for EMA (EMA/CAT Q&A on OOS ATMPs, question 3): "
        + "OOS batches administered compared with batches released within specification.");
    headerRow(table, "Generated", UtcTime.format(generatedAt)
        + " by the OOS ATMP workflow from the recorded OOS cases and batch releases.");
    return table;
  }

  private static void headerRow(PdfPTable table, String label, String value) {
    table.addCell(headerCell(new Phrase(label, LABEL_FONT)));
    table.addCell(headerCell(new Phrase(value, TEXT_FONT)));
  }

  private static PdfPCell headerCell(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setBackgroundColor(SHADE);
    cell.setPadding(4);
    return cell;
  }

  private static PdfPTable summaryTable(ReviewFigures figures) {
    ReviewFigures.OosOutcomes outcomes = figures.oosOutcomes();
    PdfPTable table = headedTable(new float[] {70, 30}, "Figure", "Batches");
    figureRow(table, "Released within specification", count(figures.releasedWithinSpecification()), false);
    figureRow(table, "Out of specification (OOS), total", count(outcomes.total()), true);
    outcomeRow(table, "supplied and administered", outcomes.suppliedAndAdministered());
    outcomeRow(table, "supplied, not administered", outcomes.suppliedNotAdministered());
    outcomeRow(table, "declined", outcomes.declined());
    outcomeRow(table, "expired", outcomes.expired());
    outcomeRow(table, "blocked", outcomes.blocked());
    outcomeRow(table, "still open", outcomes.stillOpen());
    figureRow(table, "OOS rate", percent(figures.oosRatePercent()), true);
    return table;
  }

  private static void figureRow(PdfPTable table, String label, String value, boolean emphasised) {
    Font font = emphasised ? BOLD_CELL_FONT : CELL_FONT;
    table.addCell(cell(label, font));
    table.addCell(number(value, font));
  }

  private static void outcomeRow(PdfPTable table, String label, int batches) {
    PdfPCell cell = cell("of which " + label, CELL_FONT);
    cell.setPaddingLeft(16);
    table.addCell(cell);
    table.addCell(number(count(batches), CELL_FONT));
  }

  private static PdfPTable parameterTable(Map<String, Integer> failuresByParameter) {
    PdfPTable table = headedTable(new float[] {70, 30}, "Failed parameter", "OOS batches");
    for (Map.Entry<String, Integer> entry : mostFrequentFirst(failuresByParameter)) {
      table.addCell(cell(entry.getKey(), CELL_FONT));
      table.addCell(number(count(entry.getValue()), CELL_FONT));
    }
    return withPlaceholder(table, failuresByParameter.isEmpty(), "No parameter failed in the period.");
  }

  private static PdfPTable monthTable(List<ReviewFigures.Month> months) {
    PdfPTable table = headedTable(new float[] {40, 30, 30}, "Month", "Released within specification",
        "OOS batches");
    for (ReviewFigures.Month month : months) {
      table.addCell(cell(month.month().toString(), CELL_FONT));
      table.addCell(number(count(month.releasedWithinSpecification()), CELL_FONT));
      table.addCell(number(count(month.oosBatches()), CELL_FONT));
    }
    return withPlaceholder(table, months.isEmpty(), "No batches in the period.");
  }

  private static PdfPTable comparisonTable(ReviewFigures figures) {
    ReviewFigures.PreviousPeriod previous = figures.previousPeriod();
    PdfPTable table = headedTable(new float[] {31, 23, 23, 23}, "",
        "Previous period\n" + period(previous.periodStart(), previous.periodEnd()),
        "This period\n" + period(figures.periodStart(), figures.periodEnd()), "Change");
    comparisonRow(table, "Released within specification", count(previous.releasedWithinSpecification()),
        count(figures.releasedWithinSpecification()),
        signed(figures.releasedWithinSpecification() - previous.releasedWithinSpecification()));
    comparisonRow(table, "OOS batches", count(previous.oosBatches()), count(figures.oosOutcomes().total()),
        signed(figures.oosOutcomes().total() - previous.oosBatches()));
    comparisonRow(table, "OOS rate", percent(previous.oosRatePercent()), percent(figures.oosRatePercent()),
        signedOneDecimal(previous.changePoints()) + " percentage points");
    return table;
  }

  private static void comparisonRow(PdfPTable table, String label, String previous, String current,
      String change) {
    table.addCell(cell(label, CELL_FONT));
    table.addCell(number(previous, CELL_FONT));
    table.addCell(number(current, CELL_FONT));
    table.addCell(number(change, BOLD_CELL_FONT));
  }

  private static Element findingsBlock(List<ReviewFigures.TrendFinding> findings) {
    if (findings.isEmpty()) {
      return new Paragraph("No trend detected by the trend detection rules for this period.", TEXT_FONT);
    }
    PdfPTable table = headedTable(new float[] {38, 62}, "Finding", "Reason");
    for (ReviewFigures.TrendFinding finding : findings) {
      table.addCell(cell(finding.finding(), BOLD_CELL_FONT));
      table.addCell(cell(finding.reason(), CELL_FONT));
    }
    return table;
  }

  private static Element batchesBlock(List<ReviewFigures.OosBatch> batches) {
    if (batches.isEmpty()) {
      return new Paragraph("No OOS case was opened in the period.", TEXT_FONT);
    }
    PdfPTable table = headedTable(new float[] {15, 13, 12, 21, 17, 10, 12}, "Case", "Batch", "Detected",
        "Failed parameters", "Outcome", "Admin-\nistered", "48-hour notification");
    for (ReviewFigures.OosBatch batch : batches) {
      table.addCell(cell(batch.caseNumber(), CELL_FONT));
      table.addCell(cell(batch.batchNumber(), CELL_FONT));
      table.addCell(cell(batch.detected().toString(), CELL_FONT));
      table.addCell(cell(String.join(", ", batch.failedParameters()), CELL_FONT));
      table.addCell(cell(readable(batch.outcome()), CELL_FONT));
      table.addCell(cell(batch.administered() ? "yes" : "no", CELL_FONT));
      table.addCell(cell(notification(batch.notification48h()), notificationFont(batch.notification48h())));
    }
    return table;
  }

  /** Outcomes arrive as codes (SUPPLIED_NOT_ADMINISTERED); the narrow column can only wrap at spaces. */
  private static String readable(String outcome) {
    return outcome.replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  private static String notification(String notification48h) {
    return "NOT_APPLICABLE".equals(notification48h) ? "not applicable" : notification48h;
  }

  /** A notification that was late or missed is what the reviewer must see first. */
  private static Font notificationFont(String notification48h) {
    return "LATE".equals(notification48h) || "MISSED".equals(notification48h) ? BOLD_CELL_FONT : CELL_FONT;
  }

  private static void section(Document document, String heading, Element content) {
    Paragraph title = new Paragraph(heading, HEADING_FONT);
    title.setSpacingBefore(14);
    title.setSpacingAfter(5);
    document.add(title);
    document.add(content);
  }

  private static Paragraph note(String text) {
    Paragraph note = new Paragraph(text, NOTE_FONT);
    note.setSpacingBefore(3);
    return note;
  }

  private static PdfPTable headedTable(float[] widths, String... headings) {
    PdfPTable table = table(widths);
    for (String heading : headings) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, HEAD_CELL_FONT));
      cell.setBackgroundColor(ACCENT);
      cell.setBorderColor(ACCENT);
      cell.setPadding(4);
      cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
      table.addCell(cell);
    }
    // Repeats the column headings when a table runs onto the next page.
    table.setHeaderRows(1);
    return table;
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    return table;
  }

  private static PdfPTable withPlaceholder(PdfPTable table, boolean empty, String text) {
    if (empty) {
      PdfPCell cell = cell(text, NOTE_FONT);
      cell.setColspan(table.getNumberOfColumns());
      table.addCell(cell);
    }
    return table;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorderColor(RULE);
    cell.setPadding(4);
    return cell;
  }

  private static PdfPCell number(String text, Font font) {
    PdfPCell cell = cell(text, font);
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return cell;
  }

  private static Image chart(List<ReviewFigures.Month> months) {
    Image image;
    try {
      image = Image.getInstance(png(monthChart(months)));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not embed the periodic review chart", e);
    }
    image.scaleToFit(CHART_WIDTH, CHART_HEIGHT);
    image.setAlignment(Image.MIDDLE);
    image.setSpacingBefore(8);
    return image;
  }

  private static JFreeChart monthChart(List<ReviewFigures.Month> months) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (ReviewFigures.Month month : months) {
      dataset.addValue(month.releasedWithinSpecification(), "Released within specification", month.month());
      dataset.addValue(month.oosBatches(), "Out of specification", month.month());
    }
    JFreeChart chart = ChartFactory.createBarChart(null, "Month", "Batches", dataset, PlotOrientation.VERTICAL,
        true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    style((CategoryPlot) chart.getPlot());
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(BlockBorder.NONE);
    legend.setItemFont(CHART_FONT);
    return chart;
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(RULE);
    // Batch counts are whole numbers; fractional ticks would suggest otherwise.
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    // Room above the tallest bar for its value label.
    plot.getRangeAxis().setUpperMargin(0.12);
    for (Axis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
      axis.setLabelFont(CHART_FONT);
      axis.setTickLabelFont(CHART_FONT);
    }
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, IN_SPEC);
    renderer.setSeriesPaint(1, OOS);
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.08);
    // Small OOS counts next to tall in-spec bars are hard to read off the axis.
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(CHART_FONT);
  }

  private static byte[] png(JFreeChart chart) {
    BufferedImage image = new BufferedImage(CHART_WIDTH * CHART_SCALE, CHART_HEIGHT * CHART_SCALE,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      // Scaling the drawing rather than enlarging the chart keeps fonts in proportion to the page.
      graphics.scale(CHART_SCALE, CHART_SCALE);
      chart.draw(graphics, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
    } finally {
      graphics.dispose();
    }
    try {
      return ChartUtils.encodeAsPNG(image);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode the periodic review chart as PNG", e);
    }
  }

  public String csv(ReviewFigures figures, List<ReviewFigures.TrendFinding> findings) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = CSVFormat.RFC4180.print(out)) {
      summary(printer, figures);
      previousPeriod(printer, figures.previousPeriod());
      months(printer, figures.byMonth());
      parameters(printer, figures.failuresByParameter());
      batches(printer, figures.oosBatches());
      trends(printer, findings);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the periodic review CSV", e);
    }
    return out.toString();
  }

  private void summary(CSVPrinter printer, ReviewFigures figures) throws IOException {
    ReviewFigures.OosOutcomes outcomes = figures.oosOutcomes();
    printer.printRecord("section", "key", "value");
    printer.printRecord("summary", "product_code", figures.productCode());
    printer.printRecord("summary", "product_name", figures.productName());
    printer.printRecord("summary", "marketing_authorisation_holder", figures.marketingAuthorisationHolder());
    printer.printRecord("summary", "period_start", figures.periodStart());
    printer.printRecord("summary", "period_end", figures.periodEnd());
    printer.printRecord("summary", "generated_at", generatedAt());
    printer.printRecord("summary", "released_within_specification", figures.releasedWithinSpecification());
    printer.printRecord("summary", "oos_batches", outcomes.total());
    printer.printRecord("summary", "oos_supplied_and_administered", outcomes.suppliedAndAdministered());
    printer.printRecord("summary", "oos_supplied_not_administered", outcomes.suppliedNotAdministered());
    printer.printRecord("summary", "oos_declined", outcomes.declined());
    printer.printRecord("summary", "oos_expired", outcomes.expired());
    printer.printRecord("summary", "oos_blocked", outcomes.blocked());
    printer.printRecord("summary", "oos_still_open", outcomes.stillOpen());
    printer.printRecord("summary", "oos_rate_percent", oneDecimal(figures.oosRatePercent()));
  }

  private static void previousPeriod(CSVPrinter printer, ReviewFigures.PreviousPeriod previous)
      throws IOException {
    printer.printRecord("section", "key", "value");
    printer.printRecord("previous_period", "period_start", previous.periodStart());
    printer.printRecord("previous_period", "period_end", previous.periodEnd());
    printer.printRecord("previous_period", "released_within_specification", previous.releasedWithinSpecification());
    printer.printRecord("previous_period", "oos_batches", previous.oosBatches());
    printer.printRecord("previous_period", "oos_rate_percent", oneDecimal(previous.oosRatePercent()));
    printer.printRecord("previous_period", "oos_rate_change_points", oneDecimal(previous.changePoints()));
  }

  private static void months(CSVPrinter printer, List<ReviewFigures.Month> months) throws IOException {
    printer.printRecord("section", "month", "released_within_specification", "oos_batches");
    for (ReviewFigures.Month month : months) {
      printer.printRecord("month", month.month(), month.releasedWithinSpecification(), month.oosBatches());
    }
  }

  private static void parameters(CSVPrinter printer, Map<String, Integer> failuresByParameter)
      throws IOException {
    printer.printRecord("section", "parameter", "oos_batches");
    for (Map.Entry<String, Integer> entry : mostFrequentFirst(failuresByParameter)) {
      printer.printRecord("parameter", entry.getKey(), entry.getValue());
    }
  }

  private static void batches(CSVPrinter printer, List<ReviewFigures.OosBatch> batches) throws IOException {
    printer.printRecord("section", "case_number", "batch_number", "detected", "failed_parameters", "outcome",
        "administered", "notification_48h");
    for (ReviewFigures.OosBatch batch : batches) {
      printer.printRecord("oos_batch", batch.caseNumber(), batch.batchNumber(), batch.detected(),
          String.join(";", batch.failedParameters()), batch.outcome(), batch.administered(),
          batch.notification48h());
    }
  }

  private static void trends(CSVPrinter printer, List<ReviewFigures.TrendFinding> findings) throws IOException {
    printer.printRecord("section", "finding", "reason");
    for (ReviewFigures.TrendFinding finding : findings) {
      printer.printRecord("trend", finding.finding(), finding.reason());
    }
  }

  /** Whole seconds: the time is for the reader and the record, not for ordering events. */
  private Instant generatedAt() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Most frequent first, as the repeated-failure trend looks at that; names break ties, since the map's own
   * order is arbitrary and two reports of the same figures must be identical.
   */
  private static List<Map.Entry<String, Integer>> mostFrequentFirst(Map<String, Integer> failuresByParameter) {
    return failuresByParameter.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }

  private static String product(ReviewFigures figures) {
    return figures.productName() + " (" + figures.productCode() + ")";
  }

  private static String period(LocalDate start, LocalDate end) {
    return start + " to " + end;
  }

  private static String count(int value) {
    return Integer.toString(value);
  }

  private static String signed(int value) {
    return value > 0 ? "+" + value : Integer.toString(value);
  }

  private static String percent(double value) {
    return oneDecimal(value) + " %";
  }

  private static String signedOneDecimal(double value) {
    String formatted = oneDecimal(value);
    return value > 0 && !formatted.equals("0.0") ? "+" + formatted : formatted;
  }

  /** One decimal, point as separator; a value that rounds to zero is 0.0, never -0.0. */
  private static String oneDecimal(double value) {
    String formatted = String.format(Locale.ROOT, "%.1f", value);
    return formatted.equals("-0.0") ? "0.0" : formatted;
  }

  private static BaseFont standardFont(String name) {
    try {
      return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load the standard font " + name, e);
    }
  }

  /** "Page n of m" on every page: m is only known at the end, so it is written into a shared template. */
  private static final class Footer extends PdfPageEventHelper {

    /** Room for the page count, up to three digits. */
    private static final float TOTAL_WIDTH = HELVETICA.getWidthPoint("999", FOOTER_FONT.getSize());

    private final String text;
    private PdfTemplate total;

    Footer(String text) {
      this.text = text;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      float y = document.bottom() - 24;
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, FOOTER_FONT), document.left(), y, 0);
      String page = "Page " + writer.getPageNumber() + " of ";
      float x = document.right() - TOTAL_WIDTH - HELVETICA.getWidthPoint(page, FOOTER_FONT.getSize());
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, FOOTER_FONT), x, y, 0);
      canvas.addTemplate(total, document.right() - TOTAL_WIDTH, y);
      canvas.setColorStroke(RULE);
      canvas.setLineWidth(0.5f);
      canvas.moveTo(document.left(), y + 10);
      canvas.lineTo(document.right(), y + 10);
      canvas.stroke();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(HELVETICA, FOOTER_FONT.getSize());
      total.setColorFill(Color.GRAY);
      total.showText(Integer.toString(writer.getPageNumber() - 1));
      total.endText();
    }
  }
}
