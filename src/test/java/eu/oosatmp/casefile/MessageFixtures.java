package eu.oosatmp.casefile;

import eu.oosatmp.product.AtmpClass;
import eu.oosatmp.product.LegalRoute;
import eu.oosatmp.product.Party;
import eu.oosatmp.product.Product;
import eu.oosatmp.product.Site;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A case as messages about it see it: product with its parties, sites, results and the records of its steps. */
public final class MessageFixtures {

  public static final String CASE = "OOS-2026-0042";
  public static final Instant OPENED = Instant.parse("2026-11-20T08:00:00Z");
  public static final String MAH = "Marketing Holder Pharma EEIG";
  public static final String MANUFACTURER = "Maker Cells GmbH";
  public static final String IMPORTER = "Importer Logistics B.V.";
  public static final String SPONSOR_EMAIL = "trial-safety@sponsor.test";
  private static final Site.AuthorityRef CBG = new Site.AuthorityRef("NL-CBG-MEB", "CBG-MEB",
      "Medicines Evaluation Board");

  private MessageFixtures() {}

  /** An authorised product whose MAH, manufacturer and importer differ, with the given written agreement. */
  public static Product product(Party physicianContact, Party authorityContact) {
    return new Product("ABECMA", "Abecma", "idecabtagene vicleucel", AtmpClass.GENE_THERAPY_CELL_BASED,
        LegalRoute.EU_CENTRALISED, "EU/1/21/1539",
        new Product.Parties(MAH, MANUFACTURER, IMPORTER, null, null, Map.of(
            Party.MAH, new Product.Contact("oos@mah.test", "+353 1 555 0100", "1 Holder Street, Dublin, Ireland"),
            Party.MANUFACTURER, new Product.Contact("qa@maker.test", "+1 908 555 0100", "1 Maker Drive, Summit NJ"),
            Party.IMPORTER, new Product.Contact("qa@importer.test", "+31 20 555 0100", "Importweg 1, Leiden"))),
        new Product.WrittenAgreement(physicianContact, authorityContact));
  }

  public static Product clinicalTrialProduct() {
    return new Product("CT-CART", "CARTx-101", null, AtmpClass.GENE_THERAPY_CELL_BASED, LegalRoute.CLINICAL_TRIAL,
        "EU CT 2025-500001-12-00", new Product.Parties(null, MANUFACTURER, null, "Trial Sponsor GmbH", SPONSOR_EMAIL,
            Map.of(Party.MANUFACTURER, new Product.Contact("qa@maker.test", "+1 908 555 0100", "1 Maker Drive"))),
        new Product.WrittenAgreement(Party.SPONSOR, Party.SPONSOR));
  }

  /** The case of that product, released in the Netherlands and treated in the given country. */
  public static CaseFacts facts(Product product, String treatingCountry) {
    Site release = new Site("NL-REL", "Cell Release Leiden B.V.", "Leiden", "NL", true, false, CBG);
    Site treating = new Site(treatingCountry + "-HOSP", "University Hospital " + treatingCountry, "City",
        treatingCountry, false, true, new Site.AuthorityRef(treatingCountry + "-NCA", treatingCountry + "-NCA",
            "Authority " + treatingCountry));
    CaseRepository.OosCase oosCase = new CaseRepository.OosCase(CASE, product.code(), "B-4711", release.code(),
        "physician", "PAT-1", Instant.parse("2026-12-01T12:00:00Z"), OPENED, "qa", List.of(treating.code()));
    CaseRepository.OosResult result = new CaseRepository.OosResult(1, "Viability", "≥ 80 %", "72", "%",
        "Flow cytometry", Instant.parse("2026-11-20T06:00:00Z"), OPENED, "qa", null, null);
    return new CaseFacts(oosCase, product, release, List.of(treating), List.of(result));
  }

  public static CaseRecords.CaseRecord record(RecordType type, String at, String by, Map<String, Object> details) {
    return new CaseRecords.CaseRecord(type.ordinal(), type, Instant.parse(at), by, "task", details);
  }

  public static CaseRecords.CaseRecord investigation() {
    return record(RecordType.INVESTIGATION, "2026-11-21T10:00:00Z", "qa", Map.of(
        "phase1Findings", "No laboratory error found.", "laboratoryErrorFound", false,
        "phase2Findings", "Low transduction efficiency.", "rootCause", "Starting material with low T-cell fitness.",
        "capa", "Review of apheresis criteria."));
  }

  public static CaseRecords.CaseRecord riskEvaluation() {
    return record(RecordType.RISK_EVALUATION, "2026-11-21T11:30:00Z", "qa", Map.of(
        "hazards", "Reduced efficacy.", "severity", "MEDIUM", "probability", "LOW", "detectability", "HIGH",
        "overallRisk", "MEDIUM", "patientAlternatives", "No further apheresis possible.",
        "recommendation", "SUPPLY_ACCEPTABLE", "riskRationale", "Benefit outweighs reduced potency."));
  }

  public static CaseRecords.CaseRecord supplyRequested() {
    return record(RecordType.SUPPLY_DECISION, "2026-11-22T09:15:00Z", "physician", Map.of(
        "supplyDecision", "REQUEST_SUPPLY", "immediateHazardAvoided", true, "patientCondition", "Rapid progression.",
        "alternativesConsidered", "None available.", "consequencesOfNotTreating", "Progression within weeks."));
  }

  public static CaseRecords.CaseRecord qpConfirmed() {
    return record(RecordType.QP_VERIFICATION, "2026-11-22T13:00:00Z", "qp", Map.of(
        "verificationsPerformed", true, "importProcedures", "FOLLOWED", "qpConfirmed", true));
  }

  public static CaseRecords.CaseRecord supplied() {
    return record(RecordType.SUPPLY, "2026-11-22T16:00:00Z", "qa", Map.of(
        "suppliedAt", "2026-11-22T15:40:00Z", "physicianAcceptanceConfirmed", true,
        "acceptanceReference", "Signed request form of 2026-11-22"));
  }
}
