/**
 * Webhook capture: how pushed requests find their bindings. A webhook binding's {@link
 * flowcdk.connector.webhook.MatchRule} (the Python CDK's {@code match_rule}) matches a request by
 * its URL path, a header or a value in the document; {@link flowcdk.connector.webhook.Router}
 * checks a capture's rules for problems and conflicts and routes each document to the first binding
 * whose rule matches, most specific rules first.
 */
package flowcdk.connector.webhook;
