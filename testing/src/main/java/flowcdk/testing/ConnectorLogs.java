package flowcdk.testing;

import flowcdk.runtime.log.Level;
import flowcdk.runtime.log.LogFormat;
import flowcdk.runtime.log.LogWriter;
import flowcdk.runtime.log.Logging;
import flowcdk.runtime.log.Redactor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Keeps the logs of connectors run in-process out of the build output, and shows them when a test
 * fails. The runtime writes its log lines straight to the JVM's stderr; for each test this
 * extension installs a {@link LogWriter} that collects them in memory instead (restoring the
 * previous writer afterwards), and attaches the collected lines to a failing test's exception as a
 * suppressed exception, so they are printed with its stack trace.
 *
 * <p>Listed in this jar's {@code META-INF/services}: a module with this jar on its test class path
 * registers it for every test by enabling extension auto-detection in its {@code
 * junit-platform.properties}. A test that installs a writer of its own replaces this one for as
 * long as it keeps it.
 */
public final class ConnectorLogs
    implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ConnectorLogs.class);

  /** Created by JUnit's extension auto-detection. */
  public ConnectorLogs() {}

  /** What one test's writer replaced, and what it collected. */
  private record Captured(LogWriter previous, ByteArrayOutputStream lines) {}

  /** Installs a writer collecting the test's log lines (JSON, INFO and above, as by default). */
  @Override
  public void beforeEach(ExtensionContext context) {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    LogWriter previous =
        Logging.install(new LogWriter(lines, LogFormat.JSON, Level.INFO, new Redactor()));
    context.getStore(NAMESPACE).put(Captured.class, new Captured(previous, lines));
  }

  /** Attaches the lines collected so far to the test's failure, then rethrows it. */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Captured captured = context.getStore(NAMESPACE).get(Captured.class, Captured.class);
    if (captured != null && captured.lines().size() > 0) {
      failure.addSuppressed(new Lines(captured.lines().toString(StandardCharsets.UTF_8)));
    }
    throw failure;
  }

  /** Puts the previous writer back. */
  @Override
  public void afterEach(ExtensionContext context) {
    Captured captured = context.getStore(NAMESPACE).remove(Captured.class, Captured.class);
    if (captured != null) {
      Logging.install(captured.previous());
    }
  }

  /** The collected log lines, as the message of an exception without a stack trace. */
  private static final class Lines extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Lines(String lines) {
      super("connector log of the failed test:\n" + lines.stripTrailing(), null, false, false);
    }
  }
}
