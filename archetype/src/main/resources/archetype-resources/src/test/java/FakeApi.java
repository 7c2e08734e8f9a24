package ${package};

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local fake of the API, on 127.0.0.1: what the tests capture, and what {@code preview} runs
 * against on your machine (see the README). It serves 25 items, at most 10 per page, and 3
 * categories, to the bearer token {@value #TOKEN} only.
 *
 * <p>Grow it with your API: the same paths, parameters, errors and paging, so the connector is
 * tested against the behaviour it must handle, without credentials or a network.
 */
public final class FakeApi implements AutoCloseable {

  /** The only token the fake accepts. */
  public static final String TOKEN = "fake-token";

  /** The most items the fake lists on one page, whatever {@code limit} asks. */
  static final int MAX_PAGE = 10;

  private final Vertx vertx;
  private final HttpServer server;
  private final List<JsonObject> items = new ArrayList<>();

  private FakeApi(Vertx vertx, HttpServer server) {
    this.vertx = vertx;
    this.server = server;
  }

  /** Starts the fake on {@code port} (0: any free port). */
  public static FakeApi start(int port) throws Exception {
    Vertx vertx = Vertx.vertx();
    FakeApi[] api = new FakeApi[1];
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(request -> api[0].serve(request))
            .listen(port, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
    api[0] = new FakeApi(vertx, server);
    for (int id = 1; id <= 25; id++) {
      api[0].items.add(item(id, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * id)));
    }
    return api[0];
  }

  /** The base URL to give the connector in {@link Api#URL_VARIABLE}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort() + "/v1";
  }

  /** Changes item {@code id}: a new name and {@code updatedAt}. */
  public synchronized void update(int id, Instant updatedAt) {
    items.set(id - 1, item(id, updatedAt).put("name", "Item " + id + " (renamed)"));
  }

  private static JsonObject item(int id, Instant updatedAt) {
    return new JsonObject()
        .put("id", id)
        .put("name", "Item " + id)
        .put("updated_at", updatedAt.toString())
        .put("tags", new JsonArray().add(id % 2 == 0 ? "even" : "odd"));
  }

  private void serve(HttpServerRequest request) {
    request.response().putHeader("Content-Type", "application/json");
    if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
      answer(request, 401, new JsonObject().put("error", "invalid token"));
    } else if (request.path().equals("/v1/items")) {
      items(request);
    } else if (request.path().equals("/v1/categories")) {
      JsonArray categories = new JsonArray();
      for (String name : List.of("Hardware", "Software", "Services")) {
        categories.add(new JsonObject().put("id", categories.size() + 1).put("name", name));
      }
      answer(request, 200, new JsonObject().put("data", categories));
    } else {
      answer(request, 404, new JsonObject().put("error", "no such resource: " + request.path()));
    }
  }

  /** Items updated after {@code updated_after} and at or before {@code updated_before}, by id. */
  private synchronized void items(HttpServerRequest request) {
    Instant after;
    Instant before;
    int offset;
    int limit;
    try {
      String from = request.getParam("updated_after");
      after = from == null ? Instant.MIN : Instant.parse(from);
      before = Instant.parse(String.valueOf(request.getParam("updated_before")));
      offset = intParam(request, "cursor", 0);
      limit = Math.min(MAX_PAGE, intParam(request, "limit", MAX_PAGE));
    } catch (DateTimeParseException | NumberFormatException e) {
      String error =
          "updated_before (required) and updated_after: ISO instants; cursor, limit: numbers";
      answer(request, 400, new JsonObject().put("error", error));
      return;
    }
    List<JsonObject> matching = new ArrayList<>();
    for (JsonObject item : items) {
      Instant updated = Instant.parse(item.getString("updated_at"));
      if (updated.isAfter(after) && !updated.isAfter(before)) {
        matching.add(item);
      }
    }
    int end = Math.min(matching.size(), offset + limit);
    JsonObject page =
        new JsonObject()
            .put("data", new JsonArray(List.copyOf(matching.subList(Math.min(offset, end), end))))
            .put("next_cursor", end < matching.size() ? String.valueOf(end) : null);
    answer(request, 200, page);
  }

  private static int intParam(HttpServerRequest request, String name, int absent) {
    String value = request.getParam(name);
    return value == null ? absent : Integer.parseInt(value);
  }

  private static void answer(HttpServerRequest request, int status, JsonObject body) {
    request.response().setStatusCode(status).end(body.encode());
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /**
   * Runs the fake until the process is stopped: {@code java -cp target/<jar>:target/test-classes
   * ... FakeApi [port]}, as the README shows. Prints its base URL on the first line.
   */
  public static void main(String[] args) throws Exception {
    FakeApi api = start(args.length > 0 ? Integer.parseInt(args[0]) : 8089);
    System.out.println("Fake API at " + api.baseUrl() + " (token " + TOKEN + "); Ctrl-C stops it.");
    System.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
    stopped.await();
  }
}
