package flowcdk.blackbox;

import flowcdk.annotations.Model;

/** A model compiled with the tests: proves test compilation runs the processor too. */
@Model
record TestScoped(String value) {}
