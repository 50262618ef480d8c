package eu.oosatmp.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The periodic review report as EMA receives it: the PDF read back as text, the CSV parsed back. */
class ReviewReportTest {

  private static final Instant GENERATED = Instant.parse("2026-07-01T06:30:00Z");

  private static final ReviewFigures.TrendFinding RATE_ABOVE_THRESHOLD = new ReviewFigures.TrendFinding(
      "OOS_RATE_ABOVE_THRESHOLD", "OOS rate above 10 % of released batches");

  private final ReviewReport report = new ReviewReport(Clock.fixed(GENERATED, ZoneOffset.UTC));

  @Test
  void pdfStatesProductPeriodFiguresBatchesAndFindings() throws IOException {
    byte[] pdf = report.pdf(figures(), List.of(RATE_ABOVE_THRESHOLD));

    String text = text(pdf);
    assertThat(text)
        .contains("Periodic review of out-of-specification batches")
        .contains("Quality Defect report")
        .contains("Autologous anti-CD19 CAR-T cells (ATMP-CART19)")
        .contains("Example Cell Therapies B.V.")
        .contains("2026-01-01 to 2026-06-30")
        .contains("2025-07-01 to 2025-12-31")
        .contains("2026-07-01 06:30 UTC")
        .contains("Released within specification 21")
        .contains("Out of specification (OOS), total 3")
        .contains("12.5 %")
        .contains("5.0 %")
        .contains("+7.5 percentage points")
        .contains("Transduction efficiency 2 Viability 2")
        .contains("2026-01 10 2")
        .contains("2026-03 11 1")
        .contains("OOS-2026-0001", "OOS-2026-0002", "OOS-2026-0003")
        .contains("B-2026-014", "2026-02-11")
        .contains("MET", "LATE", "not applicable")
        .contains("OOS_RATE_ABOVE_THRESHOLD")
        .contains("OOS rate above 10 % of released batches")
        .doesNotContain("No trend detected");
    assertThat(images(pdf)).isEqualTo(1);
  }

  @Test
  void pdfSaysSoWhenNoTrendIsDetected() throws IOException {
    String text = text(report.pdf(figures(), List.of()));

    assertThat(text).contains("No trend detected").doesNotContain("OOS_RATE_ABOVE_THRESHOLD");
  }

  @Test
  void csvHasOneSectionPerTableEachAfterItsHeaderLine() throws IOException {
    List<List<String>> rows = rows(report.csv(figures(), List.of(RATE_ABOVE_THRESHOLD)));

    assertThat(rows.get(0)).containsExactly("section", "key", "value");
    assertThat(rows).contains(
        List.of("summary", "product_code", "ATMP-CART19"),
        List.of("summary", "marketing_authorisation_holder", "Example Cell Therapies B.V."),
        List.of("summary", "period_start", "2026-01-01"),
        List.of("summary", "period_end", "2026-06-30"),
        List.of("summary", "generated_at", "2026-07-01T06:30:00Z"),
        List.of("summary", "released_within_specification", "21"),
        List.of("summary", "oos_batches", "3"),
        List.of("summary", "oos_still_open", "1"),
        List.of("summary", "oos_rate_percent", "12.5"),
        List.of("previous_period", "oos_rate_change_points", "7.5"),
        List.of("section", "month", "released_within_specification", "oos_batches"),
        List.of("month", "2026-01", "10", "2"),
        List.of("parameter", "Viability", "2"),
        List.of("oos_batch", "OOS-2026-0002", "B-2026-014", "2026-02-11", "Viability;Transduction efficiency",
            "SUPPLIED_NOT_ADMINISTERED", "false", "LATE"),
        List.of("trend", "OOS_RATE_ABOVE_THRESHOLD", "OOS rate above 10 % of released batches"));
    assertThat(rows.get(rows.size() - 1)).containsExactly("trend", "OOS_RATE_ABOVE_THRESHOLD",
        "OOS rate above 10 % of released batches");
  }

  @Test
  void csvQuotesFieldsWithCommasAndKeepsTheTrendHeaderWhenThereIsNoFinding() throws IOException {
    String csv = report.csv(figures(), List.of());

    assertThat(csv).contains("\r\nsummary,product_name,Autologous anti-CD19 CAR-T cells\r\n")
        .contains(",\"B-2026-020, split\",");
    List<List<String>> rows = rows(csv);
    assertThat(rows.get(rows.size() - 1)).containsExactly("section", "finding", "reason");
  }

  private static ReviewFigures figures() {
    Map<String, Integer> failures = new TreeMap<>(Map.of("Viability", 2, "Transduction efficiency", 2));
    return new ReviewFigures("ATMP-CART19", "Autologous anti-CD19 CAR-T cells", "Example Cell Therapies B.V.",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 21,
        new ReviewFigures.OosOutcomes(1, 1, 0, 0, 0, 1), 12.5, failures,
        List.of(new ReviewFigures.Month(YearMonth.of(2026, 1), 10, 2),
            new ReviewFigures.Month(YearMonth.of(2026, 3), 11, 1)),
        new ReviewFigures.PreviousPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 19, 1, 5.0, 7.5),
        List.of(
            new ReviewFigures.OosBatch("OOS-2026-0001", "B-2026-003", LocalDate.of(2026, 1, 14),
                List.of("Viability"), "SUPPLIED_AND_ADMINISTERED", true, "MET"),
            new ReviewFigures.OosBatch("OOS-2026-0002", "B-2026-014", LocalDate.of(2026, 2, 11),
                List.of("Viability", "Transduction efficiency"), "SUPPLIED_NOT_ADMINISTERED", false, "LATE"),
            new ReviewFigures.OosBatch("OOS-2026-0003", "B-2026-020, split", LocalDate.of(2026, 3, 23),
                List.of("Transduction efficiency"), "OPEN", false, "NOT_APPLICABLE")));
  }

  /** Text in reading order with runs of white space made one space, as cells of a row may be far apart. */
  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static int images(byte[] pdf) throws IOException {
    int images = 0;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
          if (resources.getXObject(name) instanceof PDImageXObject) {
            images++;
          }
        }
      }
    }
    return images;
  }

  private static List<List<String>> rows(String csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
      rows.add(record.toList());
    }
    return rows;
  }
}
