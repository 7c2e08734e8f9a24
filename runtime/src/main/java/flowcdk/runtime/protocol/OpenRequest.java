package flowcdk.runtime.protocol;

import flowcdk.runtime.json.RawJson;

/**
 * {@code open}: Flow starts the capture. The connector answers with one {@link OpenedResponse} and
 * then streams {@link CapturedResponse}, {@link SourcedSchemaResponse} and {@link
 * CheckpointResponse} messages until it stops.
 *
 * @param capture the capture to run
 * @param version the capture's published version identifier; {@code ""} when Flow sent none
 * @param range the key and r-clock range of this shard; {@link Range#FULL} when absent
 * @param state the connector state Flow persisted from earlier checkpoints, fully reduced (a JSON
 *     object); {@code {}} when there is none yet
 */
public record OpenRequest(CaptureSpec capture, String version, Range range, RawJson state)
    implements Request {

  /**
   * Creates the record. Checks that no component is null and that the state is an object.
   *
   * @param capture see {@link #capture()}
   * @param version see {@link #version()}
   * @param range see {@link #range()}
   * @param state see {@link #state()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a value is out of range or not a JSON object
   */
  public OpenRequest {
    Checks.notNull(capture, "capture");
    Checks.notNull(version, "version");
    Checks.notNull(range, "range");
    Checks.object(state, "state");
  }
}
