package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An OAuth2 provider, in one of two places:
 *
 * <ul>
 *   <li>On a {@link Model} (the credentials model), with only {@link #value()}: the model is filled
 *       by the OAuth2 flow of the named provider, and its schema carries {@code
 *       "x-oauth2-provider": "<provider>"}.
 *   <li>On the {@link Capture} class, with every attribute: the capture's {@code spec} response
 *       carries the {@code oauth2} object Estuary's control plane runs that flow with ({@code
 *       provider}, {@code authUrlTemplate}, {@code accessTokenUrlTemplate}, {@code
 *       accessTokenBody}, {@code accessTokenHeaders}, {@code accessTokenResponseMap}). The
 *       templates are Mustache templates the control plane evaluates, never the connector.
 * </ul>
 *
 * <p>A capture whose config has an {@code x-oauth2-provider} credentials model declares the same
 * provider on its class:
 *
 * <pre>{@code
 * @OAuth2Provider(
 *     value = "hubspot",
 *     authUrlTemplate = "https://app.hubspot.com/oauth/authorize?client_id={{#urlencode}}{{{ client_id }}}{{/urlencode}}&...",
 *     accessTokenUrlTemplate = "https://api.hubapi.com/oauth/v1/token",
 *     accessTokenBody = "grant_type=authorization_code&client_id={{#urlencode}}{{{ client_id }}}{{/urlencode}}&...",
 *     accessTokenHeaders = "content-type=application/x-www-form-urlencoded",
 *     accessTokenResponseMap = "refresh_token=/refresh_token")
 * @Capture(docsUrl = "...", config = HubSpotConfig.class, resources = {...})
 * public final class HubSpotCapture implements CaptureConnector<HubSpotConfig> { ... }
 * }</pre>
 *
 * <p>Rules the processor enforces: the provider is not blank; on a capture class the three
 * templates are given and not blank, and each map entry is {@code "key=value"} with a non-blank key
 * that no other entry of the same map has; on a model only {@link #value()} is given.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
public @interface OAuth2Provider {
  /** The provider id, e.g. {@code "hubspot"}. */
  String value();

  /**
   * The Mustache template of the browser authorization URL ({@code authUrlTemplate}). Required on a
   * capture class.
   */
  String authUrlTemplate() default "";

  /**
   * The URL of the code-for-token exchange ({@code accessTokenUrlTemplate}). Required on a capture
   * class.
   */
  String accessTokenUrlTemplate() default "";

  /**
   * The Mustache template of the exchange request's body ({@code accessTokenBody}). Required on a
   * capture class.
   */
  String accessTokenBody() default "";

  /**
   * The headers of the exchange request ({@code accessTokenHeaders}), each {@code "name=value"}
   * (split at the first {@code =}; the value may be a template), e.g. {@code
   * "content-type=application/x-www-form-urlencoded"}. Default none.
   */
  String[] accessTokenHeaders() default {};

  /**
   * How the token response fills the config's credential fields ({@code accessTokenResponseMap}),
   * each {@code "field=value"} (split at the first {@code =}), the value a JSON pointer into the
   * token response or a template, e.g. {@code "refresh_token=/refresh_token"}. Default none.
   */
  String[] accessTokenResponseMap() default {};
}
