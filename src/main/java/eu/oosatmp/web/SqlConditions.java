package eu.oosatmp.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WHERE clause of a list query from optional filters: a filter whose value is null is left out.
 * Built rather than written as "(:x IS NULL OR ...)", which PostgreSQL cannot type for a null value.
 */
public final class SqlConditions {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  public SqlConditions add(String condition, String param, Object value) {
    if (value != null) {
      conditions.add(condition);
      params.put(param, value);
    }
    return this;
  }

  public String clause() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
    return statement.params(params);
  }
}
