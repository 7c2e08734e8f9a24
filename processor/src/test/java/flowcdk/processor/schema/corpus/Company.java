package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.util.Map;

/** Models nested two deep, and as map values. */
@Model
public record Company(String name, Person ceo, Map<String, Address> offices, Person[] board) {}
