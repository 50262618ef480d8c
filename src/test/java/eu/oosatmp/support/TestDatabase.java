package eu.oosatmp.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own, on H2 or on a real PostgreSQL 17
 * (system property oos.test.database, set per Failsafe execution). One PostgreSQL server runs per
 * JVM; each context gets a fresh database in it, so contexts with other profiles never share users.
 * Applications started as processes of their own ({@link ApplicationProcess}) get a PostgreSQL database
 * the same way.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String PROPERTY = "oos.test.database";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  /** Spring closes cached test contexts in a shutdown hook; the server must outlive them. */
  private static final Phaser OPEN_CONTEXTS = new Phaser(1);
  private static EmbeddedPostgres postgres;

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty(PROPERTY, "h2"));
  }

  /** Where an application finds its database. */
  public record Location(String url, String user, String password) {}

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, Object> properties = springProperties(isPostgres() ? newPostgresDatabase() : newH2Database());
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    if (isPostgres()) {
      OPEN_CONTEXTS.register();
      // Registered before any other bean, so destroyed after all of them, connection pools included.
      ((DefaultListableBeanFactory) context.getBeanFactory())
          .registerDisposableBean("testDatabaseRelease", OPEN_CONTEXTS::arriveAndDeregister);
    }
  }

  private static Map<String, Object> springProperties(Location database) {
    return Map.of(
        "spring.datasource.url", database.url(),
        "spring.datasource.username", database.user(),
        "spring.datasource.password", database.password());
  }

  private static Location newH2Database() {
    return new Location("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /** A fresh database in this JVM's PostgreSQL server, also for applications running outside this JVM. */
  public static synchronized Location newPostgresDatabase() {
    String database = "oos_test_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + database, e);
    }
    return new Location(server().getJdbcUrl("postgres", database), "postgres", "postgres");
  }

  private static EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopServer));
    }
    return postgres;
  }

  private static void stopServer() {
    try {
      OPEN_CONTEXTS.awaitAdvanceInterruptibly(OPEN_CONTEXTS.arriveAndDeregister(), 60, TimeUnit.SECONDS);
    } catch (InterruptedException | TimeoutException e) {
      // Stop the server anyway: an orphaned PostgreSQL process would outlive the build.
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
