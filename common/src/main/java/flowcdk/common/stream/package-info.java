/**
 * The machinery of streamed processing: a {@link flowcdk.common.stream.DecodingStream} turns a
 * Vert.x stream of chunks into a stream of items with a {@link flowcdk.common.stream.ChunkDecoder},
 * keeping the consumer's back-pressure all the way to the source (the gzip, zip, CSV and JSON
 * decoders are chunk decoders, and a {@link flowcdk.common.stream.ChunkedIterator} runs one over a
 * blocking input instead); an {@link flowcdk.common.stream.Outlet} is the consumer's side of the
 * streams whose items are not decoded from chunks (zip members, ordered mapping, merging). Nothing
 * here depends on the author package {@code flowcdk.connector.stream}: failures are this package's
 * own (e.g. {@code CsvFailure}) and become the author's exceptions at that package's edge.
 */
package flowcdk.common.stream;
