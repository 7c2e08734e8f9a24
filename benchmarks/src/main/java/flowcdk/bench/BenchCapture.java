package flowcdk.bench;

import flowcdk.annotations.Capture;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.ValidationException;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java twin of the Python bench connector (docs/benchmarks.md#the-workload): {@code bindings}
 * resources {@code items0..itemsN-1}, known only at run time from the config, each with key {@code
 * /id}, schema inference on, and a backfill as its only strategy. The capture ends (exit 0) when
 * every backfill has completed.
 */
@Capture(docsUrl = "https://github.com/estuary/connectors", config = BenchConfig.class)
public final class BenchCapture implements CaptureConnector<BenchConfig> {

  @Override
  public Future<Void> check(BenchConfig config) {
    List<String> problems = new ArrayList<>();
    if (config.bindings() < 0) {
      problems.add("bindings must not be negative, but is " + config.bindings());
    }
    if (config.docs() < 0) {
      problems.add("docs must not be negative, but is " + config.docs());
    }
    if (config.page() < 1) {
      problems.add("page must be at least 1, but is " + config.page());
    }
    if (config.pad() < 0) {
      problems.add("pad must not be negative, but is " + config.pad());
    }
    return problems.isEmpty()
        ? Future.succeededFuture()
        : Future.failedFuture(new ValidationException(problems));
  }

  @Override
  public Future<List<ResourceSpec>> resources(BenchConfig config) {
    List<ResourceSpec> resources = new ArrayList<>();
    for (int b = 0; b < config.bindings(); b++) {
      resources.add(
          ResourceSpec.builder("items" + b)
              .key("/id")
              .schema(ItemJson.SCHEMA)
              .opener(new ItemsOpener(b))
              .build());
    }
    return Future.succeededFuture(resources);
  }
}
