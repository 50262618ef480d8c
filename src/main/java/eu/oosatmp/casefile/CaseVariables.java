package eu.oosatmp.casefile;

import static eu.oosatmp.casefile.OosBatchHandlingProcess.BATCH_EXPIRY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.BATCH_NUMBER;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.CASE_NUMBER;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.CASE_SUMMARY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.CLINICAL_TRIAL;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.MICROBIAL_OOS;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.PATIENT_INFORMATION_TEXT;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.PATIENT_PSEUDONYM;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.PRODUCT_NAME;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.RELEASE_SITE_COUNTRY;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TREATING_PHYSICIAN;
import static eu.oosatmp.casefile.OosBatchHandlingProcess.TREATING_SITE_COUNTRIES;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The few facts the process needs as variables: for gateways, timers, assignment and read-only form display. */
final class CaseVariables {

  private CaseVariables() {}

  static Map<String, Object> of(CaseFacts facts) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER, facts.caseNumber());
    variables.put(PRODUCT_NAME, facts.product().displayName());
    variables.put(BATCH_NUMBER, facts.oosCase().batchNumber());
    variables.put(PATIENT_PSEUDONYM, facts.oosCase().patientPseudonym());
    variables.put(TREATING_PHYSICIAN, facts.oosCase().treatingPhysician());
    variables.put(BATCH_EXPIRY, Date.from(facts.oosCase().batchExpiry()));
    variables.put(CASE_SUMMARY, DisplayText.fitted(facts.summary(), facts.caseNumber()));
    variables.put(MICROBIAL_OOS, facts.isMicrobial());
    variables.put(CLINICAL_TRIAL, facts.product().isClinicalTrial());
    variables.put(RELEASE_SITE_COUNTRY, facts.releaseSite().countryCode());
    variables.put(TREATING_SITE_COUNTRIES, new ArrayList<>(facts.treatingCountries()));
    variables.put(PATIENT_INFORMATION_TEXT, DisplayText.fitted(PatientInformation.text(facts), facts.caseNumber()));
    return variables;
  }
}
