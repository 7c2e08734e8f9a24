package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.ActionableException;
import flowcdk.connector.http.Auth;
import flowcdk.connector.http.GoogleServiceAccount;
import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.log.Log;
import flowcdk.runtime.log.Redactor;
import flowcdk.testing.ManualClock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Google service account (§9.6): the token endpoint verifies the RS256 assertion with the key
 * pair's public key and checks its claims before answering; tokens are reused until 3 min 45 s
 * before they expire; a malformed key is an error naming the field, never quoting the key.
 */
class GoogleServiceAccountTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final String EMAIL = "capture@project.iam.gserviceaccount.com";
  private static final List<String> SCOPES =
      List.of(
          "https://www.googleapis.com/auth/spreadsheets.readonly",
          "https://www.googleapis.com/auth/drive.readonly");

  private static KeyPair keys;

  private Vertx vertx;
  private LogCapture logs;
  private final ManualClock clock = new ManualClock(NOW);
  private final AtomicInteger issued = new AtomicInteger();

  @BeforeAll
  static void generateKeys() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    logs = new LogCapture();
  }

  @AfterEach
  void stop() {
    logs.close();
    Await.result(vertx.close());
  }

  private static String pem() {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(keys.getPrivate().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
  }

  /** A key file as Google issues it, with {@code changes} applied ({@code null} removes). */
  private static String keyFile(String tokenUri, Map<String, String> changes) {
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("type", "service_account");
    key.put("project_id", "project");
    key.put("private_key_id", "key-1");
    key.put("private_key", pem());
    key.put("client_email", EMAIL);
    key.put("client_id", "1234567890");
    key.put("token_uri", tokenUri);
    changes.forEach(
        (name, value) -> {
          if (value == null) {
            key.remove(name);
          } else {
            key.put(name, value);
          }
        });
    return JsonValues.toRawJson(key).toString();
  }

  private static Map<?, ?> decodePart(String part) {
    return (Map<?, ?>) JsonValues.read(RawJson.parse(Base64.getUrlDecoder().decode(part)));
  }

  /** What is wrong with {@code request}, checked as Google would; empty if nothing. */
  private List<String> problems(TokenServer.Request request, String tokenUri) {
    List<String> problems = new ArrayList<>();
    Map<String, String> form = request.form();
    if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))) {
      problems.add("grant_type " + form.get("grant_type"));
    }
    String[] parts = form.getOrDefault("assertion", "").split("\\.", -1);
    if (parts.length != 3) {
      problems.add("assertion has " + parts.length + " parts");
      return problems;
    }
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(keys.getPublic());
      verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        problems.add("signature does not verify");
      }
    } catch (GeneralSecurityException e) {
      problems.add("signature: " + e);
    }
    if (!Map.of("alg", "RS256", "typ", "JWT", "kid", "key-1").equals(decodePart(parts[0]))) {
      problems.add("header " + decodePart(parts[0]));
    }
    Map<?, ?> claims = decodePart(parts[1]);
    long iat = clock.now().getEpochSecond();
    Map<String, Object> expected =
        Map.of(
            "iss", EMAIL,
            "scope", String.join(" ", SCOPES),
            "aud", tokenUri,
            "iat", iat,
            "exp", iat + 3600);
    if (!expected.equals(claims)) {
      problems.add("claims " + claims);
    }
    if (parts[0].contains("=") || parts[1].contains("=") || parts[2].contains("=")) {
      problems.add("padding in base64url");
    }
    return problems;
  }

  private TokenServer googleServer() {
    String[] tokenUri = new String[1];
    TokenServer server =
        TokenServer.start(
            vertx,
            request -> {
              List<String> problems = problems(request, tokenUri[0]);
              return Future.succeededFuture(
                  problems.isEmpty()
                      ? TokenServer.Reply.ok(
                          "{\"access_token\":\"ya29.S3CRET-token-"
                              + issued.incrementAndGet()
                              + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")
                      : new TokenServer.Reply(
                          400, JsonValues.toRawJson(Map.of("problems", problems)).toString()));
            });
    tokenUri[0] = server.url("/token");
    return server;
  }

  private TokenSource source(String keyFile) {
    return TokenSources.start(
        Auth.of(new GoogleServiceAccount(keyFile)).googleScopes(SCOPES.toArray(String[]::new)),
        new VertxTokenEndpoint(vertx),
        clock,
        Log.root());
  }

  @Test
  void aSignedAssertionIsExchangedAndTheTokenReusedUntilNearItsExpiry() {
    try (TokenServer server = googleServer()) {
      TokenSource source = source(keyFile(server.url("/token"), Map.of()));
      assertEquals("Bearer ya29.S3CRET-token-1", Await.result(source.header()).value());
      clock.advance(Duration.ofSeconds(3600 - 225 - 1));
      assertEquals("Bearer ya29.S3CRET-token-1", Await.result(source.header()).value());
      clock.advance(Duration.ofSeconds(1));
      assertEquals("Bearer ya29.S3CRET-token-2", Await.result(source.header()).value());
      assertEquals(2, server.requests().size());
      assertEquals("/token", server.requests().get(1).path());
      assertEquals(Redactor.MASK, logs.redactor().scrub("ya29.S3CRET-token-2"));
    }
  }

  @Test
  void aKeyWithoutAKeyIdSignsWithoutKid() {
    try (TokenServer server = googleServer()) {
      TokenSource source = source(keyFile(server.url("/token"), mapWithNull("private_key_id")));
      Throwable failure = Await.failure(source.header());
      // The server insists on kid: its answer proves the header had none.
      assertTrue(
          failure.getMessage().contains("header {alg=RS256, typ=JWT}"), failure.getMessage());
    }
  }

  private static Map<String, String> mapWithNull(String name) {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put(name, null);
    return changes;
  }

  private static ActionableException malformed(String keyFile) {
    return assertThrows(
        ActionableException.class,
        () ->
            TokenSources.start(
                Auth.of(new GoogleServiceAccount(keyFile)).googleScopes(SCOPES.get(0)),
                (url, form, headers) -> Future.failedFuture("unused"),
                new ManualClock(NOW),
                Log.root()));
  }

  @Test
  void aMalformedKeyNamesTheFieldAndNeverQuotesTheKey() {
    String prefix = "the Google service account key (service_account) is malformed: ";
    assertEquals(
        prefix + "it is not valid JSON (line 1, column 12); paste the whole JSON key file.",
        malformed("{\"client\": S3CRETive-text}").getMessage());
    assertEquals(
        prefix + "it has no client_email; paste the whole JSON key file Google gave.",
        malformed(keyFile("https://t", mapWithNull("client_email"))).getMessage());
    assertEquals(
        prefix + "it has no private_key; paste the whole JSON key file Google gave.",
        malformed(keyFile("https://t", mapWithNull("private_key"))).getMessage());
    assertEquals(
        prefix + "its client_email is not a string.",
        malformed("{\"client_email\": 42}").getMessage());
    assertEquals(
        prefix + "it is not a JSON object; paste the whole JSON key file.",
        malformed("[\"a\"]").getMessage());
    assertEquals(
        prefix + "it is empty; paste the service account's JSON key file.",
        malformed(" ").getMessage());
    assertEquals(
        prefix
            + "its private_key is not a PEM-encoded PKCS#8 private key (-----BEGIN PRIVATE"
            + " KEY----- ... -----END PRIVATE KEY-----).",
        malformed(keyFile("https://t", Map.of("private_key", "MIIES3CRETbytes"))).getMessage());
    String garbage =
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANS3CRETgarbage\n-----END PRIVATE KEY-----";
    ActionableException badKey = malformed(keyFile("https://t", Map.of("private_key", garbage)));
    assertEquals(
        prefix + "its private_key is not a valid RSA private key in PKCS#8 form.",
        badKey.getMessage());
    assertEquals(null, badKey.getCause(), "the cause may describe the key's bytes");
    assertFalse(malformed("{\"client\": S3CRETive-text}").getMessage().contains("S3CRETive"));
  }

  @Test
  void aServiceAccountNeedsScopes() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                TokenSources.start(
                    Auth.of(new GoogleServiceAccount(keyFile("https://t", Map.of()))),
                    (url, form, headers) -> Future.failedFuture("unused"),
                    clock,
                    Log.root()));
    assertTrue(e.getMessage().contains("Auth.googleScopes(...)"), e.getMessage());
  }

  @Test
  void thePrivateKeyIsRegisteredWithTheRedactor() {
    source(keyFile("https://t", Map.of()));
    String line = pem().lines().skip(1).findFirst().orElseThrow();
    assertEquals(Redactor.MASK, logs.redactor().scrub(line));
    assertEquals("x " + Redactor.MASK + " y", logs.redactor().scrub("x " + pem() + " y"));
  }
}
