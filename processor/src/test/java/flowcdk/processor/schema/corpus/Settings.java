package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/** A record with an ignored component (it needs a second constructor). */
@Model
public record Settings(
    String theme, @JsonIgnore String cache, @JsonProperty(defaultValue = "en") String locale) {
  public Settings(String theme, String locale) {
    this(theme, null, locale);
  }
}
