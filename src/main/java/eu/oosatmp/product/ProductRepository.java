package eu.oosatmp.product;

import eu.oosatmp.web.SqlConditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProductRepository {

  private static final String SELECT = """
      SELECT code, name, inn, atmp_class, legal_route, authorisation_number, mah_name, manufacturer_name,
             importer_name, sponsor_name, sponsor_email, physician_contact_party, authority_contact_party,
             mah_email, mah_phone, mah_address, manufacturer_email, manufacturer_phone, manufacturer_address,
             importer_email, importer_phone, importer_address
        FROM product
      """;

  /** Parties with contact columns of their own; the sponsor is reached at its sponsor_email. */
  private static final List<Party> CONTACT_COLUMNS = List.of(Party.MAH, Party.MANUFACTURER, Party.IMPORTER);

  private final JdbcClient jdbc;

  public ProductRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Product> find(LegalRoute legalRoute, AtmpClass atmpClass) {
    SqlConditions where = new SqlConditions()
        .add("legal_route = :route", "route", legalRoute == null ? null : legalRoute.name())
        .add("atmp_class = :class", "class", atmpClass == null ? null : atmpClass.name());
    return where.bind(jdbc.sql(SELECT + where.clause() + " ORDER BY code")).query(ProductRepository::map).list();
  }

  public Optional<Product> findByCode(String code) {
    return jdbc.sql(SELECT + "WHERE code = :code").param("code", code).query(ProductRepository::map).optional();
  }

  public void insert(Product product) {
    jdbc.sql("""
            INSERT INTO product (code, name, inn, atmp_class, legal_route, authorisation_number, mah_name,
                                 manufacturer_name, importer_name, sponsor_name, sponsor_email,
                                 physician_contact_party, authority_contact_party, mah_email, mah_phone,
                                 mah_address, manufacturer_email, manufacturer_phone, manufacturer_address,
                                 importer_email, importer_phone, importer_address)
            VALUES (:code, :name, :inn, :atmpClass, :legalRoute, :authorisationNumber, :mah, :manufacturer,
                    :importer, :sponsor, :sponsorEmail, :physicianContact, :authorityContact, :mah_email,
                    :mah_phone, :mah_address, :manufacturer_email, :manufacturer_phone, :manufacturer_address,
                    :importer_email, :importer_phone, :importer_address)
            """)
        .param("code", product.code())
        .param("name", product.name())
        .param("inn", product.inn())
        .param("atmpClass", product.atmpClass().name())
        .param("legalRoute", product.legalRoute() == null ? null : product.legalRoute().name())
        .param("authorisationNumber", product.authorisationNumber())
        .param("mah", product.parties().mah())
        .param("manufacturer", product.parties().manufacturer())
        .param("importer", product.parties().importer())
        .param("sponsor", product.parties().sponsor())
        .param("sponsorEmail", product.parties().sponsorEmail())
        .param("physicianContact", product.writtenAgreement().physicianContact().name())
        .param("authorityContact", product.writtenAgreement().authorityContact().name())
        .params(contactColumns(product.parties()))
        .update();
  }

  private static Map<String, Object> contactColumns(Product.Parties parties) {
    Map<String, Object> columns = new HashMap<>();
    for (Party party : CONTACT_COLUMNS) {
      Product.Contact contact = parties.contact(party);
      String prefix = party.name().toLowerCase(Locale.ROOT);
      columns.put(prefix + "_email", contact.email());
      columns.put(prefix + "_phone", contact.phone());
      columns.put(prefix + "_address", contact.address());
    }
    return columns;
  }

  private static Map<Party, Product.Contact> contacts(ResultSet rs) throws SQLException {
    Map<Party, Product.Contact> contacts = new EnumMap<>(Party.class);
    for (Party party : CONTACT_COLUMNS) {
      String prefix = party.name().toLowerCase(Locale.ROOT);
      Product.Contact contact = new Product.Contact(rs.getString(prefix + "_email"), rs.getString(prefix + "_phone"),
          rs.getString(prefix + "_address"));
      if (contact.email() != null || contact.phone() != null || contact.address() != null) {
        contacts.put(party, contact);
      }
    }
    return contacts;
  }

  private static Product map(ResultSet rs, int row) throws SQLException {
    String route = rs.getString("legal_route");
    return new Product(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("inn"),
        AtmpClass.valueOf(rs.getString("atmp_class")),
        route == null ? null : LegalRoute.valueOf(route),
        rs.getString("authorisation_number"),
        new Product.Parties(rs.getString("mah_name"), rs.getString("manufacturer_name"),
            rs.getString("importer_name"), rs.getString("sponsor_name"), rs.getString("sponsor_email"), contacts(rs)),
        new Product.WrittenAgreement(Party.valueOf(rs.getString("physician_contact_party")),
            Party.valueOf(rs.getString("authority_contact_party"))));
  }
}
