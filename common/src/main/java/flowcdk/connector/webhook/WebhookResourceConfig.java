package flowcdk.connector.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.runtime.json.RawJson;

/**
 * The resource config of a webhook binding, as the Python CDK's: the resource's {@code name} (its
 * resource path) and the {@code match_rule} that routes requests to it. Unknown properties are
 * rejected.
 *
 * @param name the resource name
 * @param matchRule how requests find this binding; absent means every request ({@code {"value":
 *     "*", "type": "url"}}), and is left out when written back
 * @param meta opaque metadata Flow may attach; accepted and ignored
 */
@Model(strict = true)
public record WebhookResourceConfig(
    @JsonProperty(required = true) @JsonPropertyDescription("Name of this resource") String name,
    @JsonProperty("match_rule") MatchRule matchRule,
    @JsonProperty("_meta") RawJson meta)
    implements WebhookRuleConfig {

  /** The binding's rule: {@link #matchRule()}, or the URL wildcard when it is absent. */
  @Override
  public MatchRule rule() {
    return matchRule != null ? matchRule : UrlMatch.of(UrlMatch.ANY);
  }
}
