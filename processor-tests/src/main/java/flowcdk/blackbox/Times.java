package flowcdk.blackbox;

import flowcdk.annotations.Model;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Dates, times and durations. */
@Model
public record Times(
    Instant instant,
    OffsetDateTime offsetDateTime,
    LocalDate date,
    LocalDateTime dateTime,
    LocalTime time,
    Duration duration) {}
