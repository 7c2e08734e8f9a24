package acme;

import flowcdk.annotations.Resource;
import flowcdk.connector.BindingContext;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import io.vertx.core.Future;

/** Orders, polled every five minutes. */
@Resource(name = "orders", key = "/id", document = Order.class, interval = "PT5M")
public final class Orders implements ResourceOpener<ShopConfig, ResourceConfig> {
  @Override
  public Future<?> open(BindingContext<ShopConfig, ResourceConfig> binding) {
    return Future.succeededFuture();
  }
}
