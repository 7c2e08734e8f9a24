package flowcdk.connector.state;

import java.time.Instant;

/**
 * The state of one binding, {@code bindingStateV1[stateKey]}, in the Python CDK's shape. Every
 * member is optional: {@code null} means absent, and absent members are not written, so a
 * checkpoint of a {@code ResourceState} patches only what it sets.
 *
 * @param inc incremental progress
 * @param backfill backfill progress; absent when no backfill is in progress
 * @param snapshot snapshot progress
 * @param lastInitialized when the binding was last (re)initialized
 * @param isConnectorInitiated whether that initialization was started by the resource's schedule
 */
public record ResourceState(
    Slot<Incremental> inc,
    Slot<Backfill> backfill,
    Slot<Snapshot> snapshot,
    Instant lastInitialized,
    Boolean isConnectorInitiated) {

  /** The empty state {@code {}}. */
  public static final ResourceState EMPTY = new ResourceState(null, null, null, null, null);

  /** A copy with {@code inc} replaced. */
  public ResourceState withInc(Slot<Incremental> value) {
    return new ResourceState(value, backfill, snapshot, lastInitialized, isConnectorInitiated);
  }

  /** A copy with {@code backfill} replaced. */
  public ResourceState withBackfill(Slot<Backfill> value) {
    return new ResourceState(inc, value, snapshot, lastInitialized, isConnectorInitiated);
  }

  /** A copy with {@code snapshot} replaced. */
  public ResourceState withSnapshot(Slot<Snapshot> value) {
    return new ResourceState(inc, backfill, value, lastInitialized, isConnectorInitiated);
  }

  /** A copy with {@code last_initialized} replaced. */
  public ResourceState withLastInitialized(Instant value) {
    return new ResourceState(inc, backfill, snapshot, value, isConnectorInitiated);
  }

  /** A copy with {@code is_connector_initiated} replaced. */
  public ResourceState withConnectorInitiated(Boolean value) {
    return new ResourceState(inc, backfill, snapshot, lastInitialized, value);
  }
}
