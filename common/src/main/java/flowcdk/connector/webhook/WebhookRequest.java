package flowcdk.connector.webhook;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the rules see of a webhook request besides its documents: its path and headers.
 *
 * @param path the decoded path, without the query string
 * @param headers each header's first value, by name as the sender wrote it
 */
public record WebhookRequest(String path, Map<String, String> headers) {

  /** Copies the headers, keeping the first value of a name given twice in different cases. */
  public WebhookRequest {
    TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(byName::putIfAbsent);
    headers = byName;
  }

  /** The first value of header {@code name}, compared without regard to case, or null. */
  public String header(String name) {
    return headers.get(name);
  }
}
