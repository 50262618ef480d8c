package eu.oosatmp.product;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads a LIMS/MES export of batch releases: a header line with productCode, batchNumber, releaseSiteCode,
 * releasedAt (ISO-8601 with offset) and withinSpecification (true/false), then one release per line.
 */
@Component
public class BatchCsv {

  static final List<String> COLUMNS = List.of("productCode", "batchNumber", "releaseSiteCode", "releasedAt",
      "withinSpecification");

  private final Validator validator;

  public BatchCsv(Validator validator) {
    this.validator = validator;
  }

  /** The releases of the file, numbered by row, and what is malformed in them. */
  public record Parsed(List<BatchReleases.Row> rows, List<BatchReleases.Problem> problems) {}

  public Parsed read(String csv) {
    List<BatchReleases.Problem> problems = new ArrayList<>();
    List<BatchReleases.Row> releases = new ArrayList<>();
    int rowsRead = 0;
    try (Reader reader = new StringReader(csv);
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).get().parse(reader)) {
      List<String> missing = COLUMNS.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
      if (!missing.isEmpty()) {
        throw new BatchReleases.RejectedException(missing.stream()
            .map(column -> new BatchReleases.Problem(0, column, "column missing from the header line")).toList(), false);
      }
      for (CSVRecord record : parser) {
        int row = (int) record.getRecordNumber();
        rowsRead = row;
        int problemsBefore = problems.size();
        BatchReleaseRequest release = parse(record, row, problems);
        if (release != null) {
          List<String> unparsable = problems.subList(problemsBefore, problems.size()).stream()
              .map(BatchReleases.Problem::field).toList();
          validator.validate(release).stream()
              .filter(violation -> !unparsable.contains(violation.getPropertyPath().toString()))
              .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
              .forEach(violation -> problems.add(problem(row, violation)));
          releases.add(new BatchReleases.Row(row, release));
        }
      }
    } catch (UncheckedIOException e) {
      // The parser fails on the row it cannot finish; in practice a quote that is opened and never closed.
      throw new BatchReleases.RejectedException(List.of(new BatchReleases.Problem(rowsRead + 1, "row",
          "cannot be read: a value opens a quote (\") that is never closed")), false);
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new BatchReleases.RejectedException(List.of(new BatchReleases.Problem(0, "file",
          "not a readable CSV file: " + e.getMessage())), false);
    }
    if (releases.isEmpty() && problems.isEmpty()) {
      problems.add(new BatchReleases.Problem(0, "file", "contains no batch releases"));
    }
    return new Parsed(releases, problems);
  }

  private static BatchReleaseRequest parse(CSVRecord record, int row, List<BatchReleases.Problem> problems) {
    if (!record.isConsistent()) {
      problems.add(new BatchReleases.Problem(row, "row", "has " + record.size() + " values, the header " + COLUMNS.size()));
      return null;
    }
    OffsetDateTime releasedAt = null;
    String releasedText = record.get("releasedAt");
    if (!releasedText.isEmpty()) {
      try {
        releasedAt = OffsetDateTime.parse(releasedText);
      } catch (DateTimeParseException e) {
        problems.add(new BatchReleases.Problem(row, "releasedAt", "is not an ISO-8601 date-time with offset: "
            + releasedText));
      }
    }
    Boolean withinSpecification = null;
    String withinText = record.get("withinSpecification").toLowerCase(Locale.ROOT);
    if (withinText.equals("true") || withinText.equals("false")) {
      withinSpecification = Boolean.valueOf(withinText);
    } else if (!withinText.isEmpty()) {
      problems.add(new BatchReleases.Problem(row, "withinSpecification", "must be true or false"));
    }
    return new BatchReleaseRequest(blankToNull(record.get("productCode")), blankToNull(record.get("batchNumber")),
        blankToNull(record.get("releaseSiteCode")), releasedAt, withinSpecification);
  }

  private static BatchReleases.Problem problem(int row, ConstraintViolation<BatchReleaseRequest> violation) {
    return new BatchReleases.Problem(row, violation.getPropertyPath().toString(), violation.getMessage());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
