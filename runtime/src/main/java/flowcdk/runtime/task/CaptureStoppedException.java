package flowcdk.runtime.task;

/**
 * Thrown to (or failing the future of) a producer that was waiting or producing when the capture
 * was asked to stop: a checkpoint waiting on back-pressure or an acknowledgement, or a blocking
 * sink used after the stop. A task whose work ends with it (anywhere in the cause chain) while the
 * capture is stopping ends without error; its uncommitted documents are dropped, and are captured
 * again at the next start, as nothing after the last written checkpoint was recorded.
 */
public final class CaptureStoppedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception saying that {@code task} stopped because the capture is stopping. */
  public CaptureStoppedException(String task, String reason) {
    super(
        "task "
            + task
            + " was stopped because the capture is stopping"
            + (reason == null ? "" : " (" + reason + ")"));
  }

  /**
   * Like {@link #CaptureStoppedException(String, String)}, for a failure the stop caused (e.g. a
   * query cancelled when the capture stopped).
   */
  public CaptureStoppedException(String task, String reason, Throwable cause) {
    this(task, reason);
    initCause(cause);
  }

  /** Whether {@code error} or one of its causes is a {@link CaptureStoppedException}. */
  public static boolean isCause(Throwable error) {
    Throwable e = error;
    for (int depth = 0; e != null && depth < 64; depth++, e = e.getCause()) {
      if (e instanceof CaptureStoppedException) {
        return true;
      }
    }
    return false;
  }
}
