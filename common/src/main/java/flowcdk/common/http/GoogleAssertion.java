package flowcdk.common.http;

import flowcdk.runtime.json.JsonValues;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The token request of a Google service account: a JWT assertion signed with the account's key
 * (RS256), exchanged at the key's {@code token_uri} with the JWT-bearer grant.
 */
final class GoogleAssertion {

  /** The JWT-bearer grant type. */
  static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  /** How long an assertion is valid: Google's maximum. */
  static final Duration LIFETIME = Duration.ofHours(1);

  private GoogleAssertion() {}

  /** The token request of {@code key} for {@code scopes}, signed at {@code now}. */
  static TokenRequest request(ServiceAccountKey key, List<String> scopes, Instant now) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", GRANT_TYPE);
    form.put("assertion", jwt(key, scopes, now));
    return new TokenRequest(key.tokenUri(), form, Map.of());
  }

  /** The signed assertion: {@code header.claims.signature}, each base64url without padding. */
  static String jwt(ServiceAccountKey key, List<String> scopes, Instant now) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("typ", "JWT");
    if (key.privateKeyId() != null) {
      header.put("kid", key.privateKeyId());
    }
    long issuedAt = now.getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", key.clientEmail());
    claims.put("scope", String.join(" ", scopes));
    claims.put("aud", key.tokenUri());
    claims.put("iat", issuedAt);
    claims.put("exp", issuedAt + LIFETIME.toSeconds());
    String signed = base64Url(json(header)) + "." + base64Url(json(claims));
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key.privateKey());
      signature.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed + "." + base64Url(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "could not sign the Google service account assertion with SHA256withRSA", e);
    }
  }

  private static byte[] json(Map<String, Object> members) {
    return JsonValues.toRawJson(members).toByteArray();
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
