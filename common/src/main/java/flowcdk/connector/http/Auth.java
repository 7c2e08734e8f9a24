package flowcdk.connector.http;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the capture's HTTP client authenticates its requests: the connector's credentials and the few
 * settings that say how to turn them into a request header. Immutable; each setting returns a new
 * {@code Auth}:
 *
 * <pre>{@code
 * Auth.of(config.credentials())                      // e.g. an OAuth2OrAccessToken
 *     .tokenUrl("https://api.hubapi.com/oauth/v1/token");
 * Auth.of(config.credentials()).headerName("api-key");  // the bare token in an api-key header
 * Auth.of(config.credentials()).googleScopes("https://www.googleapis.com/auth/spreadsheets.readonly");
 * }</pre>
 *
 * <h2>Credentials</h2>
 *
 * The package's {@code @Model} records have the JSON shapes and Estuary UI keywords of the Python
 * CDK's credentials, so a config written for a Python connector decodes unchanged: {@link
 * AccessToken}, {@link BasicAuth}, {@link OAuth2Credentials}, {@link RotatingOAuth2Credentials},
 * {@link LongLivedOAuth2Credentials}, {@link ClientCredentials} and {@link GoogleServiceAccount},
 * and the two usual choices between them, {@link OAuth2OrAccessToken} and {@link
 * RotatingOAuth2OrAccessToken}. Each implements one capability of {@link Credentials}; a connector
 * that needs another title or its own union of variants declares records of its own implementing
 * the same capabilities (see {@link Credentials}).
 *
 * <h2>The header</h2>
 *
 * By capability:
 *
 * <ul>
 *   <li>{@link Credentials.Token} ({@link AccessToken}, {@link LongLivedOAuth2Credentials}): the
 *       access token, the same for the whole run.
 *   <li>{@link Credentials.Rotating}: the access token of the config, never refreshed during the
 *       run; when the capture opens and the token expires within five minutes, the CDK first
 *       exchanges the refresh token and publishes a config with the new tokens (see below).
 *   <li>{@link Credentials.UsernamePassword}: {@code Basic base64(username:password)} (UTF-8),
 *       whatever {@link #tokenType(String)} says.
 *   <li>{@link Credentials.RefreshToken} and {@link Credentials.Client}: an access token fetched
 *       from {@link #tokenUrl(String)} and reused until three quarters of its lifetime have passed.
 *   <li>{@link Credentials.ServiceAccount}: a Google access token, fetched with an assertion the
 *       key signs and reused until 3 min 45 s before it expires.
 * </ul>
 *
 * With the default header name, {@code Authorization}, the value is {@code "<token type> <token>"},
 * the token type {@code Bearer} unless {@link #tokenType(String)} says otherwise (an empty token
 * type sends the bare token, with one warning in the log). A custom header name, such as {@code
 * api-key}, gets the bare token, never a prefix.
 *
 * <h2>Token requests</h2>
 *
 * A token request is a form POST to the token URL through the capture's HTTP client (its retries
 * and error messages, without credentials of its own), holding {@code grant_type} ({@code
 * refresh_token} for refresh tokens, else {@link #grantType(GrantType)}), {@code client_id} and
 * {@code client_secret} (or, after {@link #clientCredentialsInHeader()}, an {@code Authorization:
 * Basic} header instead), every entry of {@link #additionalTokenBody(Map)}, and for refresh tokens
 * {@code refresh_token}. The response is read by {@link #tokenResponse(TokenResponseReader)}. One
 * request runs at a time: requests that need a token while one is being fetched wait for it. As in
 * the Python CDK, a provider that sends no {@code expires_in} gets a token request before every
 * request (the CDK cannot tell when such a token expires).
 *
 * <p>The token URL of an OAuth2 capture defaults to the {@code accessTokenUrlTemplate} of its
 * {@code @OAuth2Provider} (through {@link #withDefaultTokenUrl(String)}); a capture without one, or
 * with client credentials, sets it here.
 *
 * <h2>Rotating refresh tokens</h2>
 *
 * When the capture opens with {@link Credentials.Rotating} credentials whose access token expires
 * within five minutes, it logs {@code Attempting to rotate OAuth2 tokens.}, exchanges the refresh
 * token, writes the new access token, refresh token (the old one if the response has none) and
 * expiry into the endpoint config, has the config encrypted by Estuary's config encryption service
 * and logs it as a {@code configUpdate} event: Estuary then restarts the capture with it. The run
 * goes on with the new access token.
 *
 * <h2>OAuth2 providers</h2>
 *
 * The CDK's OAuth2 records cannot know the connector's provider, so their schemas carry no {@code
 * x-oauth2-provider}. The capture's {@code spec} adds the provider of the capture's
 * {@code @OAuth2Provider} to every OAuth2 credentials schema of the endpoint config that has none
 * (one with {@code client_id}, {@code client_secret} and a {@code refresh_token} or {@code
 * access_token}; not client credentials, which need no browser flow). A connector record that
 * carries its own {@code @OAuth2Provider("<provider>")} keeps it.
 *
 * <h2>Secrets</h2>
 *
 * No secret is written to a log line, an exception message or a {@code toString()}: the records
 * show their secrets as {@code [redacted]}, and every token the CDK fetches, and a service
 * account's private key, is registered with the log redactor, which scrubs it from any later log
 * line.
 */
public final class Auth {

  /** The header credentials go in unless {@link #headerName(String)} says otherwise. */
  public static final String DEFAULT_HEADER = "Authorization";

  /** The token type of the {@code Authorization} header unless {@link #tokenType(String)} says. */
  public static final String DEFAULT_TOKEN_TYPE = "Bearer";

  private final Credentials credentials;
  private final String headerName;
  private final String tokenType;
  private final String tokenUrl;
  private final Map<String, String> additionalTokenBody;
  private final boolean clientCredentialsInHeader;
  private final List<String> scopes;
  private final GrantType grantType;
  private final TokenResponseReader tokenResponse;

  private Auth(
      Credentials credentials,
      String headerName,
      String tokenType,
      String tokenUrl,
      Map<String, String> additionalTokenBody,
      boolean clientCredentialsInHeader,
      List<String> scopes,
      GrantType grantType,
      TokenResponseReader tokenResponse) {
    this.credentials = credentials;
    this.headerName = headerName;
    this.tokenType = tokenType;
    this.tokenUrl = tokenUrl;
    this.additionalTokenBody = additionalTokenBody;
    this.clientCredentialsInHeader = clientCredentialsInHeader;
    this.scopes = scopes;
    this.grantType = grantType;
    this.tokenResponse = tokenResponse;
  }

  /** Authentication with {@code credentials} and the default settings. */
  public static Auth of(Credentials credentials) {
    Objects.requireNonNull(credentials, "credentials");
    return new Auth(
        credentials,
        DEFAULT_HEADER,
        DEFAULT_TOKEN_TYPE,
        null,
        Map.of(),
        false,
        List.of(),
        null,
        TokenResponseReader.standard());
  }

  /**
   * Sends the credentials in header {@code name} (default {@code Authorization}). A header other
   * than {@code Authorization} gets the bare token, never prefixed by the token type.
   */
  public Auth headerName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the header name is blank; give one such as api-key");
    }
    return new Auth(
        credentials,
        name,
        tokenType,
        tokenUrl,
        additionalTokenBody,
        clientCredentialsInHeader,
        scopes,
        grantType,
        tokenResponse);
  }

  /**
   * Prefixes the token with {@code type} in the {@code Authorization} header (default {@code
   * Bearer}; e.g. {@code Klaviyo-API-Key}). Empty sends the bare token, with one warning in the
   * log. Basic authentication is always {@code Basic}.
   */
  public Auth tokenType(String type) {
    Objects.requireNonNull(type, "type");
    return new Auth(
        credentials,
        headerName,
        type.strip(),
        tokenUrl,
        additionalTokenBody,
        clientCredentialsInHeader,
        scopes,
        grantType,
        tokenResponse);
  }

  /**
   * Fetches access tokens from {@code url}, used as it is. Required for refresh tokens and client
   * credentials, unless the capture's {@code @OAuth2Provider} gives it.
   */
  public Auth tokenUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("the token URL is blank; give the provider's token URL");
    }
    return new Auth(
        credentials,
        headerName,
        tokenType,
        url.strip(),
        additionalTokenBody,
        clientCredentialsInHeader,
        scopes,
        grantType,
        tokenResponse);
  }

  /**
   * This authentication with token URL {@code url} if it has none yet; unchanged if it has one, or
   * if {@code url} is {@code null} or blank. The capture gives the {@code accessTokenUrlTemplate}
   * of its {@code @OAuth2Provider} this way.
   */
  public Auth withDefaultTokenUrl(String url) {
    return tokenUrl != null || url == null || url.isBlank() ? this : tokenUrl(url);
  }

  /**
   * Adds the entries of {@code body}, in its order, to every token request's form, after the client
   * credentials and before the refresh token (e.g. {@code Map.of("expires_in", "3600")}); an entry
   * named like a standard field replaces it.
   */
  public Auth additionalTokenBody(Map<String, String> body) {
    Map<String, String> copy = new LinkedHashMap<>();
    body.forEach(
        (name, value) ->
            copy.put(
                Objects.requireNonNull(name, "a field name of the token body"),
                Objects.requireNonNull(value, "the value of token body field " + name)));
    return new Auth(
        credentials,
        headerName,
        tokenType,
        tokenUrl,
        Collections.unmodifiableMap(copy),
        clientCredentialsInHeader,
        scopes,
        grantType,
        tokenResponse);
  }

  /**
   * Sends the OAuth2 client's id and secret in token requests as an {@code Authorization: Basic
   * base64(client_id:client_secret)} header rather than in the form (the default).
   */
  public Auth clientCredentialsInHeader() {
    return new Auth(
        credentials,
        headerName,
        tokenType,
        tokenUrl,
        additionalTokenBody,
        true,
        scopes,
        grantType,
        tokenResponse);
  }

  /**
   * The scopes a {@link Credentials.ServiceAccount}'s tokens are requested for, e.g. {@code
   * https://www.googleapis.com/auth/spreadsheets.readonly}; required for service accounts.
   */
  public Auth googleScopes(String... scopes) {
    for (String scope : scopes) {
      if (scope == null || scope.isBlank()) {
        throw new IllegalArgumentException("a Google scope is blank; give scope URLs");
      }
    }
    return new Auth(
        credentials,
        headerName,
        tokenType,
        tokenUrl,
        additionalTokenBody,
        clientCredentialsInHeader,
        List.copyOf(Arrays.asList(scopes)),
        grantType,
        tokenResponse);
  }

  /**
   * The grant a {@link Credentials.Client} fetches its tokens with (default {@link
   * GrantType#CLIENT_CREDENTIALS}). Refresh tokens always use {@code refresh_token}.
   */
  public Auth grantType(GrantType grant) {
    Objects.requireNonNull(grant, "grant");
    return new Auth(
        credentials,
        headerName,
        tokenType,
        tokenUrl,
        additionalTokenBody,
        clientCredentialsInHeader,
        scopes,
        grant,
        tokenResponse);
  }

  /**
   * Reads token responses with {@code reader} instead of {@link TokenResponseReader#standard()},
   * for a provider that sends its token's expiry another way.
   */
  public Auth tokenResponse(TokenResponseReader reader) {
    Objects.requireNonNull(reader, "reader");
    return new Auth(
        credentials,
        headerName,
        tokenType,
        tokenUrl,
        additionalTokenBody,
        clientCredentialsInHeader,
        scopes,
        grantType,
        reader);
  }

  /** The credentials. */
  public Credentials credentials() {
    return credentials;
  }

  /** The header the credentials go in. */
  public String headerName() {
    return headerName;
  }

  /** The token type prefixing the token in the {@code Authorization} header; may be empty. */
  public String tokenType() {
    return tokenType;
  }

  /** The token URL, if set. */
  public Optional<String> tokenUrl() {
    return Optional.ofNullable(tokenUrl);
  }

  /** The extra fields of token requests, in order. */
  public Map<String, String> additionalTokenBody() {
    return additionalTokenBody;
  }

  /** Whether token requests carry the client's id and secret in a header rather than the form. */
  public boolean isClientCredentialsInHeader() {
    return clientCredentialsInHeader;
  }

  /** The Google scopes of a service account's tokens. */
  public List<String> scopes() {
    return scopes;
  }

  /** The grant of client credentials, if set. */
  public Optional<GrantType> grantType() {
    return Optional.ofNullable(grantType);
  }

  /** The reader of token responses. */
  public TokenResponseReader tokenResponse() {
    return tokenResponse;
  }

  /** The settings, with the credentials' secrets and the token body's values left out. */
  @Override
  public String toString() {
    return "Auth[credentials="
        + credentials
        + ", headerName="
        + headerName
        + ", tokenType="
        + tokenType
        + ", tokenUrl="
        + tokenUrl
        + ", additionalTokenBody="
        + additionalTokenBody.keySet()
        + ", clientCredentialsInHeader="
        + clientCredentialsInHeader
        + ", scopes="
        + scopes
        + ", grantType="
        + grantType
        + "]";
  }
}
