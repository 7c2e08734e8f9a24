package flowcdk.bench.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.time.Instant;

/**
 * A bench document as one CSV row (the streaming benchmark's CSV file): the bench {@code Item}
 * without its nested object.
 *
 * @param id the document number
 * @param name {@code item-0-i}
 * @param updatedAt 2024-01-01T00:00:00Z plus {@code i} seconds
 * @param score {@code i * 0.5}
 * @param active whether {@code i} is even
 * @param pad {@code x} repeated
 */
@Model
public record CsvItem(
    long id,
    @JsonProperty(required = true) String name,
    @JsonProperty(value = "updated_at", required = true) Instant updatedAt,
    double score,
    boolean active,
    @JsonProperty(required = true) String pad) {}
