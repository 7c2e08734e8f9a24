package flowcdk.connector;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.annotations.Nonsensitive;
import flowcdk.runtime.json.RawJson;
import java.time.Duration;

/**
 * The standard resource config with a re-backfill {@code schedule}, as the Python CDK's {@code
 * ResourceConfigWithSchedule}: a connector whose bindings should be backfilled again on a cron
 * schedule names it in {@code @Capture(resourceConfig = ResourceConfigWithSchedule.class)}. At
 * Open, a binding whose state has no backfill in progress is re-initialized when a scheduled time
 * passed since it was last initialized, and the capture stops at the next scheduled time so the
 * restart re-initializes it (see {@code flowcdk.common.time.Cron} for the grammar and matching).
 *
 * <p>The schema does not carry the Python CDK's {@code pattern} keyword for {@code schedule} (the
 * annotation processor has no way to emit one); a schedule outside the grammar is rejected at Open
 * instead.
 *
 * @param name the resource name
 * @param interval the minimum spacing between polls; absent means the resource's own default
 * @param schedule a cron expression, or empty for no schedule
 * @param meta opaque metadata Flow may attach; accepted and ignored
 */
@Model(strict = true)
@JsonClassDescription("ResourceConfig is a common resource configuration shape.")
public record ResourceConfigWithSchedule(
    @JsonProperty(required = true) @JsonPropertyDescription("Name of this resource") String name,
    @Nonsensitive @JsonPropertyDescription("Interval between updates for this resource")
        Duration interval,
    @Nonsensitive
        @JsonProperty(defaultValue = "")
        @JsonPropertyDescription(
            "Schedule to automatically rebackfill this binding. Accepts a cron expression.")
        String schedule,
    @JsonProperty("_meta") RawJson meta) {

  /** A config naming {@code name} with {@code schedule}, and no interval. */
  public static ResourceConfigWithSchedule named(String name, String schedule) {
    return new ResourceConfigWithSchedule(name, null, schedule, null);
  }
}
