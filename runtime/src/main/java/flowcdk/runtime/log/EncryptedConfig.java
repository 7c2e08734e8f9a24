package flowcdk.runtime.log;

import flowcdk.runtime.json.RawJson;
import java.util.Objects;

/**
 * An endpoint config whose secret fields are already encrypted (sops), as a {@code configUpdate}
 * event carries it. Marking it so tells the {@link Redactor} not to mask its (encrypted) secret
 * fields by location; plaintext secret values are still scrubbed.
 *
 * @param config the complete encrypted config
 */
public record EncryptedConfig(RawJson config) {
  /** Checks the config is present. */
  public EncryptedConfig {
    Objects.requireNonNull(config, "config");
  }
}
