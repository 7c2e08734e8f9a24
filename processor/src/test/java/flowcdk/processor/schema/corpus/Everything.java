package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.runtime.codec.Extras;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A bit of everything in one root: many definitions. */
@Model
public record Everything(
    Person person,
    Company company,
    Optional<Credentials> credentials,
    Map<String, Outer.Inner> inners,
    List<Forest> forests,
    @JsonProperty("strict_one") StrictResource strictOne,
    OpenBag bag,
    Extras extras) {}
