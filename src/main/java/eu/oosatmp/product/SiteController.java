package eu.oosatmp.product;

import eu.oosatmp.web.CountryCode;
import eu.oosatmp.web.NotFound;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sites")
public class SiteController {

  private final SiteRepository sites;

  public SiteController(SiteRepository sites) {
    this.sites = sites;
  }

  @GetMapping
  public List<Site> list(@RequestParam(required = false) @CountryCode String country,
      @RequestParam(required = false) SiteRole role) {
    return sites.find(country, role);
  }

  @GetMapping("/{code}")
  public Site get(@PathVariable String code) {
    return sites.findByCode(code).orElseThrow(NotFound.record("site", code));
  }
}
