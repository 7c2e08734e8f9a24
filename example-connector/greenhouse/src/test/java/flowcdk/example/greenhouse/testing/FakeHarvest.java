package flowcdk.example.greenhouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.greenhouse.resources.GreenhouseResources;
import flowcdk.testing.Captured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A fake Greenhouse Harvest v3 API on 127.0.0.1, for the connector's end-to-end tests: a token
 * endpoint that wants the client's id and secret in a basic {@code Authorization} header, a listing
 * of every resource the connector captures that wants a bearer token it issued, pages of {@code
 * per_page} records in id order with the next page's cursor in a {@code Link} header, the {@code
 * updated_at} filter, and Harvest's rule that a {@code cursor} comes alone.
 *
 * <p>Seeded data: {@value #CANDIDATES} candidates, a few records of every other resource, all last
 * updated between twenty days and an hour before the fake's start. Tests change data between
 * sessions ({@link #insert}, {@link #update}) and switch faults on: 429 with {@code Retry-After},
 * 5xx, single-use tokens, rejected tokens, a page held back until released.
 *
 * <p>Thread-safe: the server's handlers and the test's calls meet on this object's lock.
 */
public final class FakeHarvest implements AutoCloseable {

  /** The only client id the token endpoint accepts. */
  public static final String CLIENT_ID = "fake-client-id-7Qx2";

  /** Its secret: long and unusual, so finding it in a log can only mean the log shows it. */
  public static final String CLIENT_SECRET = "fake-client-secret-Vb93kLq0Zt";

  /** How many candidates there are at the start: enough for many pages. */
  public static final int CANDIDATES = 1200;

  /**
   * How long after its expiry a token is still accepted: the clocks of a client and a server differ
   * by this much at most, and a request may take this long between the two.
   */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  /** What the fake serves under, as Harvest does. */
  private static final String PREFIX = "/v3/";

  /** One request to the API or the token endpoint, and the status it was answered with. */
  public record Request(String path, Map<String, String> query, int status) {}

  /** A position in a listing, named by an opaque cursor in a {@code Link} header. */
  private record Position(
      String resource, Predicate<Instant> filter, int perPage, long afterId, int page) {}

  private record Fault(int status, int retryAfterSeconds) {}

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;

  // Guarded by this.
  private final Map<String, List<JsonObject>> records = new LinkedHashMap<>();
  private final Set<String> snapshots = new HashSet<>();
  private final Map<String, Position> cursors = new HashMap<>();
  private final Map<String, Instant> tokens = new HashMap<>();
  private final List<Request> requests = new ArrayList<>();
  private final ArrayDeque<Fault> faults = new ArrayDeque<>();
  private int issued;
  private int pageSize = Integer.MAX_VALUE;
  private Duration tokenLifetime = Duration.ofHours(1);
  private boolean rejectTokens;
  private String holdResource;
  private int holdPage;
  private HttpServerRequest held;
  private Position heldPosition;
  private final CountDownLatch heldArrived = new CountDownLatch(1);

  private FakeHarvest(Instant now) throws Exception {
    for (String resource : GreenhouseResources.INCREMENTAL) {
      int count =
          resource.equals("candidates") ? CANDIDATES : 3 + Math.abs(resource.hashCode()) % 5;
      records.put(resource, new ArrayList<>(SeedData.incremental(resource, count, now)));
    }
    for (String resource : GreenhouseResources.SNAPSHOT) {
      records.put(resource, new ArrayList<>(SeedData.snapshot(resource, 6)));
      snapshots.add(resource);
    }
    server =
        vertx
            .createHttpServer()
            .requestHandler(this::handle)
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
  }

  /** Starts a fake whose seeded timestamps are relative to {@code now}. */
  public static FakeHarvest start(Instant now) throws Exception {
    return new FakeHarvest(now);
  }

  /** The API's base URL, for {@code GREENHOUSE_API_URL}. */
  public String apiUrl() {
    return "http://127.0.0.1:" + server.actualPort() + "/v3";
  }

  /** The token endpoint, for {@code GREENHOUSE_TOKEN_URL}. */
  public String tokenUrl() {
    return "http://127.0.0.1:" + server.actualPort() + "/token";
  }

  /** The records of {@code resource} as the API would list them now, in id order. */
  public synchronized List<JsonNode> records(String resource) {
    List<JsonNode> list = new ArrayList<>();
    for (JsonObject record : listing(resource)) {
      list.add(Captured.parse(record.encode()));
    }
    return list;
  }

  /**
   * Adds a record to {@code resource}, created and updated at {@code updatedAt}; returns its id.
   */
  public synchronized long insert(String resource, Instant updatedAt) {
    List<JsonObject> list = records.get(resource);
    long id = list.stream().mapToLong(r -> r.getLong("id")).max().orElse(0) + 7;
    list.add(
        new JsonObject()
            .put("id", id)
            .put("created_at", SeedData.text(updatedAt))
            .put("updated_at", SeedData.text(updatedAt))
            .put("name", "inserted " + id));
    return id;
  }

  /** Sets {@code field} of record {@code id} of {@code resource} to {@code value}, updated then. */
  public synchronized void update(
      String resource, long id, Instant updatedAt, String field, Object value) {
    JsonObject record =
        records.get(resource).stream()
            .filter(r -> r.getLong("id") == id)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no " + resource + " " + id));
    record.put(field, value).put("updated_at", SeedData.text(updatedAt));
  }

  /** Serves at most {@code size} records a page, whatever {@code per_page} asks for. */
  public synchronized FakeHarvest pageSize(int size) {
    pageSize = size;
    return this;
  }

  /**
   * Answers the next {@code count} API requests with {@code status} (after faults already queued).
   */
  public synchronized FakeHarvest failNext(int count, int status) {
    for (int i = 0; i < count; i++) {
      faults.add(new Fault(status, 0));
    }
    return this;
  }

  /**
   * Answers the next {@code count} API requests with 429 and {@code Retry-After: seconds} (after
   * faults already queued).
   */
  public synchronized FakeHarvest rateLimitNext(int count, int retryAfterSeconds) {
    for (int i = 0; i < count; i++) {
      faults.add(new Fault(429, retryAfterSeconds));
    }
    return this;
  }

  /**
   * Issues tokens that expire {@code lifetime} after they are issued (an hour unless set). The API
   * rejects a token with 401 once it has expired, give or take {@link #CLOCK_SKEW}: a client must
   * fetch a new token before the old one expires.
   */
  public synchronized FakeHarvest tokenLifetime(Duration lifetime) {
    tokenLifetime = lifetime;
    return this;
  }

  /** Answers every API request with 401, as for a token the provider has revoked. */
  public synchronized FakeHarvest rejectTokens() {
    rejectTokens = true;
    return this;
  }

  /**
   * Holds back the answer to the first request for page {@code page} (from 1) of a listing of
   * {@code resource}, until {@link #release()}.
   */
  public synchronized FakeHarvest holdPage(String resource, int page) {
    holdResource = resource;
    holdPage = page;
    return this;
  }

  /** Waits until the held request has arrived; fails after {@code timeout}. */
  public void awaitHeld(Duration timeout) throws InterruptedException {
    if (!heldArrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("no request for page " + holdPage + " of " + holdResource + " came");
    }
  }

  /** Answers the held request (if its client is still there) and holds nothing more. */
  public void release() {
    synchronized (this) {
      holdResource = null;
      if (held != null) {
        page(held, heldPosition);
        held = null;
      }
    }
  }

  /** The cursor of the held request: the page a resumed backfill starts from. */
  public synchronized String heldCursor() {
    return held == null ? null : held.getParam("cursor");
  }

  /** Every request so far, the token endpoint's included, in arrival order. */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** How many tokens the token endpoint has issued. */
  public synchronized int tokensIssued() {
    return issued;
  }

  /** The tokens issued so far: secrets, which no log may show. */
  public synchronized Set<String> tokens() {
    return Set.copyOf(tokens.keySet());
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private void handle(HttpServerRequest request) {
    if (request.path().equals("/token")) {
      request.body().onSuccess(body -> token(request, body.toString()));
      return;
    }
    synchronized (this) {
      if (!request.path().startsWith(PREFIX)) {
        answer(request, 404, "{\"error\":\"Not found: " + request.path() + "\"}");
        return;
      }
      String authorization = request.getHeader("Authorization");
      String token =
          authorization != null && authorization.startsWith("Bearer ")
              ? authorization.substring("Bearer ".length())
              : null;
      Instant expires = token == null ? null : tokens.get(token);
      if (rejectTokens || expires == null || Instant.now().isAfter(expires.plus(CLOCK_SKEW))) {
        answer(request, 401, "{\"error\":\"Unauthorized\"}");
        return;
      }
      Fault fault = faults.poll();
      if (fault != null) {
        if (fault.retryAfterSeconds() > 0) {
          request.response().putHeader("Retry-After", Integer.toString(fault.retryAfterSeconds()));
        }
        answer(request, fault.status(), "{\"error\":\"fault injected by the test\"}");
        return;
      }
      list(request, request.path().substring(PREFIX.length()));
    }
  }

  /** Issues a token to a client that sent {@link #CLIENT_ID} and {@link #CLIENT_SECRET}. */
  private synchronized void token(HttpServerRequest request, String body) {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    if (!body.contains("grant_type=client_credentials")) {
      answer(request, 400, "{\"error\":\"unsupported_grant_type\"}");
    } else if (!expected.equals(request.getHeader("Authorization"))) {
      answer(request, 401, "{\"error\":\"invalid_client\"}");
    } else {
      String token = "fake-token-" + (++issued) + "-" + Long.toHexString(System.nanoTime());
      Instant expires = Instant.now().plus(tokenLifetime);
      tokens.put(token, expires);
      answer(
          request,
          200,
          new JsonObject()
              .put("access_token", token)
              .put("token_type", "bearer")
              .put("expires_at", expires.toString())
              .encode());
    }
  }

  /** Answers a page of a listing; the caller holds the lock. */
  private void list(HttpServerRequest request, String resource) {
    if (!records.containsKey(resource)) {
      answer(request, 404, "{\"error\":\"Not found: " + resource + "\"}");
      return;
    }
    Position position;
    try {
      position = position(request, resource);
    } catch (IllegalArgumentException e) {
      answer(request, 400, new JsonObject().put("error", e.getMessage()).encode());
      return;
    }
    if (resource.equals(holdResource) && position.page() == holdPage && held == null) {
      held = request;
      heldPosition = position;
      heldArrived.countDown();
      return;
    }
    page(request, position);
  }

  /** Answers the page at {@code position}; the caller holds the lock. */
  private void page(HttpServerRequest request, Position position) {
    String resource = position.resource();
    List<JsonObject> page = new ArrayList<>();
    boolean more = false;
    for (JsonObject record : listing(resource)) {
      if (record.getLong("id") <= position.afterId()
          || (position.filter() != null
              && !position.filter().test(Instant.parse(record.getString("updated_at"))))) {
        continue;
      }
      if (page.size() == Math.min(position.perPage(), pageSize)) {
        more = true;
        break;
      }
      page.add(record);
    }
    if (more) {
      Position next =
          new Position(
              resource,
              position.filter(),
              position.perPage(),
              page.get(page.size() - 1).getLong("id"),
              position.page() + 1);
      // Characters that must be encoded in a URL, as opaque cursors may have.
      String cursor =
          Base64.getEncoder()
                  .encodeToString(
                      (resource + "/" + next.afterId() + "/" + cursors.size())
                          .getBytes(StandardCharsets.UTF_8))
              + "+/=";
      cursors.put(cursor, next);
      request
          .response()
          .putHeader(
              "Link",
              "<"
                  + apiUrl()
                  + "/"
                  + resource
                  + "?cursor="
                  + URLEncoder.encode(cursor, StandardCharsets.UTF_8)
                  + ">; rel=\"next\"");
    }
    answer(request, 200, new JsonArray(new ArrayList<>(page)).encode());
  }

  /** Where a request starts: its cursor's position, or the first page its parameters ask for. */
  private Position position(HttpServerRequest request, String resource) {
    String cursor = request.getParam("cursor");
    if (cursor != null) {
      if (request.params().size() > 1) {
        throw new IllegalArgumentException("cursor must be the only parameter when it is given");
      }
      Position position = cursors.get(cursor);
      if (position == null || !position.resource().equals(resource)) {
        throw new IllegalArgumentException("invalid cursor");
      }
      return position;
    }
    int perPage;
    try {
      perPage = Integer.parseInt(request.getParam("per_page", "100"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("per_page must be a number");
    }
    if (perPage < 1 || perPage > 500) {
      throw new IllegalArgumentException("per_page must be between 1 and 500");
    }
    String updatedAt = request.getParam("updated_at");
    if (updatedAt != null && snapshots.contains(resource)) {
      throw new IllegalArgumentException(resource + " cannot be filtered by updated_at");
    }
    return new Position(
        resource,
        updatedAt == null ? null : UpdatedAtFilter.parse(updatedAt),
        perPage,
        Long.MIN_VALUE,
        1);
  }

  private List<JsonObject> listing(String resource) {
    List<JsonObject> list = new ArrayList<>(records.get(resource));
    list.sort(Comparator.comparingLong(r -> r.getLong("id")));
    return list;
  }

  private synchronized void answer(HttpServerRequest request, int status, String body) {
    Map<String, String> query = new LinkedHashMap<>();
    request.params().forEach(e -> query.put(e.getKey(), e.getValue()));
    requests.add(new Request(request.path(), query, status));
    if (request.response().closed()) {
      return; // The client went away, e.g. a connector killed while its request was held.
    }
    request
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(body);
  }
}
