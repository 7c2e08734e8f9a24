package flowcdk.common.http;

import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.util.Map;

/**
 * Posts a token request: how a token source reaches a token endpoint through the capture's HTTP
 * client (with its retries, pacing and error messages, and without credentials of its own).
 */
@FunctionalInterface
public interface TokenEndpoint {

  /**
   * POSTs {@code form} url-encoded to {@code url} with the extra {@code headers}, and completes
   * with the response body as JSON; fails with the client's {@code HttpError} on an error status.
   */
  Future<RawJson> postForm(String url, Map<String, String> form, Map<String, String> headers);
}
