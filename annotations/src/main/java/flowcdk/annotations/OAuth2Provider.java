package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a credentials model as filled by an OAuth2 flow of the named provider ({@code
 * "x-oauth2-provider": "<provider>"}); the capture's spec must then carry an {@code oauth2} block
 * for the same provider.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE})
public @interface OAuth2Provider {
  /** The provider id, e.g. {@code "hubspot"}. */
  String value();
}
