package acme;

import flowcdk.annotations.Resource;
import flowcdk.connector.BindingContext;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import io.vertx.core.Future;

/** Regions, re-read as snapshots, proposed disabled. */
@Resource(
    name = "regions",
    key = "/_meta/row_id",
    document = Region.class,
    snapshot = true,
    reductionStrategy = "merge",
    disable = true)
public final class Regions implements ResourceOpener<ShopConfig, ResourceConfig> {
  @Override
  public Future<?> open(BindingContext<ShopConfig, ResourceConfig> binding) {
    return Future.succeededFuture();
  }
}
