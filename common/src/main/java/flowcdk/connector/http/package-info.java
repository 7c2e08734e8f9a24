/**
 * The capture's HTTP client, for connectors that read an HTTP API.
 *
 * <p>One {@link flowcdk.connector.http.Http} client is shared by every binding of a capture. A call
 * describes its request with {@link flowcdk.connector.http.HttpRequest} and gets back a future of
 * the whole response ({@link flowcdk.connector.http.HttpResponse}), of a decoded model, of a
 * streamed body ({@link flowcdk.connector.http.HttpStream}) or of its lines ({@link
 * flowcdk.connector.http.HttpLines}). Nothing blocks a thread: every call returns a Vert.x {@code
 * Future}.
 *
 * <p>Each call runs the same attempt loop, compatible with Estuary's Python CDK:
 *
 * <ul>
 *   <li>429 Too Many Requests is retried without limit, paced by an adaptive delay shared by the
 *       whole capture (computed as the Python CDK does, but applied only once the capture has been
 *       rate-limited, so an API that never answers 429 is never slowed down), and, when the server
 *       sends {@code Retry-After}, after exactly the time it asked for;
 *   <li>5xx responses are retried with a capped exponential back-off for as long as the request's
 *       {@link flowcdk.connector.http.RetryPolicy} agrees (always, by default), else the call fails
 *       with an {@link flowcdk.connector.http.HttpError};
 *   <li>other 4xx responses fail at once with an {@link flowcdk.connector.http.HttpError};
 *   <li>connection failures are retried 3 times, and so are failures while reading a whole body;
 *       then the call fails with an {@link flowcdk.connector.http.HttpTransportException};
 *   <li>redirects are followed (at most 10), and credentials are never sent to another host.
 * </ul>
 *
 * A capture can cap its request rate and concurrency with a {@link
 * flowcdk.connector.http.RateBudget} in its {@link flowcdk.connector.http.HttpSettings}. When the
 * capture stops, every waiting or running call ends at once with a {@code CaptureStoppedException}.
 */
package flowcdk.connector.http;
