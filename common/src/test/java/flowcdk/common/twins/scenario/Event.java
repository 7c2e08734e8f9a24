package flowcdk.common.twins.scenario;

import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Meta;
import java.time.Instant;

/**
 * An event document {@code {"id": i, "ts": 2024-01-01T00:00Z + i minutes}}.
 *
 * @param meta the document's metadata (never set by this source)
 * @param id the event number
 * @param ts when it happened
 */
@Model
public record Event(Meta meta, long id, @flowcdk.common.twins.scenario.NotNull Instant ts) {

  /** The first event's time. */
  static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  /** Event {@code i}. */
  static Event of(long i) {
    return new Event(null, i, EPOCH.plusSeconds(60 * i));
  }
}
