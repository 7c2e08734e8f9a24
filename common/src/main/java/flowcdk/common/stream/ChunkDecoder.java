package flowcdk.common.stream;

import java.util.function.Consumer;

/**
 * Turns chunks of input into items, keeping whatever an item needs from one chunk to the next. A
 * {@link DecodingStream} calls it one chunk at a time, never concurrently, and then {@link
 * #end(Consumer)} once after the last chunk.
 *
 * <p>A decoder whose output can be much larger than its input (a decompressor: one chunk may
 * inflate a thousandfold) need not decode a whole chunk at once: it may stop after a few items,
 * keep the rest of the chunk, and say so with {@link #hasMore()}; the stream then calls {@link
 * #more(Consumer)} each time the consumer wants items again, and asks for the next chunk (or calls
 * {@link #end(Consumer)}) only once {@link #hasMore()} is false. Memory then stays bounded by a few
 * items rather than by a chunk's whole output.
 *
 * @param <I> the chunk type, e.g. a {@code Buffer} of bytes
 * @param <O> the item type
 */
public interface ChunkDecoder<I, O> {

  /**
   * Decodes {@code chunk}, giving {@code out} every item it completes, in order. A decoder that
   * holds input ({@link #hasMore()}) is normally given the next chunk only once it holds none; an
   * upstream that pushes chunks it was not asked for may break that, so such a decoder keeps a new
   * chunk after the input it holds.
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

  /**
   * Whether input given to {@link #chunk} is still held undecoded (see the type's description).
   * False by default: the default decoder decodes each chunk whole.
   */
  default boolean hasMore() {
    return false;
  }

  /**
   * Decodes more of the held input, giving {@code out} the items it completes. Called only while
   * {@link #hasMore()} is true; each call must give at least one item or make {@link #hasMore()}
   * false, so the stream never spins. Does nothing by default.
   *
   * @throws Exception if the input is not valid
   */
  default void more(Consumer<? super O> out) throws Exception {}
}
