/**
 * The machinery of streamed processing: a {@link flowcdk.common.stream.DecodingStream} turns a
 * Vert.x stream of chunks into a stream of items with a {@link flowcdk.common.stream.ChunkDecoder},
 * keeping the consumer's back-pressure all the way to the source. Authors use {@code
 * flowcdk.connector.stream}.
 */
package flowcdk.common.stream;
