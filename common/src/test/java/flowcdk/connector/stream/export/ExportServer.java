package flowcdk.connector.stream.export;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;

/**
 * A test server with one huge export, generated as it is sent and never stored: {@code GET
 * /export?after=<id>} answers {@code {"items":[records after..records],"total":n}}, record {@code
 * i} being {@code {"id":i,"name":"record-i","body":"<pad>"}}. It writes only while the connection
 * has room, so the client's pace sets the server's.
 */
final class ExportServer {

  private final HttpServer server;
  private final long records;
  private final String pad;

  private ExportServer(HttpServer server, long records, String pad) {
    this.server = server;
    this.records = records;
    this.pad = pad;
  }

  /**
   * Starts a server on 127.0.0.1 with {@code records} records whose {@code body} is {@code
   * padLength} characters long.
   */
  static Future<ExportServer> start(Vertx vertx, long records, int padLength) {
    String pad = "x".repeat(padLength);
    HttpServer server = vertx.createHttpServer();
    ExportServer export = new ExportServer(server, records, pad);
    server.requestHandler(export::handle);
    return server.listen(0, "127.0.0.1").map(s -> export);
  }

  /** The address to give the connector as its base URL. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /**
   * The size in bytes of the body of the whole export (from record 1) of {@code records} records
   * whose {@code body} is {@code padLength} characters long.
   */
  static long bodyBytes(long records, int padLength) {
    long fixed = "{\"id\":,\"name\":\"record-\",\"body\":\"\"}".length() + padLength;
    long bytes =
        "{\"items\":[".length() + "],\"total\":}".length() + Long.toString(records).length();
    for (long i = 1; i <= records; i++) {
      bytes += fixed + 2L * Long.toString(i).length() + (i > 1 ? 1 : 0);
    }
    return bytes;
  }

  Future<Void> close() {
    return server.close();
  }

  private void handle(HttpServerRequest request) {
    HttpServerResponse response = request.response();
    String after = request.getParam("after", "0");
    if (!request.path().equals("/export") || !after.matches("[0-9]+")) {
      response.setStatusCode(404).end("no such export: " + request.uri());
      return;
    }
    long first = Long.parseLong(after) + 1;
    response.setChunked(true).putHeader("Content-Type", "application/json");
    response.write("{\"items\":[");
    pump(response, first, first);
  }

  private String record(long id) {
    return "{\"id\":" + id + ",\"name\":\"record-" + id + "\",\"body\":\"" + pad + "\"}";
  }

  /** Writes records from {@code next} on while the connection has room; ends after the last. */
  private void pump(HttpServerResponse response, long first, long next) {
    long id = next;
    while (id <= records && !response.writeQueueFull()) {
      StringBuilder chunk = new StringBuilder(64 * 1024 + pad.length() + 64);
      while (id <= records && chunk.length() < 64 * 1024) {
        if (id > first) {
          chunk.append(',');
        }
        chunk.append(record(id++));
      }
      response.write(Buffer.buffer(chunk.toString().getBytes(StandardCharsets.UTF_8)));
    }
    if (id > records) {
      response.drainHandler(null);
      response.end("],\"total\":" + Math.max(0, records - first + 1) + "}");
    } else {
      long resume = id;
      response.drainHandler(v -> pump(response, first, resume));
    }
  }
}
