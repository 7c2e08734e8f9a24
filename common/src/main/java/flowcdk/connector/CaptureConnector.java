package flowcdk.connector;

import io.vertx.core.Future;
import java.util.List;

/**
 * The connector class of a {@code @Capture}, with its decoded endpoint config. The generated
 * dispatcher calls these hooks; everything else (spec, discovery, binding resolution, opening
 * bindings) it does itself from the {@code @Resource} declarations.
 *
 * <p>Every method is called on the runtime's event loop and must not block it.
 *
 * @param <C> the endpoint config model
 */
public interface CaptureConnector<C> {

  /**
   * Checks that the source can be reached with {@code config} (validate). Fail the future with a
   * {@code ValidationException} naming every problem for the user. Does nothing by default.
   */
  default Future<Void> check(C config) {
    return Future.succeededFuture();
  }

  /**
   * Resources known only at run time (tables of a database, custom objects of an API), added after
   * the {@code @Resource} classes. None by default.
   */
  default Future<List<ResourceSpec>> resources(C config) {
    return Future.succeededFuture(List.of());
  }
}
