/**
 * The machinery of streamed processing: a {@link flowcdk.common.stream.DecodingStream} turns a
 * Vert.x stream of chunks into a stream of items with a {@link flowcdk.common.stream.ChunkDecoder},
 * keeping the consumer's back-pressure all the way to the source (the gzip and zip decoders are
 * chunk decoders); an {@link flowcdk.common.stream.Outlet} is the consumer's side of the streams
 * whose items are not decoded from chunks (zip members, ordered mapping, merging). Authors use
 * {@code flowcdk.connector.stream}.
 */
package flowcdk.common.stream;
