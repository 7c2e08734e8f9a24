package acme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.time.Instant;
import java.util.Objects;

/** A final-class model: a @JsonCreator constructor, getters, a public field and a plain accessor. */
@Model(strict = true)
public final class Window {
  private final Instant start;
  private final Instant end;
  public final int step;
  private final Status status;

  /** The fields; the convenience constructor below is not the codec's. */
  @JsonCreator
  public Window(Instant start, @JsonProperty("end_time") Instant end, int step, Status status) {
    this.start = Objects.requireNonNull(start);
    this.end = end;
    this.step = step;
    this.status = status;
  }

  /** A one-step window. */
  public Window(Instant start) {
    this(start, null, 1, Status.OPEN);
  }

  public Instant getStart() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public Status status() {
    return status;
  }
}
