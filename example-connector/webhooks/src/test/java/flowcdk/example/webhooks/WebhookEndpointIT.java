package flowcdk.example.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import flowcdk.example.webhooks.testing.FlowSide;
import flowcdk.example.webhooks.testing.FlowSide.Committed;
import flowcdk.example.webhooks.testing.Post;
import flowcdk.example.webhooks.testing.Post.Answer;
import flowcdk.testing.ConnectorJar;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook endpoint of the connector's jar, run as a child process with {@link FlowSide} playing
 * Flow, over real HTTP: routing in the rules' order, {@code _meta}, batches, every refusal, and the
 * checks of authentication and of the rules.
 */
class WebhookEndpointIT {

  private static final String ORDERS =
      "{\"name\":\"orders\",\"match_rule\":{\"value\":\"/orders/{shop}\",\"type\":\"url\"}}";
  private static final String INSTALLS =
      "{\"name\":\"app_events_install\",\"match_rule\":{\"value\":\"install\",\"key\":\"event_type\",\"type\":\"body\"}}";
  private static final String UNINSTALLS =
      "{\"name\":\"app_events_uninstall\",\"match_rule\":{\"value\":\"uninstall\",\"key\":\"event_type\",\"type\":\"body\"}}";
  private static final String DELIVERIES =
      "{\"name\":\"deliveries\",\"match_rule\":{\"value\":\"delivery\",\"key\":\"X-Event-Type\",\"type\":\"header\"}}";
  private static final String EVERYTHING_ELSE = "{\"name\":\"everything_else\"}";
  private static final List<String> ALL =
      List.of(ORDERS, INSTALLS, UNINSTALLS, DELIVERIES, EVERYTHING_ELSE);

  private FlowSide flow;

  @AfterEach
  void stop() throws Exception {
    if (flow != null) {
      flow.close();
    }
  }

  private Post open(String config, List<String> bindings) throws Exception {
    int port = Post.freePort();
    flow = FlowSide.open(FlowSide.openRequest(config, bindings), Map.of("PORT", "" + port));
    flow.awaitListening();
    return new Post(port);
  }

  @Test
  void routesEachDocumentByTheMostSpecificRuleAndSetsMeta() throws Exception {
    Post post = open("{}", ALL);
    assertEquals(
        "{\"published\":1}",
        post.send(
                "/orders/s1?x=1&x=2&y=3",
                "{\"_meta\":{\"sent\":\"by the sender\"},\"id\":\"o1\",\"total\":12.5}",
                "X-Trace",
                "t-1")
            .body());
    // Header rules before body rules, body rules before URL patterns, patterns before "*".
    assertEquals(
        200,
        post.send(
                "/orders/s1",
                "{\"id\":\"o2\",\"total\":1,\"event_type\":\"install\",\"app_id\":\"a\"}",
                "X-Event-Type",
                "delivery")
            .status());
    assertEquals(
        200,
        post.send(
                "/orders/s1",
                "{\"id\":\"o3\",\"total\":1,\"event_type\":\"uninstall\",\"app_id\":\"a\"}")
            .status());
    assertEquals(
        200, post.send("/anywhere", "{\"event_type\":\"install\",\"app_id\":\"b\"}").status());
    // Header names are case-insensitive, their values are not.
    assertEquals(200, post.send("/anywhere", "{\"n\":1}", "x-event-type", "delivery").status());
    assertEquals(200, post.send("/anywhere", "{\"n\":2}", "X-Event-Type", "Delivery").status());
    // A pattern's placeholder is one non-empty segment.
    assertEquals(200, post.send("/orders/", "{\"n\":3}").status());

    List<Committed> docs = flow.committed();
    assertEquals(List.of(0, 3, 2, 1, 3, 4, 4), docs.stream().map(Committed::binding).toList());
    JsonNode first = docs.get(0).doc();
    JsonNode meta = first.get("_meta");
    assertEquals("u", meta.get("op").asText());
    UUID.fromString(meta.get("webhookId").asText());
    assertTrue(meta.get("receivedAt").asText().endsWith("Z"), meta.toString());
    assertEquals("/orders/s1", meta.get("reqPath").asText());
    assertEquals("{\"shop\":\"s1\"}", meta.get("pathParams").toString());
    assertEquals("{\"x\":\"1\",\"y\":\"3\"}", meta.get("queryParams").toString());
    assertEquals("t-1", meta.get("headers").get("X-Trace").asText());
    assertFalse(meta.has("sent"), "the sender's _meta is replaced: " + meta);
    assertEquals("o1", first.get("id").asText());
    assertEquals("12.5", first.get("total").toString());
    assertFalse(docs.get(5).doc().get("_meta").has("pathParams"));
    assertFalse(docs.get(5).doc().get("_meta").has("queryParams"));
  }

