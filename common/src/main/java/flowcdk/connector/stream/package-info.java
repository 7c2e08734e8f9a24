/**
 * Streamed response processing: items out of large bodies in bounded memory, as Vert.x {@link
 * io.vertx.core.streams.ReadStream}s with back-pressure, and {@link
 * flowcdk.connector.stream.Streams} to consume them and fan work out over them: items of a JSON
 * body ({@link flowcdk.connector.stream.JsonItems}), rows of a CSV body ({@link
 * flowcdk.connector.stream.CsvRows}), and compressed bodies unpacked as they stream in ({@link
 * flowcdk.connector.stream.Gzip}, {@link flowcdk.connector.stream.Zip}). See docs/streaming.md.
 */
package flowcdk.connector.stream;
