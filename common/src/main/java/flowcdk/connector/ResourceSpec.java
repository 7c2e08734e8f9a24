package flowcdk.connector;

import flowcdk.common.webhook.WebhookSchema;
import flowcdk.connector.webhook.MatchRule;
import flowcdk.connector.webhook.WebhookResourceConfig;
import flowcdk.connector.webhook.WebhookResourceConfigJson;
import flowcdk.runtime.codec.JsonCodec;
import flowcdk.runtime.json.RawJson;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource a capture can bind: what discovery proposes for it and what opening a binding runs.
 * The processor builds these from {@code @Resource} classes; a connector builds them itself, with
 * {@link #builder(String)}, for resources known only at run time (tables of a database, custom
 * objects of an API), giving the document schema as JSON:
 *
 * <pre>{@code
 * ResourceSpec.builder("items")
 *     .key("/id")
 *     .schema(ItemJson.SCHEMA)
 *     .interval(Duration.ofMinutes(5))
 *     .opener(new ItemsOpener())
 *     .build();
 * }</pre>
 *
 * <p>A webhook resource is pushed to instead of polled ({@link Builder#webhook}): requests that its
 * match rule routes to it are captured as its documents (docs/webhooks.md).
 */
public final class ResourceSpec {

  /** The key of every snapshot resource: the row number the snapshot strategy assigns. */
  public static final String SNAPSHOT_KEY = "/_meta/row_id";

  /** The key of a webhook resource unless it sets one: the id given to each received document. */
  public static final String WEBHOOK_KEY = "/_meta/webhookId";

  private final String name;
  private final List<String> key;
  private final RawJson documentSchema;
  private final RawJson resourceConfig;
  private final List<String> resourcePath;
  private final boolean schemaInference;
  private final Optional<String> reductionStrategy;
  private final boolean disable;
  private final boolean snapshot;
  private final boolean explicitAcknowledgements;
  private final ResourceOpener<?, ?> opener;
  private final MatchRule webhookRule;
  private final JsonCodec<?> webhookDocument;

  private ResourceSpec(Builder b) {
    this.name = b.name;
    this.key = b.key;
    this.documentSchema = b.schema;
    this.resourceConfig = b.resourceConfig;
    this.resourcePath = b.resourcePath;
    this.schemaInference = b.schemaInference;
    this.reductionStrategy = Optional.ofNullable(b.reductionStrategy);
    this.disable = b.disable;
    this.snapshot = b.snapshot;
    this.explicitAcknowledgements = b.explicitAcknowledgements;
    this.opener = b.opener;
    this.webhookRule = b.webhookRule;
    this.webhookDocument = b.webhookDocument;
  }

  /** Starts a resource named {@code name}: its identity and recommended collection name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The resource name and recommended collection name. */
  public String name() {
    return name;
  }

  /** The collection key (JSON pointers). */
  public List<String> key() {
    return key;
  }

  /**
   * The document schema before decoration (discovery adds {@code _meta} and the inference hint).
   */
  public RawJson documentSchema() {
    return documentSchema;
  }

  /** The resource config discovery proposes; its resource path identifies the resource. */
  public RawJson resourceConfig() {
    return resourceConfig;
  }

  /** The resource path, e.g. {@code [name]} for the standard resource config. */
  public List<String> resourcePath() {
    return resourcePath;
  }

  /** Whether Flow infers the schema (which also applies the deletion reduction). */
  public boolean schemaInference() {
    return schemaInference;
  }

  /** The collection's reduction strategy, if any. */
  public Optional<String> reductionStrategy() {
    return reductionStrategy;
  }

  /** Whether the discovered binding is proposed disabled. */
  public boolean disable() {
    return disable;
  }

  /** Whether the resource is captured by snapshots (keyed on {@value #SNAPSHOT_KEY}). */
  public boolean snapshot() {
    return snapshot;
  }

  /** Whether capturing the resource needs Flow's explicit acknowledgements. */
  public boolean explicitAcknowledgements() {
    return explicitAcknowledgements;
  }

  /**
   * The match rule of a webhook resource (the rule its bindings have unless their resource config
   * gives one); empty for a resource that is not pushed to.
   */
  public Optional<MatchRule> webhookRule() {
    return Optional.ofNullable(webhookRule);
  }

  /**
   * The codec that checks a webhook resource's documents; empty unless it is a webhook resource.
   */
  public Optional<JsonCodec<?>> webhookDocument() {
    return Optional.ofNullable(webhookDocument);
  }

  /** What opening a binding of the resource runs. */
  public ResourceOpener<?, ?> opener() {
    return opener;
  }

  @Override
  public String toString() {
    return "resource " + name + " " + resourcePath;
  }

  /** Builds a {@link ResourceSpec}; every setter returns this builder. */
  public static final class Builder {
    private final String name;
    private List<String> key;
    private RawJson schema;
    private RawJson resourceConfig;
    private List<String> resourcePath;
    private Duration interval;
    private boolean schemaInference = true;
    private String reductionStrategy;
    private boolean disable;
    private boolean snapshot;
    private boolean explicitAcknowledgements;
    private ResourceOpener<?, ?> opener;
    private MatchRule webhookRule;
    private JsonCodec<?> webhookDocument;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a resource name must not be empty");
      }
    }

    /** The collection key, as JSON pointers into the document (e.g. {@code "/id"}). */
    public Builder key(String... pointers) {
      return key(Arrays.asList(pointers));
    }

    /** The collection key, as JSON pointers into the document. */
    public Builder key(List<String> pointers) {
      this.key = List.copyOf(pointers);
      return this;
    }

    /** The document schema (a JSON object), e.g. a generated codec's {@code SCHEMA}. Required. */
    public Builder schema(RawJson documentSchema) {
      this.schema = Objects.requireNonNull(documentSchema, "documentSchema");
      return this;
    }

    /**
     * The resource config discovery proposes, and the resource path it has under the capture's
     * resource path pointers. By default the standard resource config {@code {"name": name}} (plus
     * the {@link #interval}), whose path is {@code [name]}.
     */
    public Builder resourceConfig(RawJson config, List<String> path) {
      this.resourceConfig = Objects.requireNonNull(config, "config");
      this.resourcePath = List.copyOf(path);
      return this;
    }

    /** The polling interval of the standard resource config discovery proposes. */
    public Builder interval(Duration interval) {
      this.interval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /** Whether Flow infers the schema from the documents; on by default. */
    public Builder schemaInference(boolean on) {
      this.schemaInference = on;
      return this;
    }

    /** A reduction strategy for the collection ({@code merge}, {@code lastWriteWins}, ...). */
    public Builder reductionStrategy(String strategy) {
      this.reductionStrategy = Objects.requireNonNull(strategy, "strategy");
      return this;
    }

    /** Proposes the discovered binding disabled. */
    public Builder disabled() {
      this.disable = true;
      return this;
    }

    /**
     * Captures the resource by snapshots. Its key must contain {@value #SNAPSHOT_KEY}, the row
     * number the snapshot strategy assigns; without a {@link #key}, it is that alone.
     */
    public Builder snapshot() {
      this.snapshot = true;
      return this;
    }

    /** Capturing the resource needs Flow's explicit acknowledgements. */
    public Builder explicitAcknowledgements() {
      this.explicitAcknowledgements = true;
      return this;
    }

    /** What opening a binding runs. Required. */
    public Builder opener(ResourceOpener<?, ?> opener) {
      this.opener = Objects.requireNonNull(opener, "opener");
      return this;
    }

    /**
     * Makes this a webhook resource: requests to the capture's webhook endpoint that {@code rule}
     * routes here are captured as its documents, each checked by {@code document} (a generated
     * codec's {@code INSTANCE}) and given the webhook {@code _meta}. It sets what a webhook
     * resource needs: the document schema ({@code document}'s, with the webhook {@code _meta}), the
     * key {@value #WEBHOOK_KEY} unless {@link #key} sets one, the resource config {@code {"name":
     * ..., "match_rule": ...}} ({@link WebhookResourceConfig}), explicit acknowledgements, and an
     * opener that starts nothing (the endpoint does the capturing). See docs/webhooks.md.
     *
     * @throws IllegalArgumentException if {@code rule} is invalid, with its problem
     */
    public Builder webhook(MatchRule rule, JsonCodec<?> document) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(document, "document");
      String problem = rule.problem();
      if (problem != null) {
        throw new IllegalArgumentException("resource " + name + ": " + problem);
      }
      this.webhookRule = rule;
      this.webhookDocument = document;
      this.schema = WebhookSchema.withMeta(document.schema());
      this.explicitAcknowledgements = true;
      this.opener = binding -> Future.succeededFuture();
      return this;
    }

    /**
     * The resource.
     *
     * @throws IllegalArgumentException naming the resource and what is missing or wrong
     */
    public ResourceSpec build() {
      if (schema == null) {
        throw missing("schema(RawJson)", "a document schema");
      }
      if (opener == null) {
        throw missing("opener(ResourceOpener)", "an opener");
      }
      if (snapshot && key == null) {
        key = List.of(SNAPSHOT_KEY);
      }
      if (webhookRule != null) {
        if (snapshot) {
          throw new IllegalArgumentException(
              "resource "
                  + name
                  + " cannot be both a webhook and a snapshot resource; call only one of"
                  + " webhook(...) and snapshot()");
        }
        if (key == null) {
          key = List.of(WEBHOOK_KEY);
        }
        if (resourceConfig == null && interval == null) {
          resourceConfig =
              WebhookResourceConfigJson.encode(new WebhookResourceConfig(name, webhookRule, null));
          resourcePath = List.of(name);
        }
      }
      if (snapshot && !key.contains(SNAPSHOT_KEY)) {
        throw new IllegalArgumentException(
            "resource "
                + name
                + " is a snapshot resource, so its key must contain "
                + SNAPSHOT_KEY
                + " (the row number the snapshot strategy assigns, which addresses the document a"
                + " deletion removes), but it is "
                + key
                + "; add "
                + SNAPSHOT_KEY
                + " to key(...)");
      }
      if (key == null || key.isEmpty()) {
        throw missing("key(String...)", "at least one collection key pointer");
      }
      for (String pointer : key) {
        if (!pointer.startsWith("/")) {
          throw new IllegalArgumentException(
              "resource "
                  + name
                  + ": key "
                  + pointer
                  + " is not a JSON pointer; write it with a leading slash, e.g. /"
                  + pointer);
        }
      }
      if (resourceConfig == null) {
        resourceConfig = ResourceConfigJson.encode(new ResourceConfig(name, interval, null));
        resourcePath = List.of(name);
      } else if (interval != null) {
        throw new IllegalArgumentException(
            "resource "
                + name
                + ": interval(Duration) sets the standard resource config's interval, but"
                + " resourceConfig(RawJson, List) was given too; put the interval in that config");
      }
      return new ResourceSpec(this);
    }

    private IllegalArgumentException missing(String method, String what) {
      return new IllegalArgumentException(
          "resource " + name + " needs " + what + "; call " + method + " before build()");
    }
  }
}
