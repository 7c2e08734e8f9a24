package flowcdk.example.webhooks.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A webhook sender: posts to the connector's endpoint on 127.0.0.1 over real HTTP. */
public final class Post {

  /** What the endpoint answered. */
  public record Answer(int status, String body, Map<String, java.util.List<String>> headers) {}

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  private final int port;

  /** Posts to {@code port}. */
  public Post(int port) {
    this.port = port;
  }

  /** A port no one listens on now. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  /** POSTs {@code body} to {@code path} with {@code headers} (name, value, name, value...). */
  public Answer send(String path, String body, String... headers)
      throws IOException, InterruptedException {
    return request("POST", path, body, headers);
  }

  /** Sends {@code body} with {@code method} to {@code path}. */
  public Answer request(String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofMinutes(2))
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body(), response.headers().map());
  }

  /**
   * The status line the endpoint answers a POST announcing {@code length} body bytes with, before
   * any body is sent (a client that would send more than the endpoint accepts).
   */
  public String statusLineForLength(long length) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /big HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c; (c = in.read()) != -1 && c != '\r'; ) {
        line.append((char) c);
      }
      return line.toString();
    }
  }
}
