package flowcdk.connector.state;

import java.time.Instant;
import java.util.Objects;

/**
 * Snapshot progress: when the last pass ran, how many documents it had and their digest.
 *
 * @param updatedAt when the last pass started
 * @param lastCount the number of documents in the last emitted pass
 * @param lastDigest the digest of the last emitted pass
 */
public record Snapshot(Instant updatedAt, long lastCount, String lastDigest) {

  /** The state a binding without snapshot state starts from. */
  public static final Snapshot INITIAL = new Snapshot(Instant.EPOCH, 0, "");

  /** Checks the parts. */
  public Snapshot {
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(lastDigest, "lastDigest");
  }
}
