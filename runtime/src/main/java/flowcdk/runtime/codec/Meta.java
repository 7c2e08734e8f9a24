package flowcdk.runtime.codec;

import flowcdk.runtime.json.RawJson;
import java.util.Objects;

/**
 * A document's {@code _meta} object (docs/models.md#document-metadata).
 *
 * <p>Presence follows the Python CDK's exclude-unset serialization: a {@code null} {@link #op} or
 * {@link #rowId} is absent and is not written at all (the schema defaults {@code "u"} and {@code
 * -1} exist only in the schema). {@link #extras} holds every other member: connector-specific ones
 * such as {@code store} or {@code webhookId}, and the {@code uuid} that Flow adds to documents it
 * hands back. A document whose {@code _meta} was never set should have no {@code _meta} member at
 * all, which is the enclosing model's business; {@code Meta.empty()} is written as {@code {}}.
 *
 * @param op the operation, or {@code null} if absent
 * @param rowId the row's position in a snapshot counting from 0, or {@code null} if absent
 * @param extras the other members, in order; never {@code null} ({@code null} is taken as {@link
 *     Extras#EMPTY})
 */
public record Meta(Op op, Long rowId, Extras extras) {

  private static final Meta EMPTY = new Meta(null, null, Extras.EMPTY);

  /**
   * Normalises a {@code null} {@code extras} to {@link Extras#EMPTY}.
   *
   * @throws IllegalArgumentException if {@code extras} has a member {@code op} or {@code row_id},
   *     which would be written twice
   */
  public Meta {
    extras = extras == null ? Extras.EMPTY : extras;
    if (extras.contains(MetaJson.OP) || extras.contains(MetaJson.ROW_ID)) {
      throw new IllegalArgumentException(
          "_meta extras must not hold op or row_id; use the record components: " + extras);
    }
  }

  /** No members: written as {@code {}}. */
  public static Meta empty() {
    return EMPTY;
  }

  /** Only {@code op}. */
  public static Meta of(Op op) {
    return new Meta(Objects.requireNonNull(op, "op"), null, Extras.EMPTY);
  }

  /** {@code op} and {@code row_id}, as the snapshot strategy writes them. */
  public static Meta row(Op op, long rowId) {
    return new Meta(Objects.requireNonNull(op, "op"), rowId, Extras.EMPTY);
  }

  /** {@code {"op":"d"}}: marks the document as a deletion. */
  public static Meta deleted() {
    return of(Op.DELETE);
  }

  /** A copy with {@code op} replaced ({@code null} = absent). */
  public Meta withOp(Op op) {
    return new Meta(op, rowId, extras);
  }

  /** A copy with {@code row_id} replaced ({@code null} = absent). */
  public Meta withRowId(Long rowId) {
    return new Meta(op, rowId, extras);
  }

  /** A copy with all extras replaced. */
  public Meta withExtras(Extras extras) {
    return new Meta(op, rowId, extras);
  }

  /** A copy with the extra member {@code name} set to {@code value} (replaced or appended). */
  public Meta withExtra(String name, RawJson value) {
    return new Meta(op, rowId, extras.with(name, value));
  }
}
