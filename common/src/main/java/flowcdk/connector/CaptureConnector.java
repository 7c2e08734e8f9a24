package flowcdk.connector;

import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.webhook.WebhookAuth;
import io.vertx.core.Future;
import java.util.List;

/**
 * The connector class of a {@code @Capture}, with its decoded endpoint config. The generated
 * dispatcher calls these hooks; everything else (spec, discovery, binding resolution, opening
 * bindings) it does itself from the {@code @Resource} declarations.
 *
 * <p>A connector that calls an HTTP API says how in {@link #http(Object)} (credentials, a request
 * budget, timeouts); the capture's one client, made from those settings, is handed to {@link
 * #check(Object, Http)} and {@link #resources(Object, Http)} and to every binding ({@link
 * BindingContext#http()}). See docs/http.md.
 *
 * <p>Every method is called on the runtime's event loop and must not block it.
 *
 * @param <C> the endpoint config model
 */
public interface CaptureConnector<C> {

  /**
   * The settings of the capture's HTTP client for {@code config}: its credentials ({@code
   * HttpSettings.defaults().auth(Auth.of(config.credentials()))}), an optional request budget
   * shared by every binding, timeouts and headers. Called once per session (and again only if a
   * request brings another config), before the client's first request. No credentials and no budget
   * by default.
   */
  default HttpSettings http(C config) {
    return HttpSettings.defaults();
  }

  /**
   * Checks that the source can be reached with {@code config} (validate), with the capture's HTTP
   * client at hand. Fail the future with a {@code ValidationException} naming every problem for the
   * user. Calls {@link #check(Object)} by default.
   */
  default Future<Void> check(C config, Http http) {
    return check(config);
  }

  /**
   * Checks that the source can be reached with {@code config} (validate), for a connector that
   * needs no HTTP client. Fail the future with a {@code ValidationException} naming every problem
   * for the user. Does nothing by default.
   */
  default Future<Void> check(C config) {
    return Future.succeededFuture();
  }

  /**
   * How the capture's webhook endpoint authenticates requests (docs/webhooks.md#authentication),
   * typically a {@link WebhookAuth} field of the endpoint config. None by default: every request is
   * accepted, as by the Python CDK. Only asked when a webhook binding is opened.
   */
  default WebhookAuth webhookAuth(C config) {
    return WebhookAuth.NONE;
  }

  /**
   * Resources known only at run time (custom objects of an API), added after the {@code @Resource}
   * classes, listed with the capture's HTTP client. Calls {@link #resources(Object)} by default.
   */
  default Future<List<ResourceSpec>> resources(C config, Http http) {
    return resources(config);
  }

  /**
   * Resources known only at run time (tables of a database), added after the {@code @Resource}
   * classes, for a connector that needs no HTTP client. None by default.
   */
  default Future<List<ResourceSpec>> resources(C config) {
    return Future.succeededFuture(List.of());
  }
}
