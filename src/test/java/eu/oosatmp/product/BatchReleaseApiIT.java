package eu.oosatmp.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.oosatmp.support.Http;
import eu.oosatmp.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Batch releases one by one and as a LIMS/MES CSV export; a refused submission records nothing. */
@IntegrationTest
@ActiveProfiles("dev")
class BatchReleaseApiIT {

  private static final String HEADER = "productCode,batchNumber,releaseSiteCode,releasedAt,withinSpecification\n";

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;

  @Test
  void singleReleaseIsRecorded() {
    Http.Response response = qa().postJson("/api/batches", """
        {"productCode": "KYMRIAH", "batchNumber": "API-REL-1", "releaseSiteCode": "NL-LEIDEN-REL",
         "releasedAt": "2026-03-02T10:15:00+01:00", "withinSpecification": true}""");

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(count("API-REL-1")).isOne();
  }

  @Test
  void singleReleaseWithMissingFieldIsRefusedNamingIt() {
    Http.Response response = qa().postJson("/api/batches", """
        {"productCode": "KYMRIAH", "batchNumber": "API-REL-2", "releaseSiteCode": "NL-LEIDEN-REL",
         "releasedAt": "2026-03-02T10:15:00+01:00"}""");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("withinSpecification");
    assertThat(count("API-REL-2")).isZero();
  }

  /** ISO-8601 allows years no batch can carry and no database column can hold; none may end as a 500. */
  @Test
  void singleReleaseOutsideThePlausibleYearsIsRefusedNamingTheField() {
    List<String> times = List.of("\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00+18:00\"",
        "\"0001-01-01T00:00:00Z\"", "\"10000-01-01T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\"",
        "\"1999-12-31T23:59:59Z\"", "1e20", "-1e20");
    for (String time : times) {
      long before = countAll();

      Http.Response response = qa().postJson("/api/batches", """
          {"productCode": "KYMRIAH", "batchNumber": "API-REL-Y", "releaseSiteCode": "NL-LEIDEN-REL",
           "releasedAt": %s, "withinSpecification": true}""".formatted(time));

      assertThat(response.status()).as(time + ": " + response.body()).isEqualTo(400);
      assertThat(response.isProblem()).isTrue();
      assertThat(response.json().get("errors")).extracting(error -> error.get("field").asText())
          .as(time).contains("releasedAt");
      assertThat(countAll()).as(time).isEqualTo(before);
    }
  }

  @Test
  void csvRowsOutsideThePlausibleYearsAreRefusedRowByRow() {
    long before = countAll();

    Http.Response response = importCsv(HEADER
        + "KYMRIAH,CSV-YEAR-1,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n"
        + "KYMRIAH,CSV-YEAR-2,NL-LEIDEN-REL,+999999999-12-31T23:59:59Z,true\n"
        + "KYMRIAH,CSV-YEAR-3,NL-LEIDEN-REL,0001-01-01T00:00:00Z,true\n"
        + "KYMRIAH,CSV-YEAR-4,NL-LEIDEN-REL,10000-01-01T00:00:00Z,true\n"
        + "KYMRIAH,CSV-YEAR-5,NL-LEIDEN-REL,-999999999-01-01T00:00:00+18:00,true\n"
        + "KYMRIAH,CSV-YEAR-6,NL-LEIDEN-REL,1999-12-31T23:59:59Z,true\n");

    assertThat(response.status()).as(response.body()).isEqualTo(422);
    assertThat(response.isProblem()).isTrue();
    assertThat(problems(response)).doesNotContain("1 releasedAt").containsOnly("2 releasedAt", "3 releasedAt",
        "4 releasedAt", "5 releasedAt", "6 releasedAt");
    assertThat(response.json().get("errors")).filteredOn(error -> error.get("row").asInt() == 3)
        .extracting(error -> error.get("reason").asText()).containsExactly("must lie between the years 2000 and 2099");
    assertThat(countAll()).isEqualTo(before);
  }

