package flowcdk.connector.webhook;

/**
 * A resource config that carries a webhook binding's match rule: {@link WebhookResourceConfig}, or
 * a connector's own resource config that has webhook and polled bindings side by side. A webhook
 * binding whose resource config is not one has its resource's rule ({@code
 * ResourceSpec#webhookRule()}).
 */
public interface WebhookRuleConfig {

  /** The rule that routes requests to the binding. */
  MatchRule rule();
}
