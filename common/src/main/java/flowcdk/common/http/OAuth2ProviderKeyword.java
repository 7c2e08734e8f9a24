package flowcdk.common.http;

import flowcdk.runtime.json.JsonValues;
import flowcdk.runtime.json.RawJson;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the CDK's OAuth2 credentials schemas the capture's OAuth2 provider. A CDK record cannot
 * know which provider a connector uses, so {@code OAuth2Credentials}, {@code
 * RotatingOAuth2Credentials} and {@code LongLivedOAuth2Credentials} carry no {@code
 * x-oauth2-provider}; a capture has one provider at most (its {@code @OAuth2Provider}), so the
 * spec's config schema gets it here.
 *
 * <p>The keyword goes on every definition under the schema's {@code $defs} that is an OAuth2
 * credentials object filled by the browser flow (its properties include {@code client_id}, {@code
 * client_secret}, and {@code refresh_token} or {@code access_token}) and has no {@code
 * x-oauth2-provider} yet. Client credentials ({@code client_id} and {@code client_secret} alone)
 * have no browser flow and are left alone, as is a connector's own record with its own
 * {@code @OAuth2Provider}.
 */
public final class OAuth2ProviderKeyword {

  private static final String KEYWORD = "x-oauth2-provider";

  private OAuth2ProviderKeyword() {}

  /**
   * {@code configSchema} for the spec of a capture whose spec has {@code oauth2} (its {@code
   * provider} member names the provider); unchanged without one.
   */
  public static RawJson forSpec(RawJson configSchema, Optional<RawJson> oauth2) {
    if (oauth2.isEmpty()) {
      return configSchema;
    }
    if (!(JsonValues.read(oauth2.get()) instanceof Map<?, ?> members
        && members.get("provider") instanceof String provider)) {
      throw new IllegalArgumentException("the spec's oauth2 object has no provider string");
    }
    return withProvider(configSchema, provider);
  }

  /** {@code configSchema} with {@code provider} on its OAuth2 credentials definitions. */
  @SuppressWarnings("unchecked") // JsonValues reads objects as Map<String, Object>
  public static RawJson withProvider(RawJson configSchema, String provider) {
    if (!(JsonValues.read(configSchema) instanceof Map<?, ?> schema
        && schema.get("$defs") instanceof Map<?, ?> defs)) {
      return configSchema;
    }
    boolean changed = false;
    for (Object definition : defs.values()) {
      if (definition instanceof Map<?, ?> model && filledByOAuth2Flow(model)) {
        ((Map<String, Object>) model).put(KEYWORD, provider);
        changed = true;
      }
    }
    // Unchanged bytes when there is nothing to add: the schema is a compile-time constant.
    return changed ? JsonValues.toRawJson(schema) : configSchema;
  }

  private static boolean filledByOAuth2Flow(Map<?, ?> model) {
    return !model.containsKey(KEYWORD)
        && model.get("properties") instanceof Map<?, ?> properties
        && properties.containsKey("client_id")
        && properties.containsKey("client_secret")
        && (properties.containsKey("refresh_token") || properties.containsKey("access_token"));
  }
}
