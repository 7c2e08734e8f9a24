package flowcdk.runtime.task;

/**
 * The capture stopped because a task failed. Its message is Flow's {@code "Task <name>: <message>"}
 * for the first task that failed; the cause is that task's exception.
 */
public final class TaskFailedException extends RuntimeException {

  private final String taskName;

  /** The failure of the task named {@code taskName} with {@code cause}. */
  public TaskFailedException(String taskName, Throwable cause) {
    super("Task " + taskName + ": " + describe(cause), cause);
    this.taskName = taskName;
  }

  /** The failed task's name, e.g. {@code capture.users.incremental}. */
  public String taskName() {
    return taskName;
  }

  /** An exception's message, or its type name when it has none. */
  static String describe(Throwable error) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getName() : message;
  }
}