  @Test
  void rulesFromTheBindingsResourceConfigsRouteEveryCase() throws Exception {
    Post post =
        open(
            "{}",
            List.of(
                rule("orders", "{\"value\":\"/v{version:[0-9]+}/orders/{shop}\",\"type\":\"url\"}"),
                rule(
                    "app_events_install",
                    "{\"value\":\"42\",\"key\":\"data.kind\",\"type\":\"body\"}"),
                rule(
                    "app_events_uninstall",
                    "{\"value\":\"true\",\"key\":\"flag\",\"type\":\"body\"}"),
                rule("deliveries", "{\"value\":\"first\",\"key\":\"X-Kind\",\"type\":\"header\"}"),
                EVERYTHING_ELSE));
    String app = ",\"event_type\":\"e\",\"app_id\":\"a\"}";
    // A placeholder with a regular expression, and one without.
    assertEquals(200, post.send("/v2/orders/s9", "{\"id\":\"a\",\"total\":1}").status());
    assertEquals(200, post.send("/vX/orders/s9", "{\"n\":1}").status());
    // A body value is compared as its JSON text, through nested objects.
    assertEquals(200, post.send("/x", "{\"data\":{\"kind\":42}" + app).status());
    assertEquals(200, post.send("/x", "{\"data\":{\"kind\":\"42\"}" + app).status());
    assertEquals(200, post.send("/x", "{\"data\":null" + app).status());
    assertEquals(200, post.send("/x", "{\"data\":[{\"kind\":42}]" + app).status());
    assertEquals(200, post.send("/x", "{\"data\":{\"kind\":null}" + app).status());
    assertEquals(200, post.send("/x", "{\"flag\":true" + app).status());
    assertEquals(200, post.send("/x", "{\"flag\":\"True\"" + app).status());
    // A repeated header is its first value.
    assertEquals(200, post.send("/x", "{\"n\":2}", "X-Kind", "first", "X-Kind", "second").status());
    assertEquals(200, post.send("/x", "{\"n\":3}", "X-Kind", "second", "X-Kind", "first").status());

    List<Committed> docs = flow.committed();
    assertEquals(
        List.of(0, 4, 1, 1, 4, 4, 4, 2, 4, 3, 4), docs.stream().map(Committed::binding).toList());
    assertEquals(
        "{\"version\":\"2\",\"shop\":\"s9\"}",
        docs.get(0).doc().get("_meta").get("pathParams").toString());
  }

  private static String rule(String name, String matchRule) {
    return "{\"name\":\"" + name + "\",\"match_rule\":" + matchRule + "}";
  }

  @Test
  void aBatchIsOneTransactionCapturedWholeOrNotAtAll() throws Exception {
    Post post = open("{}", ALL);
    Answer batch =
        post.send(
            "/anywhere",
            "[{\"event_type\":\"install\",\"app_id\":\"a\"},{\"other\":1},"
                + "{\"event_type\":\"uninstall\",\"app_id\":\"c\"}]");
    assertEquals("{\"published\":3}", batch.body());
    assertEquals("{\"published\":0}", post.send("/anywhere", "[]").body());

    Answer notJson = post.send("/anywhere", "{\"a\":");
    assertEquals(400, notJson.status());
    assertEquals("Request body must be valid JSON", notJson.body());
    assertEquals(400, post.send("/anywhere", "").status());
    Answer notObject = post.send("/anywhere", "[{\"fine\":1},5]");
    assertEquals(400, notObject.status());
    assertEquals("Documents are expected to be JSON objects", notObject.body());
    Answer misfit = post.send("/orders/s1", "[{\"id\":\"ok\",\"total\":1},{\"id\":\"o9\"}]");
    assertEquals(400, misfit.status());
    assertTrue(misfit.body().contains("/total"), misfit.body());
    assertEquals(405, post.request("GET", "/anywhere", "").status());
    assertEquals("HTTP/1.1 413 Request Entity Too Large", post.statusLineForLength(20L << 20));
    assertEquals(200, post.send("/anywhere", "{\"last\":true}").status());

    List<Committed> docs = flow.committed();
    assertEquals(List.of(1, 4, 2, 4), docs.stream().map(Committed::binding).toList());
    assertEquals(docs.get(0).transaction(), docs.get(2).transaction());
    assertTrue(docs.get(3).doc().get("last").asBoolean(), "refused requests add nothing");
  }

  @Test
  void aRequestNoBindingMatchesIs404AndLogsNoValues() throws Exception {
    Post post = open("{}", List.of(ORDERS));
    Answer answer =
        post.send("/nowhere", "{\"secretish\":\"v-123\"}", "X-Private", "header-value-456");
    assertEquals(404, answer.status());
    assertEquals("No matching binding for request", answer.body());
    flow.awaitStderr(line -> line.contains("No handler found"), "the 404's log line");
    String log = String.join("\n", flow.stderr());
    assertTrue(log.contains("X-Private") && log.contains("secretish"), log);
    assertFalse(log.contains("v-123") || log.contains("header-value-456"), log);
    assertTrue(flow.committed().isEmpty());
  }

