package flowcdk.connector.http;

/**
 * The OAuth2 grant a {@link Credentials.Client} fetches its access token with. Whatever the grant,
 * the token request carries only the grant type and the client's credentials (plus {@link
 * Auth#additionalTokenBody(java.util.Map)}): that is what the providers using the password and
 * authorization-code grants this way accept.
 */
public enum GrantType {
  /** {@code grant_type=client_credentials}, the default. */
  CLIENT_CREDENTIALS("client_credentials"),
  /** {@code grant_type=password}. */
  PASSWORD("password"),
  /** {@code grant_type=authorization_code}. */
  AUTHORIZATION_CODE("authorization_code");

  private final String formValue;

  GrantType(String formValue) {
    this.formValue = formValue;
  }

  /** The value of the token request's {@code grant_type} field, e.g. {@code client_credentials}. */
  public String formValue() {
    return formValue;
  }
}
