package eu.oosatmp.product;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Patients by pseudonym only: the key to their identity stays at the treating site. */
@Repository
public class PatientRepository {

  private final JdbcClient jdbc;

  public PatientRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String pseudonym) {
    return jdbc.sql("SELECT COUNT(*) FROM patient WHERE pseudonym = :pseudonym")
        .param("pseudonym", pseudonym).query(Long.class).single() > 0;
  }

  public void insert(String pseudonym, String treatingSiteCode) {
    jdbc.sql("INSERT INTO patient (pseudonym, treating_site_code) VALUES (:pseudonym, :site)")
        .param("pseudonym", pseudonym)
        .param("site", treatingSiteCode)
        .update();
  }
}
