package flowcdk.connector.http;

import flowcdk.annotations.Discriminator;
import flowcdk.annotations.Model;

/**
 * The credentials choice most OAuth2 connectors offer: an OAuth2 client with a refresh token
 * ({@link OAuth2Credentials}, {@code "OAuth Credentials"}) or an access token ({@link AccessToken},
 * {@code "Private App Credentials"}), told apart by {@code credentials_title}. Use it as the type
 * of the endpoint config's credentials and hand the value to {@link Auth#of(Credentials)}.
 */
@Model
@Discriminator("credentials_title")
public sealed interface OAuth2OrAccessToken extends Credentials
    permits OAuth2Credentials, AccessToken {}
