package eu.oosatmp.authority;

import eu.oosatmp.web.CountryCode;
import eu.oosatmp.web.NotFound;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/authorities")
public class AuthorityController {

  private final AuthorityRepository authorities;

  public AuthorityController(AuthorityRepository authorities) {
    this.authorities = authorities;
  }

  @GetMapping
  public List<Authority> list(@RequestParam(required = false) @CountryCode String country,
      @RequestParam(required = false) AuthorityKind kind) {
    return authorities.find(country, kind);
  }

  @GetMapping("/{code}")
  public Authority get(@PathVariable String code) {
    return authorities.findByCode(code).orElseThrow(NotFound.record("authority", code));
  }
}
