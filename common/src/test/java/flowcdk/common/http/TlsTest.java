package flowcdk.common.http;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import flowcdk.connector.http.HttpRequest;
import flowcdk.connector.http.HttpTransportException;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.SelfSignedCertificate;
import org.junit.jupiter.api.Test;

/** TLS is verified against the JDK's trust store: a certificate nobody vouches for is refused. */
class TlsTest extends HttpTestBase {

  @Test
  // Vert.x's self-signed certificate is deprecated for removal, but it is the one way to make a
  // certificate in a test without a tool or another library; replace it when it goes.
  @SuppressWarnings("removal")
  void aSelfSignedCertificateIsRefused() throws Exception {
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    HttpServer tls =
        vertx
            .createHttpServer(
                new HttpServerOptions()
                    .setSsl(true)
                    .setKeyCertOptions(certificate.keyCertOptions()))
            .requestHandler(request -> request.response().end("should not be reached"));
    Await.result(tls.listen(0, "127.0.0.1"));
    try {
      String url = "https://127.0.0.1:" + tls.actualPort() + "/secret";

      Throwable failure = Await.failure(http.request(HttpRequest.get(url)));

      HttpTransportException error = assertInstanceOf(HttpTransportException.class, failure);
      assertTrue(
          error.getMessage().startsWith("GET " + url + ": failed after 4 attempts: "),
          error.getMessage());
      // The reason is named, not just "Failed to create SSL connection".
      assertTrue(error.getMessage().contains("certification path"), error.getMessage());
    } finally {
      Await.result(tls.close());
      certificate.delete();
    }
  }
}
