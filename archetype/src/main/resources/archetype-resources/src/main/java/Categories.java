package ${package};

import flowcdk.annotations.Resource;
import flowcdk.connector.BindingContext;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.Strategies;
import io.vertx.core.Future;

/**
 * The categories: listed whole every 15 minutes, and emitted only when the list changed. Each
 * document is keyed by its position in the list ({@code /_meta/row_id}); rows that disappear are
 * deleted.
 */
@Resource(
    name = "categories",
    key = "/_meta/row_id",
    document = Category.class,
    snapshot = true,
    interval = "PT15M")
public final class Categories implements ResourceOpener<ApiConfig, ResourceConfig> {

  /** The resource, as the capture's processor-generated registry creates it. */
  public Categories() {}

  @Override
  public Future<?> open(BindingContext<ApiConfig, ResourceConfig> binding) {
    Api api = new Api(binding.http());
    return Strategies.forBinding(binding)
        .snapshot(
            sink ->
                api.categories()
                    .map(
                        list -> {
                          list.data().forEach(c -> sink.document(c, CategoryJson.INSTANCE));
                          return null;
                        }))
        .open();
  }
}
