package flowcdk.testing;

import flowcdk.runtime.Connector;
import flowcdk.runtime.OpenedCapture;
import flowcdk.runtime.RuntimeContext;
import flowcdk.runtime.protocol.AppliedResponse;
import flowcdk.runtime.protocol.ApplyRequest;
import flowcdk.runtime.protocol.DiscoverRequest;
import flowcdk.runtime.protocol.DiscoveredResponse;
import flowcdk.runtime.protocol.OpenRequest;
import flowcdk.runtime.protocol.SpecRequest;
import flowcdk.runtime.protocol.SpecResponse;
import flowcdk.runtime.protocol.ValidateRequest;
import flowcdk.runtime.protocol.ValidatedResponse;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A connector that serves every request with another one and keeps the {@link RuntimeContext} the
 * runtime attached, so a test can stop the session from outside as SIGTERM would: {@code
 * attached.stop("the test has seen the capture at rest")}, or reach its Vert.x instance and clock.
 */
public final class Attached implements Connector {

  private final Connector connector;
  private final AtomicReference<RuntimeContext> runtime = new AtomicReference<>();

  /** Serves with {@code connector}. */
  public Attached(Connector connector) {
    this.connector = connector;
  }

  /**
   * Stops the session gracefully with {@code reason}, once it has started; whether it had (a stop
   * before the session starts is ignored).
   */
  public boolean stop(String reason) {
    RuntimeContext context = runtime.get();
    if (context == null) {
      return false;
    }
    context.stop(reason);
    return true;
  }

  /** What the runtime attached, once the session has started. */
  public Optional<RuntimeContext> runtime() {
    return Optional.ofNullable(runtime.get());
  }

  @Override
  public void attach(RuntimeContext context) {
    runtime.set(context);
    connector.attach(context);
  }

  @Override
  public Future<SpecResponse> spec(SpecRequest request) {
    return connector.spec(request);
  }

  @Override
  public Future<DiscoveredResponse> discover(DiscoverRequest request) {
    return connector.discover(request);
  }

  @Override
  public Future<ValidatedResponse> validate(ValidateRequest request) {
    return connector.validate(request);
  }

  @Override
  public Future<AppliedResponse> apply(ApplyRequest request) {
    return connector.apply(request);
  }

  @Override
  public Future<OpenedCapture> open(OpenRequest request) {
    return connector.open(request);
  }
}
