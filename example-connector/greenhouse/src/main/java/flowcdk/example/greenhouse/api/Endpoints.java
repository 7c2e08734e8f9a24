package flowcdk.example.greenhouse.api;

import java.util.Map;

/**
 * Where Harvest is: Greenhouse's addresses, unless the environment names others. The variables are
 * for tests and proxies, not part of the spec, so a user's config never holds them.
 *
 * @param apiUrl the Harvest v3 base URL, without a trailing slash
 * @param tokenUrl the OAuth2 token endpoint
 */
public record Endpoints(String apiUrl, String tokenUrl) {

  /** Greenhouse's Harvest v3 API. */
  public static final String API_URL = "https://harvest.greenhouse.io/v3";

  /** Greenhouse's token endpoint. */
  public static final String TOKEN_URL = "https://auth.greenhouse.io/token";

  /** The variable that overrides {@link #API_URL}. */
  public static final String API_URL_VARIABLE = "GREENHOUSE_API_URL";

  /** The variable that overrides {@link #TOKEN_URL}. */
  public static final String TOKEN_URL_VARIABLE = "GREENHOUSE_TOKEN_URL";

  /** The addresses {@code environment} (such as {@link System#getenv()}) gives. */
  public static Endpoints from(Map<String, String> environment) {
    return new Endpoints(
        stripSlash(environment.getOrDefault(API_URL_VARIABLE, API_URL)),
        environment.getOrDefault(TOKEN_URL_VARIABLE, TOKEN_URL));
  }

  /** The addresses of this process's environment. */
  public static Endpoints fromEnvironment() {
    return from(System.getenv());
  }

  /** The URL of a resource's collection, e.g. {@code .../v3/candidates}. */
  public String resourceUrl(String path) {
    return apiUrl + "/" + path;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
