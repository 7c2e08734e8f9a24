package flowcdk.connector.dispatch;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;

/** A test config: the tables a connector finds only at run time. */
@Model
record TablesConfig(@JsonProperty(required = true) List<String> tables, Integer port) {}
