#set( $apiUrlVariable = "${artifactId.toUpperCase().replace('-', '_')}_API_URL" )
package ${package};

import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpRequest;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * The API's two listings, through the capture's HTTP client, which adds the bearer token, retries
 * 429 and 5xx answers (honouring {@code Retry-After}) and never logs the token.
 *
 * <p>The API lives at {@value #DEFAULT_URL} unless the environment variable {@value #URL_VARIABLE}
 * names another base URL: the tests and {@code preview} use it to point the connector at the local
 * fake of the API. It is not a config field on purpose: a config should not be able to send the
 * token to another host.
 */
final class Api {

  /** The environment variable that moves the API, for tests and local runs. */
  static final String URL_VARIABLE = "${apiUrlVariable}";

  /** Where the real API lives. */
  static final String DEFAULT_URL = "https://api.example.com/v1";

  /** Items per page. */
  static final int PAGE_SIZE = 100;

  private final Http http;
  private final String baseUrl;

  /** The API at the environment's URL or the default one. */
  Api(Http http) {
    this.http = http;
    this.baseUrl = System.getenv().getOrDefault(URL_VARIABLE, DEFAULT_URL);
  }

  /**
   * One page of the items updated after {@code after} (when given) and at or before {@code until};
   * {@code cursor} is null for the first page.
   */
  Future<ItemPage> items(Instant after, Instant until, String cursor) {
    HttpRequest request =
        HttpRequest.get(baseUrl + "/items")
            .query("updated_before", until)
            .query("limit", PAGE_SIZE);
    if (after != null) {
      request = request.query("updated_after", after);
    }
    if (cursor != null) {
      request = request.query("cursor", cursor);
    }
    return http.request(request, ItemPageJson.INSTANCE);
  }

  /** Every category. */
  Future<CategoryList> categories() {
    return http.request(HttpRequest.get(baseUrl + "/categories"), CategoryListJson.INSTANCE);
  }
}
