package eu.oosatmp.demo;

import static eu.oosatmp.product.AtmpClass.GENE_THERAPY_CELL_BASED;
import static eu.oosatmp.product.AtmpClass.SOMATIC_CELL_THERAPY;
import static eu.oosatmp.product.AtmpClass.TISSUE_ENGINEERED;
import static eu.oosatmp.product.LegalRoute.CLINICAL_TRIAL;
import static eu.oosatmp.product.LegalRoute.EU_CENTRALISED;
import static eu.oosatmp.product.LegalRoute.HOSPITAL_EXEMPTION;
import static eu.oosatmp.product.LegalRoute.NATIONAL;
import static eu.oosatmp.product.LegalRoute.UK_MHRA;
import static eu.oosatmp.product.Party.IMPORTER;
import static eu.oosatmp.product.Party.MAH;
import static eu.oosatmp.product.Party.MANUFACTURER;
import static eu.oosatmp.product.Party.SPONSOR;

import eu.oosatmp.product.AtmpClass;
import eu.oosatmp.product.LegalRoute;
import eu.oosatmp.product.Party;
import eu.oosatmp.product.PatientRepository;
import eu.oosatmp.product.Product;
import eu.oosatmp.product.ProductRepository;
import eu.oosatmp.product.SiteRepository;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo reference data: real centrally authorised cell-based ATMPs with their MAHs, plus clearly
 * fictitious products for the other legal routes, fictitious sites and pseudonymous patients.
 * Loaded once into an empty dev database; production starts with the authorities only.
 */
@Component
@Profile("dev")
@Order(4)
public class DemoReferenceData implements ApplicationRunner {

  private static final String LEIDEN = "Demo CellWorks Leiden B.V. (fictitious)";
  private static final String MARBURG = "Demo ATMP Manufacturing Marburg GmbH (fictitious)";
  private static final String NEW_JERSEY = "Demo Cell Therapy Inc., New Jersey (fictitious)";
  private static final String BRNO = "Demo Cell Processing Centre Brno s.r.o. (fictitious)";
  private static final String LONDON = "Demo London Cancer Centre NHS Trust (fictitious)";
  private static final String MILAN = "Demo Cell Factory Milan Hospital (fictitious)";
  private static final String NOVARTIS = "Novartis Europharm Limited";
  private static final String KITE = "Kite Pharma EU B.V.";
  private static final String BMS = "Bristol-Myers Squibb Pharma EEIG";
  private static final String JANSSEN = "Janssen-Cilag International NV";
  private static final String CODON = "CO.DON GmbH";
  private static final String DEMO_UK_MAH = "Demo Therapeutics UK Ltd (fictitious)";
  private static final String DEMO_CZ_MAH = "Demo Regenerative s.r.o. (fictitious)";

