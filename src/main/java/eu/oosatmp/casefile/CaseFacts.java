package eu.oosatmp.casefile;

import eu.oosatmp.casefile.CaseRepository.OosCase;
import eu.oosatmp.casefile.CaseRepository.OosResult;
import eu.oosatmp.notification.UtcTime;
import eu.oosatmp.product.Product;
import eu.oosatmp.product.Site;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Everything known about a case when it was opened, as the people working on it need to see it. */
public record CaseFacts(OosCase oosCase, Product product, Site releaseSite, List<Site> treatingSites,
    List<OosResult> results) {

  /** Microbial results call for a contamination control strategy review (EU GMP Annex 1). */
  private static final List<String> MICROBIAL_PARAMETERS = List.of("steril", "endotoxin", "mycoplasma",
      "microbial", "bioburden");

  public String caseNumber() {
    return oosCase.caseNumber();
  }

  public boolean isMicrobial() {
    return results.stream().anyMatch(result -> MICROBIAL_PARAMETERS.stream()
        .anyMatch(keyword -> result.parameter().toLowerCase(Locale.ROOT).contains(keyword)));
  }

  public List<String> treatingCountries() {
    return treatingSites.stream().map(Site::countryCode).distinct().toList();
  }

  public String summary() {
    return String.join("\n",
        "Case " + caseNumber(),
        "Product: " + product.displayName() + ", " + product.authorisationNumber(),
        "Batch: " + oosCase.batchNumber() + ", expires " + time(oosCase.batchExpiry()),
        "Patient (pseudonym): " + oosCase.patientPseudonym(),
        "Release site: " + site(releaseSite) + "; Supervisory Authority: "
            + releaseSite.supervisoryAuthority().acronym(),
        "Treating site(s): " + treatingSites.stream().map(CaseFacts::site).collect(Collectors.joining("; ")),
        "Out-of-specification results:",
        resultLines());
  }

  public String resultLines() {
    return results.stream()
        .map(result -> " - %s: result %s%s, specification %s (%s, tested %s)".formatted(result.parameter(),
            result.result(), result.unit() == null ? "" : " " + result.unit(), result.specification(),
            result.method(), time(result.testedAt())))
        .collect(Collectors.joining("\n"));
  }

  public static String time(Instant instant) {
    return UtcTime.format(instant);
  }

  private static String site(Site site) {
    return site.name() + ", " + site.city() + " (" + site.countryCode() + ")";
  }
}
