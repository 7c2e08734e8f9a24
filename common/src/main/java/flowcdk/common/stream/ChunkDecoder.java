package flowcdk.common.stream;

import java.util.function.Consumer;

/**
 * Turns chunks of input into items, keeping whatever an item needs from one chunk to the next. A
 * {@link DecodingStream} calls it one chunk at a time, never concurrently, and then {@link
 * #end(Consumer)} once after the last chunk.
 *
 * @param <I> the chunk type, e.g. a {@code Buffer} of bytes
 * @param <O> the item type
 */
public interface ChunkDecoder<I, O> {

  /**
   * Decodes {@code chunk}, giving {@code out} every item it completes, in order.
   *
   * @throws Exception if the input is not valid; the stream then fails with it, after the items
   *     given to {@code out} before it
   */
  void chunk(I chunk, Consumer<? super O> out) throws Exception;

  /**
   * The input ended: gives {@code out} the items still held, or fails if the input stopped in the
   * middle of one. Does nothing by default.
   *
   * @throws Exception if the input is incomplete or not valid
   */
  default void end(Consumer<? super O> out) throws Exception {}
}
