package eu.oosatmp.authority;

import org.springframework.stereotype.Component;

/** Names a country's national competent authority for forms, e.g. "State Institute for Drug Control (SÚKL)". */
@Component
public class NationalAuthorityNames {

  private final AuthorityRepository authorities;

  public NationalAuthorityNames(AuthorityRepository authorities) {
    this.authorities = authorities;
  }

  public String of(String countryCode) {
    return authorities.findNationalAuthority(countryCode)
        .map(authority -> authority.name() + " (" + authority.acronym() + "), " + authority.notificationEmail())
        .orElse("no national competent authority known for " + countryCode);
  }
}
