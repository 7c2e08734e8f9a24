package flowcdk.blackbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A config with many kinds of members, for reporting every decode problem at once. */
@Model
public record EndpointConfig(
    @NotNull String name,
    int port,
    @NotNull Credentials credentials,
    @JsonProperty("start_date") Instant startDate,
    List<Integer> ids,
    Map<String, Outer.Inner> byKey,
    List<Credentials> others,
    Color color,
    StrictResource resource) {}
