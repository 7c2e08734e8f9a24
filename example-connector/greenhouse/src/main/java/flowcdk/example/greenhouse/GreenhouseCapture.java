package flowcdk.example.greenhouse;

import flowcdk.annotations.Capture;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.ValidationException;
import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpError;
import flowcdk.connector.http.HttpSettings;
import flowcdk.example.greenhouse.api.Endpoints;
import flowcdk.example.greenhouse.api.Harvest;
import flowcdk.example.greenhouse.api.Tokens;
import flowcdk.example.greenhouse.models.EndpointConfig;
import flowcdk.example.greenhouse.resources.GreenhouseResources;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * Captures Greenhouse's recruiting data through the Harvest v3 API: a port of Estuary's
 * source-greenhouse-native to the kit.
 */
@Capture(docsUrl = "https://go.estuary.dev/source-greenhouse-native", config = EndpointConfig.class)
public final class GreenhouseCapture implements CaptureConnector<EndpointConfig> {

  private final Endpoints endpoints = Endpoints.fromEnvironment();

  @Override
  public HttpSettings http(EndpointConfig config) {
    return HttpSettings.defaults().auth(Tokens.auth(config.credentials(), endpoints));
  }

  /**
   * A start date Harvest can filter by, then one cheap listing: credentials Harvest refuses fail
   * validation with a clear message.
   */
  @Override
  public Future<Void> check(EndpointConfig config, Http http) {
    if (config.startDate() != null && config.startDate().isBefore(Instant.EPOCH)) {
      return Future.failedFuture(
          new ValidationException(
              "start_date is "
                  + config.startDate()
                  + ": it must be 1970-01-01T00:00:00Z or later. Set a later start date, or"
                  + " remove it to start 30 days before the capture."));
    }
    Harvest harvest = new Harvest(http, endpoints);
    return http.request(harvest.listing("interviewers").query("per_page", 1))
        .<Void>mapEmpty()
        .recover(
            failure ->
                Future.failedFuture(
                    failure instanceof HttpError error ? rejected(error) : failure));
  }

  @Override
  public Future<List<ResourceSpec>> resources(EndpointConfig config, Http http) {
    return Future.succeededFuture(GreenhouseResources.all(new Harvest(http, endpoints)));
  }

  private static ValidationException rejected(HttpError error) {
    String what =
        error.status() == 401
            ? "Invalid credentials. Please confirm the provided credentials are correct."
            : "Encountered error validating credentials.";
    return new ValidationException(what + "\n\n" + error.getMessage());
  }
}
