package eu.oosatmp.product;

import eu.oosatmp.web.SqlConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SiteRepository {

  private static final String SELECT = """
      SELECT s.code, s.name, s.city, s.country_code, s.releases_batches, s.treats_patients,
             a.code AS authority_code, a.acronym AS authority_acronym, a.name AS authority_name
        FROM site s
        JOIN authority a ON a.country_code = s.country_code
      """;

  private final JdbcClient jdbc;

  public SiteRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Site> find(String countryCode, SiteRole role) {
    SqlConditions where = new SqlConditions()
        .add("s.country_code = :country", "country", countryCode)
        .add("s.releases_batches = :releases", "releases", role == SiteRole.BATCH_RELEASE ? Boolean.TRUE : null)
        .add("s.treats_patients = :treats", "treats", role == SiteRole.TREATING ? Boolean.TRUE : null);
    return where.bind(jdbc.sql(SELECT + where.clause() + " ORDER BY s.code")).query(SiteRepository::map).list();
  }

  public Optional<Site> findByCode(String code) {
    return jdbc.sql(SELECT + "WHERE s.code = :code").param("code", code).query(SiteRepository::map).optional();
  }

  public void insert(String code, String name, String city, String countryCode, boolean releasesBatches,
      boolean treatsPatients) {
    jdbc.sql("""
            INSERT INTO site (code, name, city, country_code, releases_batches, treats_patients)
            VALUES (:code, :name, :city, :country, :releases, :treats)
            """)
        .param("code", code)
        .param("name", name)
        .param("city", city)
        .param("country", countryCode)
        .param("releases", releasesBatches)
        .param("treats", treatsPatients)
        .update();
  }

  private static Site map(ResultSet rs, int row) throws SQLException {
    return new Site(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("city"),
        rs.getString("country_code"),
        rs.getBoolean("releases_batches"),
        rs.getBoolean("treats_patients"),
        new Site.AuthorityRef(rs.getString("authority_code"), rs.getString("authority_acronym"),
            rs.getString("authority_name")));
  }
}
