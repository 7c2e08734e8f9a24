package flowcdk.connector.http.rest;

import flowcdk.annotations.Capture;
import flowcdk.connector.BindingContext;
import flowcdk.connector.CaptureConnector;
import flowcdk.connector.ResourceConfig;
import flowcdk.connector.ResourceOpener;
import flowcdk.connector.ResourceSpec;
import flowcdk.connector.Strategies;
import flowcdk.connector.http.Auth;
import flowcdk.connector.http.Http;
import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpSettings;
import flowcdk.connector.http.RateBudget;
import flowcdk.connector.state.Backfill;
import flowcdk.connector.state.LogCursor;
import flowcdk.connector.state.PageCursor;
import flowcdk.connector.state.ResourceState;
import flowcdk.connector.state.Slot;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A REST connector as an author writes one: {@code items0..N-1}, each backfilled page by page from
 * {@code GET <base_url>/items<i>?page=<n>} with the capture's client, its credentials and budget;
 * {@code check} asks {@code GET <base_url>/me}.
 */
@Capture(
    docsUrl = "https://example.com/rest",
    config = RestConfig.class,
    resources = {})
public final class RestCapture implements CaptureConnector<RestConfig> {

  @Override
  public HttpSettings http(RestConfig config) {
    Auth auth = Auth.of(config.credentials());
    if (config.tokenUrl() != null) {
      auth = auth.tokenUrl(config.tokenUrl());
    }
    HttpSettings settings = HttpSettings.defaults().auth(auth);
    return config.requestsPerSecond() == null
        ? settings
        : settings.budget(RateBudget.perSecond(config.requestsPerSecond()));
  }

  @Override
  public Future<Void> check(RestConfig config, Http http) {
    return http.request(HttpRequest.get(config.baseUrl() + "/me")).mapEmpty();
  }

  @Override
  public Future<List<ResourceSpec>> resources(RestConfig config, Http http) {
    List<ResourceSpec> resources = new ArrayList<>();
    for (int i = 0; i < config.bindings(); i++) {
      resources.add(
          ResourceSpec.builder("items" + i)
              .key("/id")
              .schema(ItemJson.INSTANCE.schema())
              .opener(new Items("items" + i))
              .build());
    }
    return Future.succeededFuture(resources);
  }

  /** One resource: its pages, backfilled. */
  private static final class Items implements ResourceOpener<RestConfig, ResourceConfig> {
    private final String path;

    Items(String path) {
      this.path = path;
    }

    @Override
    public Future<?> open(BindingContext<RestConfig, ResourceConfig> binding) {
      Http http = binding.http();
      String url = binding.config().baseUrl() + "/" + path;
      return Strategies.forBinding(binding)
          .backfill(
              (page, cutoff, sink) ->
                  http.request(
                          HttpRequest.get(url).query("page", page.isNone() ? 0 : page.asLong()),
                          ItemPageJson.INSTANCE)
                      .compose(
                          result -> {
                            for (Item item : result.items()) {
                              sink.document(item, ItemJson.INSTANCE);
                            }
                            return result.next() == null
                                ? Future.succeededFuture()
                                : sink.checkpoint(PageCursor.of(result.next()));
                          }))
          .open();
    }

    @Override
    public Future<ResourceState> initialState(
        RestConfig config, ResourceConfig resourceConfig, Instant now) {
      return Future.succeededFuture(
          ResourceState.EMPTY.withBackfill(
              Slot.of(new Backfill(LogCursor.at(now), PageCursor.NONE))));
    }
  }
}
