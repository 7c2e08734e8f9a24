package acme;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import flowcdk.runtime.codec.Meta;
import flowcdk.runtime.json.RawJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A captured document: _meta, undeclared properties, collections, Optional and an enum. */
@Model
public record Event(
    @JsonProperty("_meta") Meta meta,
    @JsonProperty(required = true) String id,
    Kind kind,
    Instant createdAt,
    Optional<LocalDate> day,
    Optional<String> note,
    List<String> tags,
    Set<Kind> seen,
    Map<String, BigDecimal> totals,
    List<List<Integer>> grid,
    long[] counters,
    byte[] signature,
    UUID traceId,
    RawJson payload,
    Extras extras) {

  /** What happened. */
  public enum Kind {
    @JsonProperty("created") CREATED,
    @JsonProperty("deleted") DELETED
  }

  /** Derived, not a property: only record components are. */
  public boolean deleted() {
    return kind == Kind.DELETED;
  }
}
