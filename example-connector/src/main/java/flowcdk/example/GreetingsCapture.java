package flowcdk.example;

import flowcdk.annotations.Capture;
import flowcdk.common.capture.CaptureConnector;
import flowcdk.example.models.GreetingsConfig;
import flowcdk.example.resources.Greetings;
import flowcdk.runtime.ValidationException;
import io.vertx.core.Future;

/**
 * A tiny connector built with the annotations: one resource, {@code greetings}. The processor
 * generates {@code GreetingsCapture_Main} (the jar's entry point), {@code GreetingsCapture_Dispatch}
 * and {@code GreetingsCapture_Resources} from it. The SQL example connector replaces it.
 */
@Capture(
    docsUrl = "https://docs.estuary.dev/concepts/connectors/",
    config = GreetingsConfig.class,
    resources = {Greetings.class})
public final class GreetingsCapture implements CaptureConnector<GreetingsConfig> {

  @Override
  public Future<Void> check(GreetingsConfig config) {
    if (config.greetings() < 1 || config.greetings() > 1_000_000) {
      return Future.failedFuture(new ValidationException(
          "greetings must be from 1 to 1000000, but is " + config.greetings() + "; fix it in the endpoint config."));
    }
    return Future.succeededFuture();
  }
}
