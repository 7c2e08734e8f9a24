package flowcdk.connector.http.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.http.TestServer;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.cli.Cli;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RestCapture} run by the command-line tool, which serves each of its requests (discover,
 * then validate or open) in a session of its own, each on a Vert.x instance of its own, with the
 * same connector: the capture's HTTP client of one session must not outlive it.
 */
class RestCliTest {

  @TempDir Path folder;

  private Vertx vertx;
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    server = TestServer.start(vertx);
    server.route("/me", request -> request.response().end("{}"));
    server.route(
        "/items0",
        request ->
            request
                .response()
                .putHeader("Content-Type", "application/json")
                .end("{\"items\":[{\"id\":1,\"name\":\"one\"},{\"id\":2,\"name\":\"two\"}]}"));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** Runs the tool with {@code args}, results into {@code out}; it must exit 0. */
  private static void cli(ByteArrayOutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Cli.run(
            new RestCapture_Dispatch(),
            RuntimeOptions.defaults().withSignalHandling(false),
            "rest",
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void validateAndPreviewUseAClientOfTheirOwnSession() throws Exception {
    Path config = folder.resolve("config.json");
    Files.writeString(
        config, RestRun.accessTokenConfig(server.url(""), RestCaptureTest.TOKEN, 1, ""));

    cli(new ByteArrayOutputStream(), "validate", "--config", config.toString());
    assertEquals("/me", server.arrivals().get(0).uri());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cli(out, "preview", "--config", config.toString(), "--max-docs", "2");
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("items0: {\"id\":1,"), printed);
    assertTrue(printed.contains("items0: {\"id\":2,"), printed);
    assertEquals("/items0?page=0", server.arrivals().get(1).uri());
  }
}
