package flowcdk.connector.dispatch;

import flowcdk.common.webhook.WebhookCapture;
import flowcdk.common.webhook.WebhookServer;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.ValidationException;
import flowcdk.connector.webhook.MatchRule;
import flowcdk.connector.webhook.Router;
import flowcdk.connector.webhook.WebhookRuleConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The webhook bindings of a Validate or Open request: each webhook resource's binding with its rule
 * (from its resource config when that carries one, else the resource's), checked together for the
 * conflicts that would make routing ambiguous.
 */
final class WebhookBindings {

  /** The environment variable that gives the webhook endpoint's port, as Flow's networking does. */
  static final String PORT_VARIABLE = "PORT";

  /** The port when {@value #PORT_VARIABLE} is not set. */
  static final int DEFAULT_PORT = 8080;

  private static final Duration STOP_GRACE = Duration.ofSeconds(4);

  private final List<WebhookCapture.Binding> bindings = new ArrayList<>();

  /** Adds the binding at {@code index} if its resource is a webhook resource. */
  void add(int index, ResourceSpec resource, Object resourceConfig) {
    Optional<MatchRule> declared = resource.webhookRule();
    if (declared.isEmpty()) {
      return;
    }
    MatchRule rule =
        resourceConfig instanceof WebhookRuleConfig carrying ? carrying.rule() : declared.get();
    bindings.add(
        new WebhookCapture.Binding(
            index, resource.name(), rule, resource.webhookDocument().orElseThrow()));
  }

  /** The bindings added, in Open order. */
  List<WebhookCapture.Binding> bindings() {
    return List.copyOf(bindings);
  }

  /** The invalid rules and the conflicts between rules, worded as the Python CDK words them. */
  List<String> problems() {
    return Router.problems(bindings.stream().map(WebhookCapture.Binding::rule).toList());
  }

  /**
   * The port to serve on: {@value #PORT_VARIABLE} from {@code environment}, else {@value
   * #DEFAULT_PORT}.
   *
   * @throws ValidationException if {@value #PORT_VARIABLE} is not a port number
   */
  static int port(Map<String, String> environment) {
    String text = environment.get(PORT_VARIABLE);
    if (text == null || text.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(text.trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ValidationException(
        "the environment variable "
            + PORT_VARIABLE
            + " must be the webhook endpoint's port, a number from 0 to 65535, but is '"
            + text
            + "'; set it to a free port, or unset it for "
            + DEFAULT_PORT);
  }

  /**
   * The endpoint's limits: the defaults, but requests in flight at a stop get 4 seconds, so the
   * server closes within the runtime's 5-second stop grace.
   */
  static WebhookServer.Limits limits() {
    WebhookServer.Limits defaults = WebhookServer.Limits.defaults();
    return new WebhookServer.Limits(
        defaults.maxBodyBytes(), defaults.maxInFlight(), defaults.bodyTimeout(), STOP_GRACE);
  }
}
