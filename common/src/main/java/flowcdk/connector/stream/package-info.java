/**
 * Streamed response processing: items out of large bodies in bounded memory, as Vert.x {@link
 * io.vertx.core.streams.ReadStream}s with back-pressure, and {@link
 * flowcdk.connector.stream.Streams} to consume them and fan work out over them. {@link
 * flowcdk.connector.stream.Gzip} and {@link flowcdk.connector.stream.Zip} unpack compressed bodies
 * as they stream in. See docs/streaming.md.
 */
package flowcdk.connector.stream;
