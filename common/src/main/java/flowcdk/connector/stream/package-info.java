/**
 * Streamed response processing: items out of large bodies in bounded memory, as Vert.x {@link
 * io.vertx.core.streams.ReadStream}s with back-pressure, and {@link
 * flowcdk.connector.stream.Streams} to consume them. See docs/streaming.md.
 */
package flowcdk.connector.stream;
