package flowcdk.common.http;

import flowcdk.connector.http.Credentials;

/**
 * The capability of {@link Credentials} that decides the header, first match wins: a value should
 * implement one, but a connector record may implement several.
 */
enum CredentialsKind {
  ROTATING,
  REFRESH_TOKEN,
  SERVICE_ACCOUNT,
  USERNAME_PASSWORD,
  TOKEN,
  CLIENT;

  /** The kind of {@code credentials}. */
  static CredentialsKind of(Credentials credentials) {
    if (credentials instanceof Credentials.Rotating) {
      return ROTATING;
    } else if (credentials instanceof Credentials.RefreshToken) {
      return REFRESH_TOKEN;
    } else if (credentials instanceof Credentials.ServiceAccount) {
      return SERVICE_ACCOUNT;
    } else if (credentials instanceof Credentials.UsernamePassword) {
      return USERNAME_PASSWORD;
    } else if (credentials instanceof Credentials.Token) {
      return TOKEN;
    } else if (credentials instanceof Credentials.Client) {
      return CLIENT;
    }
    throw new IllegalArgumentException(
        credentials.getClass().getSimpleName()
            + " implements none of the capabilities of Credentials (Token, UsernamePassword,"
            + " RefreshToken, Rotating, Client, ServiceAccount); implement the one it has");
  }
}