  @Test
  void sharedSecretAndSignatureAreChecked() throws Exception {
    String config =
        "{\"authentication\":{\"shared_secret\":\"s3cret-shared\","
            + "\"signing_secret\":\"k3y-signing\"}}";
    Post post = open(config, ALL);
    String body = "{\"event_type\":\"install\",\"app_id\":\"signed\"}";
    String signature = "sha256=" + hmac("k3y-signing", body);

    assertEquals(401, post.send("/hook", body, "X-Hub-Signature-256", signature).status());
    assertEquals(
        401,
        post.send("/hook", body, "X-Webhook-Secret", "wrong", "X-Hub-Signature-256", signature)
            .status());
    String tampered = body.replace("signed", "tampered");
    assertEquals(
        401,
        post.send(
                "/hook",
                tampered,
                "X-Webhook-Secret",
                "s3cret-shared",
                "X-Hub-Signature-256",
                signature)
            .status());
    Answer accepted =
        post.send(
            "/hook", body, "X-Webhook-Secret", "s3cret-shared", "X-Hub-Signature-256", signature);
    assertEquals("{\"published\":1}", accepted.body());

    List<Committed> docs = flow.committed();
    assertEquals(1, docs.size());
    assertEquals("signed", docs.get(0).doc().get("app_id").asText());
    assertEquals(0, flow.terminate());
    String log = String.join("\n", flow.stderr());
    assertFalse(log.contains("s3cret-shared") || log.contains("k3y-signing"), log);
  }

  @Test
  void conflictingRulesFailTheOpenWithTheRuleMessages() throws Exception {
    int port = Post.freePort();
    flow =
        FlowSide.open(
            FlowSide.openRequest(
                "{}",
                List.of(
                    EVERYTHING_ELSE,
                    "{\"name\":\"orders\",\"match_rule\":{\"value\":\"*\",\"type\":\"url\"}}",
                    "{\"name\":\"deliveries\",\"match_rule\":{\"value\":\"/a/{x\",\"type\":\"url\"}}")),
            Map.of("PORT", "" + port));
    assertEquals(1, flow.awaitExit());
    String log = String.join("\n", flow.stderr());
    assertTrue(log.contains("Invalid URL pattern '/a/{x'"), log);

    flow =
        FlowSide.open(
            FlowSide.openRequest(
                "{}",
                List.of(EVERYTHING_ELSE, rule("orders", "{\"value\":\"*\",\"type\":\"url\"}"))),
            Map.of("PORT", "" + port));
    assertEquals(1, flow.awaitExit());
    log = String.join("\n", flow.stderr());
    assertTrue(log.contains("The '*' wildcard can only be used in one UrlMatch definition"), log);
  }

  @Test
  void conflictingRulesFailValidation() throws Exception {
    String bindings =
        Stream.of(
                rule("orders", "{\"value\":\"/a/{x}/b\",\"type\":\"url\"}"),
                rule("deliveries", "{\"value\":\"/a/c/{y}\",\"type\":\"url\"}"))
            .map(
                config ->
                    "{\"resourceConfig\":"
                        + config
                        + ",\"collection\":{\"name\":\"acme/c\",\"key\":[\"/_meta/webhookId\"],"
                        + "\"writeSchema\":{\"type\":\"object\"}}}")
            .collect(Collectors.joining(","));
    ConnectorJar.Session session = ConnectorJar.at(FlowSide.JAR).start();
    session.send(
        "{\"validate\":{\"name\":\"acme/store-hooks\",\"connectorType\":\"IMAGE\","
            + "\"config\":{},\"bindings\":["
            + bindings
            + "]}}");
    ConnectorJar.Run run = session.awaitExit(FlowSide.WAIT);
    assertEquals(1, run.status());
    assertTrue(
        run.err().contains("URL patterns '/a/{x}/b' and '/a/c/{y}' match the same URLs"),
        run.err());
  }

  @Test
  void aPortInUseIsAClearErrorAndExit1() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("0.0.0.0", 0));
      flow =
          FlowSide.open(FlowSide.openRequest("{}", ALL), Map.of("PORT", "" + taken.getLocalPort()));
      assertEquals(1, flow.awaitExit());
    }
    String log = String.join("\n", flow.stderr());
    assertTrue(log.contains("Webhook server failed to bind to port"), log);
    assertTrue(log.contains("PORT"), log);
  }

  @Test
  void atAStopInFlightRequestsFinishAndNewOnesAre503() throws Exception {
    Post post = open("{}", ALL);
    flow.holdAcknowledgements();
    CompletableFuture<Answer> inFlight =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return post.send("/hook", "{\"event_type\":\"install\",\"app_id\":\"late\"}");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    flow.awaitHeldAcknowledgements(1);
    ProcessHandle.of(flow.pid()).orElseThrow().destroy(); // SIGTERM
    flow.awaitStderr(line -> line.contains("Stopping webhook server"), "the server to stop");
    Answer refused = post.send("/hook", "{\"n\":1}");
    assertEquals(503, refused.status());
    assertEquals("Server shutting down", refused.body());
    flow.releaseAcknowledgements();
    assertEquals("{\"published\":1}", inFlight.get().body());
    assertEquals(0, flow.awaitExit());
    assertEquals(1, flow.committed().size());
  }

  private static String hmac(String key, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
