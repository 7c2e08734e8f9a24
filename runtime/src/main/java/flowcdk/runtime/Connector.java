package flowcdk.runtime;

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

/**
 * A capture connector as the runtime sees it: one method per request of Flow's capture protocol,
 * with configs, resource configs and state still as raw JSON.
 *
 * <p>The processor generates an implementation of this interface for every {@code @Capture}
 * (decoding configs with generated codecs); a connector may also implement it by hand. Every method
 * is called on the runtime's Vert.x event loop ({@code Vertx.currentContext()} is that context) and
 * must not block it: run blocking work with {@code executeBlocking} and return the future.
 *
 * <p>To reject a request with messages for the user (a bad config, an unreachable source), fail the
 * future with a {@link ValidationException}: the runtime logs all its messages in one line and
 * exits 1. Any other failure is logged with its stack trace and also exits 1.
 */
public interface Connector {

  /**
   * Called once, before the first request, with what the session shares: its Vert.x instance, clock
   * and stopping signal. Does nothing by default.
   */
  default void attach(RuntimeContext runtime) {}

  /** Answers {@code spec}: the connector's config and resource-config schemas and docs URL. */
  Future<SpecResponse> spec(SpecRequest request);

  /**
   * Whether {@link #spec} is a pure function that completes at once and needs neither {@link
   * #attach} nor the event loop. If so, the runtime answers {@code spec} requests that come before
   * any other request without starting Vert.x, so a process asked only for its spec starts and
   * exits in a fraction of the time. False by default; generated connectors return true.
   */
  default boolean answersSpecAtOnce() {
    return false;
  }

  /** Answers {@code discover}: the bindings available with the given endpoint config. */
  Future<DiscoveredResponse> discover(DiscoverRequest request);

  /** Answers {@code validate}: checks the config and bindings, returning each binding's path. */
  Future<ValidatedResponse> validate(ValidateRequest request);

  /** Answers {@code apply}; by default does nothing and describes nothing. */
  default Future<AppliedResponse> apply(ApplyRequest request) {
    return Future.succeededFuture(new AppliedResponse(""));
  }

  /**
   * Answers {@code open}: prepares the capture and returns the work to run. The runtime then writes
   * {@code opened} and runs the work as the root task until it finishes.
   */
  Future<OpenedCapture> open(OpenRequest request);
}
