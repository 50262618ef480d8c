package eu.oosatmp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.util.FileSystemUtils;

/**
 * The application processes of a test class. Each is killed when its test ends, whatever happened, so no
 * node outlives its test; when a test fails, the end of each node's log travels with the failure. Logs are
 * kept under target/application-processes/{database}/{test class}/.
 */
public final class ApplicationProcesses
    implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, TestExecutionExceptionHandler {

  private final List<ApplicationProcess> started = new CopyOnWriteArrayList<>();
  private Path logs;
  private int installations;
  private int starts;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    logs = Path.of("target", "application-processes", TestDatabase.isPostgres() ? "postgres" : "h2",
        context.getRequiredTestClass().getSimpleName()).toAbsolutePath();
    // An installation left by an earlier build would not be fresh.
    FileSystemUtils.deleteRecursively(logs);
  }

  /** A fresh installation for nodes to share: a directory of its own and, on PostgreSQL, a new database. */
  public ApplicationProcess.Installation newInstallation() {
    installations++;
    Path directory = logs.resolve("installation-" + installations);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ApplicationProcess.Installation(directory,
        TestDatabase.isPostgres() ? Optional.of(TestDatabase.newPostgresDatabase()) : Optional.empty());
  }

  /** Starts a node; call {@link ApplicationProcess#awaitReady()} before using it. */
  public ApplicationProcess start(ApplicationProcess.Settings settings) {
    starts++;
    ApplicationProcess process = ApplicationProcess.start(settings,
        logs.resolve("%02d-%s.log".formatted(starts, settings.name())));
    started.add(process);
    return process;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    for (ApplicationProcess process : started) {
      failure.addSuppressed(new NodeLog(process));
    }
    throw failure;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    killAll();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    killAll();
  }

  private void killAll() {
    started.stream().filter(ApplicationProcess::isAlive).forEach(ApplicationProcess::kill);
    started.clear();
  }

  /** A node's log tail shown with a failure; it has no stack trace of its own. */
  private static final class NodeLog extends RuntimeException {

    NodeLog(ApplicationProcess process) {
      super(process.name() + (process.isAlive() ? "" : " (not running)") + "\n" + process.logTail(), null, false,
          false);
    }
  }
}
