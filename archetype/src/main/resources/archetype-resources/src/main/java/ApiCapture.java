package ${package};

import flowcdk.annotations.Capture;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ValidationException;
import flowcdk.connector.http.Auth;
import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpError;
import flowcdk.connector.http.HttpSettings;
import io.vertx.core.Future;

/**
 * Captures the API's items (incrementally, after a backfill) and categories (a snapshot).
 *
 * <p>{@code @Capture} makes the processor generate {@code ApiCapture_Main}, the jar's entry point,
 * the protocol dispatch and the spec, and list the resources named here as the bindings {@code
 * discover} offers.
 */
@Capture(
    docsUrl = "https://api.example.com/docs",
    config = ApiConfig.class,
    resources = {Items.class, Categories.class})
public final class ApiCapture implements CaptureConnector<ApiConfig> {

  /** The connector Flow runs. */
  public ApiCapture() {}

  /** Every request carries the config's token as a bearer token. */
  @Override
  public HttpSettings http(ApiConfig config) {
    return HttpSettings.defaults().auth(Auth.of(config.credentials()));
  }

  /** What {@code validate} runs: one cheap request proves the token works. */
  @Override
  public Future<Void> check(ApiConfig config, Http http) {
    return new Api(http)
        .categories()
        .<Void>mapEmpty()
        .recover(
            failure ->
                Future.failedFuture(
                    failure instanceof HttpError error && error.status() == 401
                        ? new ValidationException(
                            "The API refused the access token: check it, or create a new one.\n\n"
                                + error.getMessage())
                        : failure));
  }
}
