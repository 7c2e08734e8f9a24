package flowcdk.common.http;

import flowcdk.connector.http.Auth;

/**
 * Where a token goes and how it is prefixed: {@code Authorization: <type> <token>}, the bare token
 * when the type is empty, and the bare token in any other header.
 *
 * @param name the header's name
 * @param tokenType the prefix in the {@code Authorization} header; may be empty
 */
record HeaderStyle(String name, String tokenType) {

  /** The style {@code auth} configures. */
  static HeaderStyle of(Auth auth) {
    return new HeaderStyle(auth.headerName(), auth.tokenType());
  }

  /** This style with token type {@code Basic}, as basic authentication always has. */
  HeaderStyle basic() {
    return new HeaderStyle(name, "Basic");
  }

  /** Whether the header is {@code Authorization} (header names are case-insensitive). */
  boolean isAuthorization() {
    return name.equalsIgnoreCase(Auth.DEFAULT_HEADER);
  }

  /** Whether this style sends a bare token in the {@code Authorization} header. */
  boolean isBareAuthorization() {
    return isAuthorization() && tokenType.isEmpty();
  }

  /** The header carrying {@code token}. */
  AuthHeader header(String token) {
    return new AuthHeader(
        name, isAuthorization() && !tokenType.isEmpty() ? tokenType + " " + token : token);
  }
}
