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
    sites.insert("CZ-BRNO-REL", "Demo Cell Processing Centre Brno s.r.o. (fictitious)", "Brno", "CZ", true, false);
    sites.insert("DE-HEIDELBERG-HOSP", "Demo University Hospital Heidelberg (fictitious)", "Heidelberg", "DE",
        false, true);
    sites.insert("CZ-PRAGUE-HOSP", "Demo Faculty Hospital Prague (fictitious)", "Prague", "CZ", false, true);
    sites.insert("FR-LYON-HOSP", "Demo University Hospital Lyon (fictitious)", "Lyon", "FR", false, true);
    sites.insert("ES-BARCELONA-HOSP", "Demo Hospital Barcelona (fictitious)", "Barcelona", "ES", false, true);
    sites.insert("GB-LONDON-HOSP", "Demo London Cancer Centre NHS Trust (fictitious)", "London", "GB", true, true);
    sites.insert("IT-MILAN-HOSP", "Demo Cell Factory Milan Hospital (fictitious)", "Milan", "IT", true, true);

    products.insert(authorised("KYMRIAH", "Kymriah", "tisagenlecleucel", "EU/1/18/1297",
        "Novartis Europharm Limited", LEIDEN, null, MAH, MAH));
    products.insert(authorised("YESCARTA", "Yescarta", "axicabtagene ciloleucel", "EU/1/18/1299",
        "Kite Pharma EU B.V.", LEIDEN, null, MAH, MAH));
    products.insert(authorised("TECARTUS", "Tecartus", "brexucabtagene autoleucel", "EU/1/20/1492",
        "Kite Pharma EU B.V.", LEIDEN, null, MAH, MAH));
    products.insert(authorised("ABECMA", "Abecma", "idecabtagene vicleucel", "EU/1/21/1539",
        "Bristol-Myers Squibb Pharma EEIG", "Demo Cell Therapy Inc., New Jersey (fictitious)", MARBURG,
        IMPORTER, MAH));
    products.insert(authorised("BREYANZI", "Breyanzi", "lisocabtagene maraleucel", "EU/1/22/1631",
        "Bristol-Myers Squibb Pharma EEIG", "Demo Cell Therapy Inc., New Jersey (fictitious)", MARBURG,
        IMPORTER, IMPORTER));
    products.insert(authorised("CARVYKTI", "Carvykti", "ciltacabtagene autoleucel", "EU/1/22/1648",
        "Janssen-Cilag International NV", LEIDEN, null, MANUFACTURER, MAH));
    products.insert(new Product("SPHEROX", "Spherox", null, TISSUE_ENGINEERED, EU_CENTRALISED, "EU/1/17/1181",
        new Product.Parties("CO.DON GmbH", MARBURG, null, null, null), new Product.WrittenAgreement(MAH, MAH)));

    products.insert(fictitious("DEMO-UK-CART", "CARTx-UK (fictitious)", GENE_THERAPY_CELL_BASED, UK_MHRA,
        "PLGB 99999/0001 (fictitious)", new Product.Parties("Demo Therapeutics UK Ltd (fictitious)",
            "Demo London Cancer Centre NHS Trust (fictitious)", null, null, null), MAH));
    products.insert(fictitious("DEMO-NAT-CHON", "ChondroDemo (fictitious)", TISSUE_ENGINEERED, NATIONAL,
        "CZ 87/123/25-C (fictitious)", new Product.Parties("Demo Regenerative s.r.o. (fictitious)",
            "Demo Cell Processing Centre Brno s.r.o. (fictitious)", null, null, null), MAH));
    products.insert(fictitious("DEMO-CT-CART", "CARTx-101 investigational (fictitious)", GENE_THERAPY_CELL_BASED,
        CLINICAL_TRIAL, "EU CT 2025-500001-12-00 (fictitious)", new Product.Parties(null, MARBURG, null,
            "Demo Oncology Sponsor GmbH (fictitious)", "trial-safety@demo-oncology-sponsor.test"), SPONSOR));
    products.insert(fictitious("DEMO-HE-MSC", "Autologous MSC, hospital exemption (fictitious)",
        SOMATIC_CELL_THERAPY, HOSPITAL_EXEMPTION, "HE-IT-2024-007 (fictitious)", new Product.Parties(null,
            "Demo Cell Factory Milan Hospital (fictitious)", null, null, null), MANUFACTURER));
    products.insert(fictitious("DEMO-DEV-TIL", "TIL-Dev, not authorised (fictitious)", SOMATIC_CELL_THERAPY,
        null, null, new Product.Parties(null, LEIDEN, null, null, null), MANUFACTURER));

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
        new Product.Parties(mah, manufacturer, importer, null, null),
        new Product.WrittenAgreement(physicianContact, authorityContact));
  }

  private static Product fictitious(String code, String name, AtmpClass atmpClass, LegalRoute route,
      String number, Product.Parties parties, Party contact) {
    return new Product(code, name, null, atmpClass, route, number, parties,
        new Product.WrittenAgreement(contact, contact));
  }
}
