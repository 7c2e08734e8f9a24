package flowcdk.connector.http;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/**
 * Decides whether a 5xx response is retried. The attempt loop asks it for every 5xx response
 * (including a 503 with {@code Retry-After}); when it answers false the call fails with an {@link
 * HttpError}. It is not asked about 429 (always retried) or other 4xx responses (never retried).
 *
 * <pre>{@code
 * HttpRequest.get(url).retry(RetryPolicy.maxAttempts(5));
 * HttpRequest.get(url).retry((status, headers, body, attempt) -> status != 501);
 * }</pre>
 */
@FunctionalInterface
public interface RetryPolicy {

  /** Retries every 5xx response, without limit: the default, as in the Python CDK. */
  RetryPolicy ALWAYS = (status, headers, body, attempt) -> true;

  /**
   * Whether to retry.
   *
   * @param status the response's status, 500 to 599
   * @param headers the response's headers
   * @param body the response's body
   * @param attempt which attempt of the call this response answered, counting every attempt from 1,
   *     those answered with 429 included
   */
  boolean shouldRetry(int status, MultiMap headers, Buffer body, int attempt);

  /**
   * Retries 5xx responses as long as fewer than {@code attempts} attempts were made in all: with
   * {@code maxAttempts(2)} a second 5xx fails the call.
   *
   * @throws IllegalArgumentException if {@code attempts} is less than 1
   */
  static RetryPolicy maxAttempts(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
    }
    return (status, headers, body, attempt) -> attempt < attempts;
  }
}
