package flowcdk.connector.http;

import flowcdk.annotations.Discriminator;
import flowcdk.annotations.Model;

/**
 * The credentials choice of connectors whose provider rotates refresh tokens: {@link
 * RotatingOAuth2Credentials} ({@code "OAuth Credentials"}) or an access token ({@link AccessToken},
 * {@code "Private App Credentials"}), told apart by {@code credentials_title}.
 */
@Model
@Discriminator("credentials_title")
public sealed interface RotatingOAuth2OrAccessToken extends Credentials
    permits RotatingOAuth2Credentials, AccessToken {}
