package flowcdk.runtime.task;

/**
 * Marks an exception as an expected failure whose message says everything the user needs (what is
 * wrong and what to do): a task failing with one, or a request failing with one, is logged without
 * a stack trace. The author API's {@code flowcdk.connector.ActionableException} and {@code
 * ValidationException} carry it; the runtime knows them only through this interface.
 */
public interface ExpectedFailure {}
