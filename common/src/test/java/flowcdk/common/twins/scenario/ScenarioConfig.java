package flowcdk.common.twins.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.time.Instant;

/**
 * The scenario connector's config (fixtures/README.md).
 *
 * @param events how many events exist
 * @param rows how many rows the lookup snapshot has
 * @param now the source's "now": incremental reads events up to it
 */
@Model
public record ScenarioConfig(int events, int rows, @JsonProperty(required = true) Instant now) {}
