package flowcdk.common.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import flowcdk.connector.ActionableException;
import flowcdk.runtime.json.JsonFactories;
import flowcdk.runtime.log.Logging;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a Google service account's JSON key file that sign token requests. Parsing never
 * quotes the key in its messages, and registers the private key with the log redactor.
 *
 * @param clientEmail the account, the assertion's issuer
 * @param privateKey the RSA key that signs assertions
 * @param tokenUri where assertions are exchanged for access tokens
 * @param privateKeyId the key's id, the assertion's {@code kid}; {@code null} if the file has none
 */
record ServiceAccountKey(
    String clientEmail, PrivateKey privateKey, String tokenUri, String privateKeyId) {

  /** Google's token endpoint, for the rare key file without {@code token_uri}. */
  static final String DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token";

  private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String END = "-----END PRIVATE KEY-----";
  private static final List<String> FIELDS =
      List.of("client_email", "private_key", "token_uri", "private_key_id");

  /**
   * Reads the key file text {@code json}.
   *
   * @throws ActionableException naming the field that is missing or malformed
   */
  static ServiceAccountKey parse(String json) {
    if (json == null || json.isBlank()) {
      throw invalid("it is empty; paste the service account's JSON key file");
    }
    Map<String, String> fields = fields(json);
    String email = required(fields, "client_email");
    String pem = required(fields, "private_key");
    Logging.redactor().registerValue(pem);
    String uri = fields.getOrDefault("token_uri", DEFAULT_TOKEN_URI);
    if (!uri.startsWith("https://") && !uri.startsWith("http://")) {
      throw invalid("its token_uri is not an http(s) URL");
    }
    return new ServiceAccountKey(email, privateKey(pem), uri, fields.get("private_key_id"));
  }

  /** The string members this record needs; others are skipped. */
  private static Map<String, String> fields(String json) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser parser = JsonFactories.factory().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw invalid("it is not a JSON object; paste the whole JSON key file");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!FIELDS.contains(name)) {
          parser.skipChildren();
        } else if (value == JsonToken.VALUE_STRING) {
          fields.put(name, parser.getText());
        } else if (value != JsonToken.VALUE_NULL) {
          throw invalid("its " + name + " is not a string");
        }
      }
    } catch (JsonProcessingException e) {
      // Jackson's own message may quote the text around the error, which is the key: only say
      // where.
      JsonLocation at = e.getLocation();
      throw invalid(
          "it is not valid JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
              + "; paste the whole JSON key file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }

  private static String required(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null || value.isBlank()) {
      throw invalid("it has no " + name + "; paste the whole JSON key file Google gave");
    }
    return value;
  }

  private static PrivateKey privateKey(String pem) {
    String text = pem.strip();
    if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
      throw invalid(
          "its private_key is not a PEM-encoded PKCS#8 private key ("
              + BEGIN
              + " ... "
              + END
              + ")");
    }
    String body = text.substring(BEGIN.length(), text.length() - END.length());
    // Each line too: a log line may hold the key with its line breaks escaped.
    body.lines().map(String::strip).forEach(Logging.redactor()::registerValue);
    try {
      byte[] der = Base64.getMimeDecoder().decode(body);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      // The cause is left out: its message may describe the key's bytes.
      throw invalid("its private_key is not a valid RSA private key in PKCS#8 form");
    }
  }

  private static ActionableException invalid(String problem) {
    return new ActionableException(
        "the Google service account key (service_account) is malformed: " + problem + ".");
  }

  /** The account and token URI: the private key is a secret. */
  @Override
  public String toString() {
    return "ServiceAccountKey[clientEmail="
        + clientEmail
        + ", privateKey=[redacted], tokenUri="
        + tokenUri
        + ", privateKeyId="
        + privateKeyId
        + "]";
  }
}