  /**
   * How each party is reached, for the signature and Reply-To of what it sends. Real MAHs keep their names;
   * their e-mails are on the reserved .test domain and their phones and addresses are fictitious.
   */
  private static final Map<String, Product.Contact> CONTACTS = Map.ofEntries(
      contact(LEIDEN, "oos-qa@cellworks-leiden.test", "+31 71 555 0100", "Demo Science Park 1, 2333 AA Leiden, Netherlands"),
      contact(MARBURG, "oos-qa@atmp-marburg.test", "+49 6421 555 0100", "Demoweg 1, 35041 Marburg, Germany"),
      contact(NEW_JERSEY, "quality@democelltherapy-nj.test", "+1 908 555 0100", "1 Demo Drive, Summit, NJ 07901, USA"),
      contact(BRNO, "oos-qa@cellcentre-brno.test", "+420 5 5550 0100", "Demo 1, 602 00 Brno, Czechia"),
      contact(LONDON, "atmp-qa@london-cancer-centre.test", "+44 20 5550 0100", "1 Demo Road, London SE1 0AA, UK"),
      contact(MILAN, "cell-factory@milan-hospital.test", "+39 02 5550 0100", "Via Demo 1, 20100 Milano, Italy"),
      contact(NOVARTIS, "atmp-oos@novartis-europharm.test", "+353 1 555 0100", "Demo address, Dublin, Ireland"),
      contact(KITE, "atmp-oos@kite-pharma-eu.test", "+31 20 555 0100", "Demo address, Hoofddorp, Netherlands"),
      contact(BMS, "atmp-oos@bms-pharma-eeig.test", "+353 1 555 0200", "Demo address, Dublin, Ireland"),
      contact(JANSSEN, "atmp-oos@janssen-cilag-international.test", "+32 14 555 0100",
          "Demo address, Beerse, Belgium"),
      contact(CODON, "atmp-oos@codon.test", "+49 3328 555 0100", "Demo address, Teltow, Germany"),
      contact(DEMO_UK_MAH, "regulatory@demo-therapeutics-uk.test", "+44 20 5550 0200", "2 Demo Road, London, UK"),
      contact(DEMO_CZ_MAH, "regulatory@demo-regenerative.test", "+420 2 5550 0100", "Demo 2, 110 00 Prague, Czechia"));

  private final ProductRepository products;
  private final SiteRepository sites;
  private final PatientRepository patients;

  public DemoReferenceData(ProductRepository products, SiteRepository sites, PatientRepository patients) {
    this.products = products;
    this.sites = sites;
    this.patients = patients;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (sites.findByCode("NL-LEIDEN-REL").isPresent()) {
      return;
    }
    sites.insert("NL-LEIDEN-REL", LEIDEN, "Leiden", "NL", true, false);
    sites.insert("DE-MARBURG-REL", MARBURG, "Marburg", "DE", true, false);
    sites.insert("CZ-BRNO-REL", BRNO, "Brno", "CZ", true, false);
    sites.insert("DE-HEIDELBERG-HOSP", "Demo University Hospital Heidelberg (fictitious)", "Heidelberg", "DE",
        false, true);
    sites.insert("CZ-PRAGUE-HOSP", "Demo Faculty Hospital Prague (fictitious)", "Prague", "CZ", false, true);
    sites.insert("FR-LYON-HOSP", "Demo University Hospital Lyon (fictitious)", "Lyon", "FR", false, true);
    sites.insert("ES-BARCELONA-HOSP", "Demo Hospital Barcelona (fictitious)", "Barcelona", "ES", false, true);
    sites.insert("GB-LONDON-HOSP", LONDON, "London", "GB", true, true);
    sites.insert("IT-MILAN-HOSP", MILAN, "Milan", "IT", true, true);

    products.insert(authorised("KYMRIAH", "Kymriah", "tisagenlecleucel", "EU/1/18/1297",
        NOVARTIS, LEIDEN, null, MAH, MAH));
    products.insert(authorised("YESCARTA", "Yescarta", "axicabtagene ciloleucel", "EU/1/18/1299",
        KITE, LEIDEN, null, MAH, MAH));
    products.insert(authorised("TECARTUS", "Tecartus", "brexucabtagene autoleucel", "EU/1/20/1492",
        KITE, LEIDEN, null, MAH, MAH));
    products.insert(authorised("ABECMA", "Abecma", "idecabtagene vicleucel", "EU/1/21/1539",
        BMS, NEW_JERSEY, MARBURG, IMPORTER, MAH));
    products.insert(authorised("BREYANZI", "Breyanzi", "lisocabtagene maraleucel", "EU/1/22/1631",
        BMS, NEW_JERSEY, MARBURG, IMPORTER, IMPORTER));
    products.insert(authorised("CARVYKTI", "Carvykti", "ciltacabtagene autoleucel", "EU/1/22/1648",
        JANSSEN, LEIDEN, null, MANUFACTURER, MAH));
    products.insert(new Product("SPHEROX", "Spherox", null, TISSUE_ENGINEERED, EU_CENTRALISED, "EU/1/17/1181",
        parties(CODON, MARBURG, null), new Product.WrittenAgreement(MAH, MAH)));

    products.insert(fictitious("DEMO-UK-CART", "CARTx-UK (fictitious)", GENE_THERAPY_CELL_BASED, UK_MHRA,
        "PLGB 99999/0001 (fictitious)", parties(DEMO_UK_MAH, LONDON, null), MAH));
    products.insert(fictitious("DEMO-NAT-CHON", "ChondroDemo (fictitious)", TISSUE_ENGINEERED, NATIONAL,
        "CZ 87/123/25-C (fictitious)", parties(DEMO_CZ_MAH, BRNO, null), MAH));
    products.insert(fictitious("DEMO-CT-CART", "CARTx-101 investigational (fictitious)", GENE_THERAPY_CELL_BASED,
        CLINICAL_TRIAL, "EU CT 2025-500001-12-00 (fictitious)", new Product.Parties(null, MARBURG, null,
            "Demo Oncology Sponsor GmbH (fictitious)", "trial-safety@demo-oncology-sponsor.test",
            Map.of(MANUFACTURER, CONTACTS.get(MARBURG))), SPONSOR));
    products.insert(fictitious("DEMO-HE-MSC", "Autologous MSC, hospital exemption (fictitious)",
        SOMATIC_CELL_THERAPY, HOSPITAL_EXEMPTION, "HE-IT-2024-007 (fictitious)", parties(null, MILAN, null),
        MANUFACTURER));
    products.insert(fictitious("DEMO-DEV-TIL", "TIL-Dev, not authorised (fictitious)", SOMATIC_CELL_THERAPY,
        null, null, parties(null, LEIDEN, null), MANUFACTURER));

    patients.insert("PAT-7F3K9Q", "DE-HEIDELBERG-HOSP");
    patients.insert("PAT-2M8W4R", "DE-HEIDELBERG-HOSP");
    patients.insert("PAT-9X1C6T", "CZ-PRAGUE-HOSP");
    patients.insert("PAT-4H7B2N", "FR-LYON-HOSP");
    patients.insert("PAT-5J3D8V", "ES-BARCELONA-HOSP");
    patients.insert("PAT-8L6G1Z", "GB-LONDON-HOSP");
    patients.insert("PAT-3Q9P5K", "IT-MILAN-HOSP");
  }