  @Test
  void csvImportRecordsEveryRow() {
    Http.Response response = importCsv(HEADER
        + "KYMRIAH,CSV-OK-1,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n"
        + "KYMRIAH,CSV-OK-2,NL-LEIDEN-REL,2026-01-06T08:00:00Z,false\n");

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.json().get("imported").asInt()).isEqualTo(2);
    assertThat(count("CSV-OK-1") + count("CSV-OK-2")).isEqualTo(2);
  }

  @Test
  void csvWithBadRowsImportsNothingAndReportsEveryRow() {
    Http.Response response = importCsv(HEADER
        + "KYMRIAH,CSV-BAD-1,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n"
        + "NOPE,CSV-BAD-2,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n"
        + "KYMRIAH,CSV-BAD-3,CZ-PRAGUE-HOSP,2026-01-05T08:00:00Z,true\n"
        + "KYMRIAH,CSV-BAD-4,NL-LEIDEN-REL,5 Jan 2026,true\n"
        + "KYMRIAH,CSV-BAD-5,NL-LEIDEN-REL,2026-01-05T08:00:00Z,maybe\n"
        + "KYMRIAH,,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n"
        + "KYMRIAH,CSV-BAD-1,NL-LEIDEN-REL,2026-01-07T08:00:00Z,true\n"
        + "KYMRIAH,CSV-BAD-8,NL-LEIDEN-REL,2099-01-05T08:00:00Z,true\n"
        + "KYMRIAH,CSV-BAD-9,NL-LEIDEN-REL\n");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.isProblem()).isTrue();
    assertThat(problems(response)).containsExactlyInAnyOrder("2 productCode", "3 releaseSiteCode",
        "4 releasedAt", "5 withinSpecification", "6 batchNumber", "7 batchNumber", "8 releasedAt", "9 row");
    assertThat(count("CSV-BAD-1")).isZero();
  }

  @Test
  void csvReferencesAndDuplicatesAreCheckedRowByRow() {
    Http.Response response = importCsv(HEADER
        + "KYMRIAH,CSV-REF-1,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n"
        + "NOPE,CSV-REF-2,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n"
        + "KYMRIAH,CSV-REF-3,CZ-PRAGUE-HOSP,2026-01-05T08:00:00Z,true\n"
        + "KYMRIAH,CSV-REF-1,NL-LEIDEN-REL,2026-01-07T08:00:00Z,true\n");

    assertThat(response.status()).isEqualTo(422);
    assertThat(problems(response)).containsExactlyInAnyOrder("2 productCode", "3 releaseSiteCode", "4 batchNumber");
    assertThat(count("CSV-REF-1")).isZero();
  }

  @Test
  void reimportedBatchIsRefusedAsDuplicate() {
    String file = HEADER + "YESCARTA,CSV-DUP-1,NL-LEIDEN-REL,2026-02-01T08:00:00Z,true\n";
    assertThat(importCsv(file).status()).isEqualTo(201);

    Http.Response again = importCsv(file);

    assertThat(again.status()).isEqualTo(409);
    assertThat(problems(again)).containsExactly("1 batchNumber");
    assertThat(count("CSV-DUP-1")).isOne();
  }

  @Test
  void unterminatedQuoteIsRefusedNamingItsRow() {
    Http.Response response = importCsv(HEADER
        + "KYMRIAH,CSV-QUOTE-1,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n"
        + "KYMRIAH,\"CSV-QUOTE-2,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n"
        + "KYMRIAH,CSV-QUOTE-3,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.isProblem()).isTrue();
    assertThat(problems(response)).containsExactly("2 row");
    assertThat(response.json().get("errors").get(0).get("reason").asText()).contains("quote");
    assertThat(count("CSV-QUOTE-1")).isZero();
  }

  @Test
  void fileWithoutTheExpectedHeaderIsRefused() {
    Http.Response response = importCsv("product,batch\nKYMRIAH,X\n");

    assertThat(response.status()).isEqualTo(422);
    assertThat(problems(response)).contains("0 productCode", "0 releasedAt");
  }

  @Test
  void onlyQualityAssuranceAndRegulatoryAffairsRecordReleases() {
    Http.Response response = new Http(port).as("physician").post("/api/batches/import", "text/csv",
        (HEADER + "KYMRIAH,CSV-PHYS-1,NL-LEIDEN-REL,2026-01-05T08:00:00Z,true\n").getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(403);
  }

  private Http qa() {
    return new Http(port).as("qa");
  }

  private Http.Response importCsv(String file) {
    return new Http(port).as("regulatory").post("/api/batches/import", "text/csv",
        file.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(Http.Response response) {
    JsonNode errors = response.json().get("errors");
    return java.util.stream.StreamSupport.stream(errors.spliterator(), false)
        .map(error -> error.get("row").asInt() + " " + error.get("field").asText())
        .toList();
  }

  private long countAll() {
    return jdbc.sql("SELECT COUNT(*) FROM batch_release").query(Long.class).single();
  }

  private long count(String batchNumber) {
    return jdbc.sql("SELECT COUNT(*) FROM batch_release WHERE batch_number = :batch").param("batch", batchNumber)
        .query(Long.class).single();
  }
}
