package flowcdk.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Meta;
import java.time.Instant;
import java.util.List;

/**
 * Document {@code i} of binding {@code b}.
 *
 * @param meta never set by the bench (so never written)
 * @param id the document number
 * @param name {@code item-b-i}
 * @param updatedAt 2024-01-01T00:00:00Z plus {@code i} seconds
 * @param score {@code i * 0.5}
 * @param active whether {@code i} is even
 * @param nested a nested object
 * @param pad {@code x} repeated
 */
@Model
public record Item(
    Meta meta,
    long id,
    @JsonProperty(required = true) String name,
    @JsonProperty(value = "updated_at", required = true) Instant updatedAt,
    double score,
    boolean active,
    @JsonProperty(required = true) Nested nested,
    @JsonProperty(required = true) String pad) {

  /**
   * The nested part.
   *
   * @param a the document number
   * @param b always "nested"
   * @param c always [1, 2, 3]
   */
  @Model
  public record Nested(
      long a,
      @JsonProperty(required = true) String b,
      @JsonProperty(required = true) List<Integer> c) {}
}
