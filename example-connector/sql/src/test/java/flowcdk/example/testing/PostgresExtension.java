package flowcdk.example.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the {@linkplain PostgresServer#shared() shared PostgreSQL server}: started before the
 * first test class that uses the extension, stopped after the last test of the whole run, and
 * injected into any test, lifecycle method or constructor parameter of type {@link PostgresServer}.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class MyTest {
 *   @Test
 *   void reads(PostgresServer postgres) throws SQLException {
 *     postgres.createDatabase("my_test");
 *     try (Connection c = postgres.connect("my_test")) { ... }
 *   }
 * }
 * }</pre>
 *
 * <p>The server is kept in the root context's store, which JUnit closes when the run ends; as an
 * {@link AutoCloseable} (JUnit 5.13+ closes those and deprecates {@code
 * ExtensionContext.Store.CloseableResource}). If a run ends any other way, the JVM shutdown hook of
 * {@link PostgresServer#shared()} stops it.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresExtension.class);

  /**
   * Starts the shared server if it is not running and registers it for stopping at the end of the
   * run.
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  /** Whether the parameter is a {@link PostgresServer}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PostgresServer.class;
  }

  /** The shared server. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  private static PostgresServer server(ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    PostgresServer server =
        store.getOrComputeIfAbsent(
            PostgresServer.class, key -> PostgresServer.shared(), PostgresServer.class);
    if (server.isStopped()) {
      // Stopped by hand by some test: a new one, stopped at the end of the run like the first.
      server = PostgresServer.shared();
      store.put(PostgresServer.class, server);
    }
    return server;
  }
}
