package flowcdk.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;

/** A page of the paging test's API: its documents and the URL of the next page, if any. */
@Model
record DocPage(@JsonProperty(required = true) List<Doc> docs, String next) {}
