package eu.oosatmp.casefile;

import eu.oosatmp.product.ProductRepository;
import eu.oosatmp.product.Site;
import eu.oosatmp.product.SiteRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** Loads a case with its product, sites and results. */
@Service
public class CaseFile {

  private final CaseRepository cases;
  private final ProductRepository products;
  private final SiteRepository sites;

  public CaseFile(CaseRepository cases, ProductRepository products, SiteRepository sites) {
    this.cases = cases;
    this.products = products;
    this.sites = sites;
  }

  public CaseFacts facts(String caseNumber) {
    CaseRepository.OosCase oosCase = cases.find(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No OOS case " + caseNumber));
    List<Site> treatingSites = oosCase.treatingSiteCodes().stream().map(this::site).toList();
    return new CaseFacts(oosCase, products.findByCode(oosCase.productCode()).orElseThrow(),
        site(oosCase.releaseSiteCode()), treatingSites, cases.results(caseNumber));
  }

  private Site site(String code) {
    return sites.findByCode(code).orElseThrow(() -> new IllegalStateException("No site " + code));
  }
}
