package flowcdk.processor.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code oauth2} object of a capture's spec, from {@code @OAuth2Provider} on its class.
 *
 * @param provider the provider id
 * @param authUrlTemplate the browser authorization URL template
 * @param accessTokenUrlTemplate the code-for-token exchange URL
 * @param accessTokenBody the exchange request body template
 * @param accessTokenHeaders the exchange request headers, in declaration order
 * @param accessTokenResponseMap the config fields filled from the token response, in declaration
 *     order
 */
public record OAuth2Spec(
    String provider,
    String authUrlTemplate,
    String accessTokenUrlTemplate,
    String accessTokenBody,
    Map<String, String> accessTokenHeaders,
    Map<String, String> accessTokenResponseMap) {

  /** Copies the maps, keeping their order. */
  public OAuth2Spec {
    accessTokenHeaders = copy(accessTokenHeaders);
    accessTokenResponseMap = copy(accessTokenResponseMap);
  }

  private static Map<String, String> copy(Map<String, String> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The object's members in the Python CDK's order, for {@code JsonText.write}. */
  public Map<String, Object> members() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("provider", provider);
    members.put("authUrlTemplate", authUrlTemplate);
    members.put("accessTokenUrlTemplate", accessTokenUrlTemplate);
    members.put("accessTokenBody", accessTokenBody);
    members.put("accessTokenHeaders", accessTokenHeaders);
    members.put("accessTokenResponseMap", accessTokenResponseMap);
    return members;
  }
}
