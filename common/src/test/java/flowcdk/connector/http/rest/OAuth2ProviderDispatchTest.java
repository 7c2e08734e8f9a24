package flowcdk.connector.http.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.common.http.TestServer;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceConfigJson;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.dispatch.CaptureDispatch;
import flowcdk.connector.dispatch.ResourcePaths;
import flowcdk.connector.http.Auth;
import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpSettings;
import flowcdk.runtime.RuntimeOptions;
import flowcdk.runtime.json.RawJson;
import flowcdk.runtime.launch.ConnectorRuntime;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The capture's OAuth2 provider drives a real token exchange: a connector that gives only its
 * credentials ({@code Auth.of(config.credentials())}) gets its access token from the provider's
 * {@code accessTokenUrlTemplate}, and its spec marks the CDK's OAuth2 credentials with the
 * provider. (The generated dispatcher of an {@code @OAuth2Provider} capture returns the {@code
 * oauth2} object from a compile-time constant; here a test dispatcher returns one naming the test
 * server.)
 */
class OAuth2ProviderDispatchTest {

  private static final String REFRESH = "refresh-S3CRET-9a";
  private static final String CLIENT_SECRET = "client-secret-S3CRET-9b";
  private static final String ACCESS = "access-S3CRET-9c";

  private Vertx vertx;
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    server = TestServer.start(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** A connector that says nothing of token URLs. */
  private static final class OAuthCapture implements CaptureConnector<OAuthConfig> {
    @Override
    public HttpSettings http(OAuthConfig config) {
      return HttpSettings.defaults().auth(Auth.of(config.credentials()));
    }

    @Override
    public Future<Void> check(OAuthConfig config, Http http) {
      return http.request(HttpRequest.get(config.baseUrl() + "/me")).mapEmpty();
    }
  }

  /**
   * The dispatcher of an {@code @OAuth2Provider("acme")} capture whose token URL is {@code url}.
   */
  private static CaptureDispatch<OAuthConfig, ResourceConfig> dispatch(String tokenUrl) {
    return new CaptureDispatch<>(
        new OAuthCapture(),
        OAuthConfigJson.INSTANCE,
        "OAuthConfig",
        ResourceConfigJson.INSTANCE,
        "ResourceConfig") {
      @Override
      protected String documentationUrl() {
        return "https://example.com/oauth";
      }

      @Override
      protected List<String> resourcePathPointers() {
        return ResourcePaths.STANDARD_POINTERS;
      }

      @Override
      protected List<ResourceSpec> declaredResources() {
        return List.of();
      }

      @Override
      protected Optional<RawJson> oauth2() {
        return Optional.of(
            RawJson.parse(
                "{\"provider\":\"acme\",\"authUrlTemplate\":\"https://acme.example/auth\","
                    + "\"accessTokenUrlTemplate\":\""
                    + tokenUrl
                    + "\",\"accessTokenBody\":\"grant_type=authorization_code\","
                    + "\"accessTokenHeaders\":{},\"accessTokenResponseMap\":{}}"));
      }
    };
  }

  private static List<String> run(CaptureDispatch<?, ?> dispatch, String request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        ConnectorRuntime.run(
            dispatch,
            RuntimeOptions.defaults().withSignalHandling(false),
            new ByteArrayInputStream((request + "\n").getBytes(StandardCharsets.UTF_8)),
            out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(0, status, () -> "exit status; stdout: " + lines);
    return lines;
  }

  @Test
  void validateExchangesTheRefreshTokenAtTheProvidersTokenUrl() {
    server.route(
        "/token",
        request ->
            request
                .response()
                .putHeader("Content-Type", "application/json")
                .end("{\"access_token\":\"" + ACCESS + "\",\"expires_in\":3600}"));
    server.route(
        "/me",
        request ->
            request
                .response()
                .setStatusCode(
                    ("Bearer " + ACCESS).equals(request.getHeader("Authorization")) ? 200 : 401)
                .end("{}"));
    String config =
        "{\"base_url\":\""
            + server.url("")
            + "\",\"credentials\":{\"credentials_title\":\"OAuth Credentials\","
            + "\"client_id\":\"acme-client\",\"client_secret\":\""
            + CLIENT_SECRET
            + "\",\"refresh_token\":\""
            + REFRESH
            + "\"}}";

    List<String> out =
        run(
            dispatch(server.url("/token")),
            "{\"validate\":{\"name\":\"acmeCo/oauth\",\"connectorType\":\"IMAGE\",\"config\":"
                + config
                + ",\"bindings\":[]}}");

    assertTrue(out.get(0).startsWith("{\"validated\""), out.toString());
    assertEquals(List.of("/token", "/me"), server.arrivals().stream().map(a -> a.uri()).toList());
    String form = server.arrivals().get(0).body();
    assertTrue(form.contains("grant_type=refresh_token"), form);
    assertTrue(form.contains("refresh_token=" + REFRESH), form);
    assertTrue(form.contains("client_id=acme-client"), form);
    assertEquals(
        null, server.arrivals().get(0).header("Authorization"), "no token on the exchange");
  }

  @Test
  void specMarksTheOAuth2CredentialsWithTheProvider() {
    List<String> out =
        run(dispatch("https://acme.example/token"), "{\"spec\":{\"connectorType\":\"IMAGE\"}}");
    String spec = out.get(0);
    assertTrue(spec.contains("\"x-oauth2-provider\":\"acme\""), spec);
    assertTrue(spec.contains("\"accessTokenUrlTemplate\":\"https://acme.example/token\""), spec);
    assertFalse(spec.contains(ACCESS), spec);
  }
}
