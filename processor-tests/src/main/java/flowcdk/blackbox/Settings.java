package flowcdk.blackbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/** Renames, defaults and an ignored component. */
@Model
public record Settings(
    @JsonProperty("start_date") LocalDate startDate,
    @JsonProperty(defaultValue = "PT5M") Duration interval,
    @JsonProperty(value = "page_size", defaultValue = "100") int pageSize,
    @JsonProperty(defaultValue = "green") Color color,
    @JsonProperty(defaultValue = "hello \"world\"") String greeting,
    @JsonProperty(defaultValue = "1.50") BigDecimal rate,
    @JsonProperty(defaultValue = "eu") Optional<String> region,
    @JsonProperty(defaultValue = "true") Boolean enabled,
    @JsonIgnore String cache) {

  /** The constructor users call; the ignored {@code cache} starts empty. */
  public Settings(
      LocalDate startDate,
      Duration interval,
      int pageSize,
      Color color,
      String greeting,
      BigDecimal rate,
      Optional<String> region,
      Boolean enabled) {
    this(startDate, interval, pageSize, color, greeting, rate, region, enabled, null);
  }
}
