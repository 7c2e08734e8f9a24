package flowcdk.connector.webhook;

import flowcdk.annotations.Discriminator;
import flowcdk.annotations.Model;

/**
 * How a webhook request finds its binding, as the Python CDK's {@code match_rule}: by the URL path
 * ({@link UrlMatch}), by a header ({@link HeaderMatch}) or by a value in the document ({@link
 * BodyMatch}), told apart by {@code type}.
 */
@Model
@Discriminator("type")
public sealed interface MatchRule permits UrlMatch, HeaderMatch, BodyMatch {

  /** The value the rule matches: a path pattern or {@code *}, a header's or a body key's value. */
  String value();

  /**
   * The rule in a resource name: {@code all} for the URL wildcard, a URL pattern's runs of other
   * characters than letters and digits replaced by {@code _} and trimmed of it ({@code
   * /foo/{bar}/baz} is {@code foo_bar_baz}), a header's or body key's value as it is.
   */
  String displayName();

  /**
   * Why this rule and {@code other} cannot both route requests (the Python CDK's message), or null
   * when they can. Rules of different types never conflict.
   */
  String conflictWith(MatchRule other);

  /**
   * Where this rule routes among the others: lower first. Header rules, then body rules, then URL
   * patterns with more literal segments before fewer, then the URL wildcard.
   */
  int rank();

  /** What is wrong with the rule (an invalid URL pattern or body key), or null. */
  String problem();
}
