package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** java.time and UUID. */
@Model
public record Temporals(
    Instant at,
    OffsetDateTime offsetAt,
    LocalDate day,
    LocalDateTime localAt,
    LocalTime clock,
    Duration interval,
    UUID id) {}
