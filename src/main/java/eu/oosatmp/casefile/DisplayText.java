package eu.oosatmp.casefile;

import eu.oosatmp.integrity.FormContract;

/**
 * Texts a form shows (the case summary, the risk evaluation, the patient information) are cached in
 * process variables, which hold at most 4,000 characters. A longer text is cut at a line end and says
 * where the whole of it is: the case record, which keeps every result in full.
 */
final class DisplayText {

  private DisplayText() {}

  static String fitted(String text, String caseNumber) {
    if (text.length() <= FormContract.MAX_TEXT_LENGTH) {
      return text;
    }
    String note = "\n… (shortened here: the full text is in the case record, GET /api/oos-cases/" + caseNumber + ")";
    int room = FormContract.MAX_TEXT_LENGTH - note.length();
    int lineEnd = text.lastIndexOf('\n', room);
    return text.substring(0, lineEnd > 0 ? lineEnd : room) + note;
  }
}
