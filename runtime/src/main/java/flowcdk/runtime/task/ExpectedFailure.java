package flowcdk.runtime.task;

/**
 * Marks an exception as an expected failure whose message says everything the user needs (what is
 * wrong and what to do): a task failing with one is logged without a stack trace. The API package's
 * {@code ActionableException} is the author-facing exception that carries it (this package must not
 * depend on that one, which depends on this).
 */
public interface ExpectedFailure {}
