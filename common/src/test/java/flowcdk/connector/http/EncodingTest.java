package flowcdk.connector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import flowcdk.common.http.Await;
import flowcdk.common.http.HttpSession;
import flowcdk.common.http.SleepRecorder;
import flowcdk.common.http.TestServer;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.task.StopSignal;
import io.vertx.core.Vertx;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact bytes of query strings and bodies, as a server receives them. */
class EncodingTest {

  private static final String TRICKY = "a b&c=d+e/f?g#h%i";

  private final Vertx vertx = Vertx.vertx();
  private TestServer server;
  private HttpSession http;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.start(vertx).route("/echo", request -> request.response().end());
    http =
        new HttpSession(
            vertx,
            SleepRecorder.auto(),
            new StopSignal(),
            Log.root().child("http"),
            HttpSettings.defaults().header("Accept", "application/json"));
  }

  @AfterEach
  void stop() throws Exception {
    Await.result(http.close());
    server.close();
    Await.result(vertx.close());
  }

  private TestServer.Arrival send(HttpRequest request) throws Exception {
    Await.result(http.request(request));
    List<TestServer.Arrival> arrivals = server.arrivals();
    return arrivals.get(arrivals.size() - 1);
  }

  @Test
  void queryValuesArePercentEncodedAsUtf8() throws Exception {
    TestServer.Arrival arrival =
        send(
            HttpRequest.get(server.url("/echo"))
                .query("q", TRICKY)
                .query("uni", "é€😀")
                .query("safe", "AZaz09-._~")
                .query("n", 42)
                .query("id", List.of(1, 2))
                .query("sp ace", true));

    assertEquals(
        "/echo?q=a%20b%26c%3Dd%2Be%2Ff%3Fg%23h%25i"
            + "&uni=%C3%A9%E2%82%AC%F0%9F%98%80"
            + "&safe=AZaz09-._~"
            + "&n=42"
            + "&id=1&id=2"
            + "&sp%20ace=true",
        arrival.uri());
  }

  @Test
  void parametersAreAppendedToTheQueryOfTheUrl() throws Exception {
    assertEquals(
        "/echo?x=1&y=2", send(HttpRequest.get(server.url("/echo?x=1")).query("y", 2)).uri());
    assertEquals("/echo?y=2", send(HttpRequest.get(server.url("/echo?")).query("y", 2)).uri());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("b", "2");
    params.put("a", "1");
    assertEquals(
        "/echo?z=0&b=2&a=1",
        send(HttpRequest.get(server.url("/echo?z=0#frag")).query(params)).uri());
  }

  @Test
  void formsAreUrlEncodedWithPlusForSpace() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", "refresh_token");
    fields.put("tricky", TRICKY);
    fields.put("uni", "é");
    TestServer.Arrival arrival = send(HttpRequest.post(server.url("/echo")).form(fields));

    assertEquals(
        "grant_type=refresh_token&tricky=a+b%26c%3Dd%2Be%2Ff%3Fg%23h%25i&uni=%C3%A9",
        arrival.body());
    assertEquals("application/x-www-form-urlencoded", arrival.header("Content-Type"));
  }

  @Test
  void jsonBodiesAreSentAsTheyAre() throws Exception {
    TestServer.Arrival raw =
        send(
            HttpRequest.put(server.url("/echo"))
                .json(RawJson.parse("{\"a\": \"é\", \"b\": [1, 2]}")));
    assertEquals("{\"a\":\"é\",\"b\":[1,2]}", raw.body());
    assertEquals("application/json", raw.header("Content-Type"));
    assertEquals("PUT", raw.method());

    TestServer.Arrival encoded =
        send(HttpRequest.patch(server.url("/echo")).json(new Doc(7, "x y"), DocJson.INSTANCE));
    assertEquals("{\"id\":7,\"name\":\"x y\"}", encoded.body());
    assertEquals("PATCH", encoded.method());
  }

  @Test
  void headersOfTheRequestTheSettingsAndTheUserAgentAreSent() throws Exception {
    TestServer.Arrival arrival =
        send(
            HttpRequest.delete(server.url("/echo"))
                .header("X-One", "1")
                .header("x-one", "2")
                .header("Content-Type", "text/csv")
                .json(RawJson.parse("[]")));
    assertEquals("2", arrival.header("X-One"));
    assertEquals("text/csv", arrival.header("Content-Type"));
    assertEquals("application/json", arrival.header("Accept"));
    assertEquals("flowcdk/dev", arrival.header("User-Agent"));
    assertEquals("DELETE", arrival.method());
  }
}
