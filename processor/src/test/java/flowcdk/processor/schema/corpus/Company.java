package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.util.Map;

/** Models nested two deep, and as map values. */
@Model
@SuppressWarnings("ArrayRecordComponent") // arrays are among what these schemas are compared on
public record Company(String name, Person ceo, Map<String, Address> offices, Person[] board) {}
