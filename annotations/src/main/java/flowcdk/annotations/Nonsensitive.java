package flowcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a behavioural knob ({@code "nonsensitive": true}: an interval, a schedule, a flag) whose
 * value may be rewritten without re-encrypting the config. Never put it on hosts, accounts,
 * credentials or customer identifiers.
 */
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER
})
public @interface Nonsensitive {}
