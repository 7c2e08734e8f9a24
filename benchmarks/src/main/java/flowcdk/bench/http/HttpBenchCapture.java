package flowcdk.bench.http;

import flowcdk.annotations.Capture;
import flowcdk.bench.ItemJson;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.ValidationException;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.http.RateBudget;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench connector over HTTP (docs/benchmarks.md#over-http): {@code bindings} resources {@code
 * items0..itemsN-1}, each with key {@code /id}, schema inference on, and a backfill that pages the
 * {@link PageServer} at {@code base_url} with the capture's HTTP client, decoding each page with
 * its generated codec. It writes the documents the bench connector writes; the capture ends (exit
 * 0) when every backfill has completed. Run it with {@code java -cp bench-connector.jar
 * flowcdk.bench.http.HttpBenchCapture_Main}.
 */
@Capture(docsUrl = "https://github.com/estuary/connectors", config = HttpBenchConfig.class)
public final class HttpBenchCapture implements CaptureConnector<HttpBenchConfig> {

  /** Each instance's own limit on requests in flight, if the config sets one. */
  @Override
  public HttpSettings http(HttpBenchConfig config) {
    return config.maxConcurrent() > 0
        ? HttpSettings.defaults()
            .budget(RateBudget.unlimited().maxConcurrent(config.maxConcurrent()).perInstance())
        : HttpSettings.defaults();
  }

  @Override
  public Future<Void> check(HttpBenchConfig config) {
    List<String> problems = new ArrayList<>();
    if (config.maxConcurrent() < 0) {
      problems.add("max_concurrent must not be negative, but is " + config.maxConcurrent());
    }
    if (config.bindings() < 0) {
      problems.add("bindings must not be negative, but is " + config.bindings());
    }
    if (!config.baseUrl().startsWith("http://") && !config.baseUrl().startsWith("https://")) {
      problems.add(
          "base_url must be an http:// or https:// URL such as http://127.0.0.1:8080, but is '"
              + config.baseUrl()
              + "'");
    } else if (config.baseUrl().endsWith("/")) {
      problems.add(
          "base_url must not end with '/' (the connector adds /items<N>), but is '"
              + config.baseUrl()
              + "'");
    }
    return problems.isEmpty()
        ? Future.succeededFuture()
        : Future.failedFuture(new ValidationException(problems));
  }

  @Override
  public Future<List<ResourceSpec>> resources(HttpBenchConfig config) {
    List<ResourceSpec> resources = new ArrayList<>();
    for (int b = 0; b < config.bindings(); b++) {
      resources.add(
          ResourceSpec.builder("items" + b)
              .key("/id")
              .schema(ItemJson.SCHEMA)
              .opener(new HttpItemsOpener(b))
              .build());
    }
    return Future.succeededFuture(resources);
  }
}