  private static Product authorised(String code, String name, String inn, String euNumber, String mah,
      String manufacturer, String importer, Party physicianContact, Party authorityContact) {
    return new Product(code, name, inn, GENE_THERAPY_CELL_BASED, EU_CENTRALISED, euNumber,
        parties(mah, manufacturer, importer), new Product.WrittenAgreement(physicianContact, authorityContact));
  }

  private static Product.Parties parties(String mah, String manufacturer, String importer) {
    Map<Party, Product.Contact> contacts = new EnumMap<>(Party.class);
    contacts.put(MANUFACTURER, CONTACTS.get(manufacturer));
    if (mah != null) {
      contacts.put(MAH, CONTACTS.get(mah));
    }
    if (importer != null) {
      contacts.put(IMPORTER, CONTACTS.get(importer));
    }
    return new Product.Parties(mah, manufacturer, importer, null, null, contacts);
  }

  /** Demo phones and addresses say they are fictitious, whoever the party is. */
  private static Map.Entry<String, Product.Contact> contact(String party, String email, String phone,
      String address) {
    return Map.entry(party, new Product.Contact(email, phone + " (fictitious)", address + " (fictitious)"));
  }

  private static Product fictitious(String code, String name, AtmpClass atmpClass, LegalRoute route,
      String number, Product.Parties parties, Party contact) {
    return new Product(code, name, null, atmpClass, route, number, parties,
        new Product.WrittenAgreement(contact, contact));
  }
}
