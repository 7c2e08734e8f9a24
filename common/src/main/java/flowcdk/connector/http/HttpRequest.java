package flowcdk.connector.http;

import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request, described fluently and immutably: every method returns a new request, so a base
 * request can be shared and refined.
 *
 * <pre>{@code
 * HttpRequest page =
 *     HttpRequest.get("https://api.example.com/v1/users")
 *         .query("updated_since", cursor)
 *         .query("limit", 100)
 *         .header("Accept", "application/json")
 *         .timeout(Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>A request has at most one body: {@link #json(RawJson)} or {@link #form(Map)}. It carries the
 * capture's credentials unless made {@link #withoutToken()}. Its {@link #toString()} shows the
 * method and URL only, never header values.
 */
public final class HttpRequest {

  private static final String JSON_TYPE = "application/json";
  private static final String FORM_TYPE = "application/x-www-form-urlencoded";

  private final HttpMethod method;
  private final String url;
  private final URI uri;
  private final List<Map.Entry<String, String>> headers;
  private final Body body;
  private final boolean withToken;
  private final Duration timeout;
  private final Duration connectTimeout;
  private final RetryPolicy retry;

  /** A body: what made it (for the one-body rule), its media type and its bytes (never changed). */
  private static final class Body {
    private final String kind;
    private final String contentType;
    private final byte[] bytes;

    Body(String kind, String contentType, byte[] bytes) {
      this.kind = kind;
      this.contentType = contentType;
      this.bytes = bytes;
    }

    String kind() {
      return kind;
    }

    String contentType() {
      return contentType;
    }

    byte[] bytes() {
      return bytes;
    }
  }

  private HttpRequest(
      HttpMethod method,
      String url,
      URI uri,
      List<Map.Entry<String, String>> headers,
      Body body,
      boolean withToken,
      Duration timeout,
      Duration connectTimeout,
      RetryPolicy retry) {
    this.method = method;
    this.url = url;
    this.uri = uri;
    this.headers = headers;
    this.body = body;
    this.withToken = withToken;
    this.timeout = timeout;
    this.connectTimeout = connectTimeout;
    this.retry = retry;
  }

  /** A GET of {@code url}, an absolute {@code http} or {@code https} URL. */
  public static HttpRequest get(String url) {
    return of(HttpMethod.GET, url);
  }

  /** A POST to {@code url}. */
  public static HttpRequest post(String url) {
    return of(HttpMethod.POST, url);
  }

  /** A PUT to {@code url}. */
  public static HttpRequest put(String url) {
    return of(HttpMethod.PUT, url);
  }

  /** A PATCH of {@code url}. */
  public static HttpRequest patch(String url) {
    return of(HttpMethod.PATCH, url);
  }

  /** A DELETE of {@code url}. */
  public static HttpRequest delete(String url) {
    return of(HttpMethod.DELETE, url);
  }

  /**
   * A request with {@code method} to {@code url}: an absolute {@code http} or {@code https} URL,
   * already percent-encoded (add query parameters with {@link #query(String, Object)}, which
   * encodes them). A fragment ({@code #...}) is never sent.
   *
   * @throws IllegalArgumentException if {@code url} is not such a URL
   */
  public static HttpRequest of(HttpMethod method, String url) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    return new HttpRequest(
        method, url, RequestUrl.parse(url), List.of(), null, true, null, null, RetryPolicy.ALWAYS);
  }

  private HttpRequest withUrl(String newUrl) {
    return new HttpRequest(
        method,
        newUrl,
        RequestUrl.parse(newUrl),
        headers,
        body,
        withToken,
        timeout,
        connectTimeout,
        retry);
  }

  private HttpRequest with(List<Map.Entry<String, String>> newHeaders, Body newBody) {
    return new HttpRequest(
        method, url, uri, newHeaders, newBody, withToken, timeout, connectTimeout, retry);
  }

  /**
   * Adds the query parameter {@code name=value} after those already in the URL, both
   * percent-encoded as UTF-8: letters, digits and {@code - . _ ~} as they are, everything else as
   * {@code %XX} (a space is {@code %20}, a slash {@code %2F}). Repeat a name to send it several
   * times; an {@link Iterable} value sends the name once per element. Values are written with
   * {@code String.valueOf} (numbers as Java writes them, {@code Instant}s as ISO 8601).
   *
   * @throws NullPointerException if {@code value} (or an element of it) is null
   */
  public HttpRequest query(String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (value == null) {
      throw new NullPointerException("query parameter " + name + " has no value (null)");
    }
    StringBuilder added = new StringBuilder();
    if (value instanceof Iterable<?> values) {
      for (Object element : values) {
        if (element == null) {
          throw new NullPointerException("query parameter " + name + " has a null element");
        }
        RequestUrl.appendParam(added, name, element);
      }
    } else {
      RequestUrl.appendParam(added, name, value);
    }
    return added.length() == 0 ? this : withUrl(RequestUrl.appendQuery(url, added.toString()));
  }

  /** Adds every entry of {@code params} as by {@link #query(String, Object)}, in map order. */
  public HttpRequest query(Map<String, ?> params) {
    HttpRequest result = this;
    for (Map.Entry<String, ?> param : params.entrySet()) {
      result = result.query(param.getKey(), param.getValue());
    }
    return result;
  }

  /**
   * Sets the header {@code name} to {@code value}, replacing a value set before under the same name
   * (compared ignoring case). Values are never shown in messages or logs.
   */
  public HttpRequest header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    List<Map.Entry<String, String>> copy = new ArrayList<>(headers.size() + 1);
    for (Map.Entry<String, String> header : headers) {
      if (!header.getKey().equalsIgnoreCase(name)) {
        copy.add(header);
      }
    }
    copy.add(Map.entry(name, value));
    return with(List.copyOf(copy), body);
  }

  /**
   * Sends {@code json} as the body, with {@code Content-Type: application/json} (unless a {@code
   * Content-Type} header is set).
   *
   * @throws IllegalStateException if the request already has a body
   */
  public HttpRequest json(RawJson json) {
    Objects.requireNonNull(json, "json");
    return withBody(new Body("json", JSON_TYPE, json.toByteArray()));
  }

  /**
   * Sends {@code value}, encoded with its generated {@code codec}, as a JSON body (see {@link
   * #json(RawJson)}).
   *
   * @throws IllegalStateException if the request already has a body
   */
  public <T> HttpRequest json(T value, JsonCodec<T> codec) {
    Objects.requireNonNull(value, "value");
    return json(Codecs.encode(value, codec));
  }

  /**
   * Sends {@code fields} url-encoded as the body, with {@code Content-Type:
   * application/x-www-form-urlencoded}: UTF-8, {@code +} for a space, {@code %XX} for every byte
   * other than letters, digits and {@code - . _ ~}.
   *
   * @throws IllegalStateException if the request already has a body
   */
  public HttpRequest form(Map<String, String> fields) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      if (field.getValue() == null) {
        throw new NullPointerException("form field " + field.getKey() + " has no value (null)");
      }
      if (text.length() > 0) {
        text.append('&');
      }
      text.append(UrlEncoding.form(field.getKey()))
          .append('=')
          .append(UrlEncoding.form(field.getValue()));
    }
    return withBody(
        new Body(
            "form", FORM_TYPE, text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private HttpRequest withBody(Body newBody) {
    if (body != null) {
      throw new IllegalStateException(
          "this "
              + method
              + " request already has a "
              + body.kind()
              + " body and cannot also have a "
              + newBody.kind()
              + " body: a request has at most one body, json or form");
    }
    return with(headers, newBody);
  }

  /**
   * Sends the request without the capture's credentials: for public endpoints, and for requests
   * that carry credentials of their own.
   */
  public HttpRequest withoutToken() {
    return new HttpRequest(method, url, uri, headers, body, false, timeout, connectTimeout, retry);
  }

  /**
   * Bounds each request on the wire, from when it is sent (after any wait for the capture's {@link
   * RateBudget}) to the last byte of its body, streamed bodies included; a redirect's request gets
   * a bound of its own. Overrides the client's default ({@link HttpSettings#timeout()}, 300 s
   * unless configured). Raise it for long downloads.
   */
  public HttpRequest timeout(Duration timeout) {
    return new HttpRequest(
        method,
        url,
        uri,
        headers,
        body,
        withToken,
        positive(timeout, "timeout"),
        connectTimeout,
        retry);
  }

  /**
   * Bounds the wait for a connection (a pooled one, or a new one: DNS, TCP and TLS); overrides the
   * client's default ({@link HttpSettings#connectTimeout()}, 30 s unless configured).
   */
  public HttpRequest connectTimeout(Duration connectTimeout) {
    return new HttpRequest(
        method,
        url,
        uri,
        headers,
        body,
        withToken,
        timeout,
        positive(connectTimeout, "connectTimeout"),
        retry);
  }

  /**
   * Decides whether a 5xx response is retried (see {@link RetryPolicy}); {@link RetryPolicy#ALWAYS}
   * by default.
   */
  public HttpRequest retry(RetryPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return new HttpRequest(
        method, url, uri, headers, body, withToken, timeout, connectTimeout, policy);
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }

  /** The method. */
  public HttpMethod method() {
    return method;
  }

  /** The URL as given, with the added query parameters. */
  public String url() {
    return url;
  }

  /** The URL, parsed. */
  public URI uri() {
    return uri;
  }

  /** The headers set on this request, in the order set. Their values are secrets to print. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** A copy of the body, if the request has one. */
  public Optional<Buffer> body() {
    return body == null ? Optional.empty() : Optional.of(Buffer.buffer(body.bytes().clone()));
  }

  /** The body's media type ({@code application/json} or the form type), if there is a body. */
  public Optional<String> bodyContentType() {
    return body == null ? Optional.empty() : Optional.of(body.contentType());
  }

  /** Whether the capture's credentials are attached (true unless {@link #withoutToken()}). */
  public boolean withToken() {
    return withToken;
  }

  /** The timeout set with {@link #timeout(Duration)}, if any. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The connect timeout set with {@link #connectTimeout(Duration)}, if any. */
  public Optional<Duration> connectTimeout() {
    return Optional.ofNullable(connectTimeout);
  }

  /** The policy deciding whether 5xx responses are retried. */
  public RetryPolicy retryPolicy() {
    return retry;
  }

  /** {@code GET https://host/path?query}: the method and URL, never headers or body. */
  @Override
  public String toString() {
    return method + " " + url;
  }
}
