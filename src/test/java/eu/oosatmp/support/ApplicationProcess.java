package eu.oosatmp.support;

import eu.oosatmp.OosAtmpApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, started with its main class as an installation starts it, and
 * killed as a node crashes: SIGKILL, no shutdown hook, no graceful stop. Its output goes to a log file.
 * Started and cleaned up by {@link ApplicationProcesses}.
 */
public final class ApplicationProcess {

  private static final Duration STARTUP = Duration.ofMinutes(2);
  private static final int TAIL_LINES = 80;

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private ApplicationProcess(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * What the nodes of one installation share: their working directory and their database. On PostgreSQL
   * that is a database of the test's server; on H2 none is named, so the nodes keep the application's own
   * default, the H2 file database under their working directory, exactly as an installation without
   * PostgreSQL runs.
   */
  public record Installation(Path directory, Optional<TestDatabase.Location> database) {}

  /** Settings for a node of the installation on the dev profile (demo users, password = user id, demo data). */
  public static Settings node(String name, Installation installation) {
    return new Settings(name, installation);
  }

  public static final class Settings {

    private final String name;
    private final Installation installation;
    private final Map<String, String> properties = new LinkedHashMap<>();

    private Settings(String name, Installation installation) {
      this.name = name;
      this.installation = installation;
      property("spring.profiles.active", "dev");
      installation.database().ifPresent(database -> property("spring.datasource.url", database.url())
          .property("spring.datasource.username", database.user())
          .property("spring.datasource.password", database.password()));
    }

    /** As an operator names a real mail server: the dev profile then starts no embedded one. */
    public Settings mailServer(int smtpPort) {
      return property("MAIL_HOST", "localhost").property("MAIL_PORT", Integer.toString(smtpPort));
    }

    /** An application property, passed as a command-line argument as an operator would. */
    public Settings property(String key, String value) {
      properties.put(key, value);
      return this;
    }

    String name() {
      return name;
    }
  }

  static ApplicationProcess start(Settings settings, Path log) {
    int port = unusedPort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // Several nodes, a database and the test share two cores: small heaps, one GC thread each.
        "-Xmx512m", "-XX:+UseSerialGC",
        "-cp", classpath(), OosAtmpApplication.class.getName(), "--server.port=" + port));
    settings.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).directory(settings.installation.directory().toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      // Should the test JVM end without cleaning up (a Failsafe timeout), the node must not outlive it.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      return new ApplicationProcess(settings.name(), process, port, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + settings.name(), e);
    }
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public Http as(String demoUser) {
    return new Http(port).as(demoUser);
  }

  /** Waits until the readiness probe answers UP: the engine, its deployments and the startup runners are done. */
  public ApplicationProcess awaitReady() {
    Poll.until(name + " being ready (log " + log + ")", STARTUP, Duration.ofMillis(500), () -> {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n"
            + logTail());
      }
      return isReady() ? this : null;
    });
    return this;
  }

  private boolean isReady() {
    try {
      Http.Response readiness = new Http(port).get("/actuator/health/readiness");
      return readiness.status() == 200 && readiness.body().contains("\"UP\"");
    } catch (IllegalStateException notListeningYet) {
      return false;
    }
  }

  /** SIGKILL, as the operating system or a power cut ends a node: nothing of the application runs after it. */
  public void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The end of the node's output, for the report of a failed test. */
  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "--- last lines of " + log + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(no log " + log + ": " + e.getMessage() + ")";
    }
  }

  /**
   * The test's classpath without the test classes, whose test configurations the application's component
   * scan would pick up. Failsafe passes it on as it is; a launcher that shortens long command lines (an IDE's
   * "JAR manifest" option) leaves a single jar whose manifest names the entries.
   */
  private static String classpath() {
    List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
      entries = manifestClassPath(Path.of(entries.get(0)));
    }
    return entries.stream()
        .filter(entry -> !Path.of(entry).endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static List<String> manifestClassPath(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (classPath == null) {
        return List.of(jar.toString());
      }
      URI base = jar.toUri();
      return Arrays.stream(classPath.strip().split("\\s+")).map(entry -> Path.of(base.resolve(entry)).toString())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classpath from " + jar, e);
    }
  }

  /** A local port nothing listens on (until someone takes it). */
  public static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
