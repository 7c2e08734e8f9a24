package flowcdk.connector.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/**
 * An item of the streaming tests: a record of an API's export.
 *
 * @param id its key
 * @param name its name, if any
 */
@Model
public record Row(@JsonProperty(required = true) long id, String name) {}
