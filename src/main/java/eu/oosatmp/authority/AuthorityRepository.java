package eu.oosatmp.authority;

import eu.oosatmp.web.SqlConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuthorityRepository {

  private static final String SELECT = """
      SELECT code, kind, country_code, name, local_name, acronym, notification_email FROM authority
      """;

  private final JdbcClient jdbc;
  private final AuthorityAddressProperties addresses;

  public AuthorityRepository(JdbcClient jdbc, AuthorityAddressProperties addresses) {
    this.jdbc = jdbc;
    this.addresses = addresses;
  }

  public List<Authority> find(String countryCode, AuthorityKind kind) {
    SqlConditions where = new SqlConditions()
        .add("country_code = :country", "country", countryCode)
        .add("kind = :kind", "kind", kind == null ? null : kind.name());
    return where.bind(jdbc.sql(SELECT + where.clause() + " ORDER BY kind, country_code, code"))
        .query(this::map)
        .list();
  }

  public Optional<Authority> findByCode(String code) {
    return jdbc.sql(SELECT + "WHERE code = :code").param("code", code).query(this::map).optional();
  }

  /** The Supervisory Authority of a site is the national competent authority of the site's country. */
  public Optional<Authority> findNationalAuthority(String countryCode) {
    return jdbc.sql(SELECT + "WHERE country_code = :country").param("country", countryCode).query(this::map)
        .optional();
  }

  private Authority map(ResultSet rs, int row) throws SQLException {
    String code = rs.getString("code");
    return new Authority(
        code,
        AuthorityKind.valueOf(rs.getString("kind")),
        rs.getString("country_code"),
        rs.getString("name"),
        rs.getString("local_name"),
        rs.getString("acronym"),
        addresses.addressFor(code, rs.getString("notification_email")));
  }
}
