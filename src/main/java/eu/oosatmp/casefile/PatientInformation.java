package eu.oosatmp.casefile;

import java.util.stream.Collectors;

/**
 * Lay-language information for the patient (Q&A 5). The physician adapts it to the treating site's
 * national law and language; it never moves responsibility to the patient.
 */
final class PatientInformation {

  private PatientInformation() {}

  static String text(CaseFacts facts) {
    String failedTests = facts.results().stream().map(CaseRepository.OosResult::parameter).distinct()
        .collect(Collectors.joining(", "));
    return String.join("\n\n",
        "Information about your treatment with " + facts.product().name(),
        "Your treatment is made from cells for you alone. Before it is released, every batch is tested. One or "
            + "more tests of your batch gave a result outside the limits set for this medicine (" + failedTests
            + ").",
        "Your doctor and the manufacturer looked carefully at what this means for you. Your doctor asked for this "
            + "batch to be given to you because, for you, not being treated was judged to carry a greater risk "
            + "than receiving this batch.",
        "You will be followed up closely after the treatment. Please tell your doctor or nurse about any "
            + "symptoms or changes in how you feel.",
        "You can ask your doctor about this at any time. Receiving this information does not make you "
            + "responsible for the decision: your doctor and the manufacturer remain responsible for your "
            + "treatment.");
  }
}
