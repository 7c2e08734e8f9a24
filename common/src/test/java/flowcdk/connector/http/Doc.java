package flowcdk.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/** A document of the paging test's API. */
@Model
record Doc(@JsonProperty(required = true) long id, String name) {}
