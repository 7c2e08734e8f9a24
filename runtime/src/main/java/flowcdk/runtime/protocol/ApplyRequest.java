package flowcdk.runtime.protocol;

import java.util.Optional;

/**
 * {@code apply}: Flow tells the connector that a capture is being published, so it can prepare the
 * endpoint (most captures do nothing). The connector answers with one {@link AppliedResponse}.
 *
 * @param capture the capture being published
 * @param version the publication's version identifier; {@code ""} when Flow sent none
 * @param lastCapture the previously published version of the capture, if any
 * @param lastVersion the version identifier of {@code lastCapture}, if any
 */
public record ApplyRequest(
    CaptureSpec capture,
    String version,
    Optional<CaptureSpec> lastCapture,
    Optional<String> lastVersion)
    implements Request {

  /**
   * Creates the record. Checks that no component is null.
   *
   * @param capture see {@link #capture()}
   * @param version see {@link #version()}
   * @param lastCapture see {@link #lastCapture()}
   * @param lastVersion see {@link #lastVersion()}
   * @throws NullPointerException if a component is null
   */
  public ApplyRequest {
    Checks.notNull(capture, "capture");
    Checks.notNull(version, "version");
    Checks.notNull(lastCapture, "lastCapture");
    Checks.notNull(lastVersion, "lastVersion");
  }
}
