package flowcdk.blackbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.util.List;
import java.util.Objects;

/**
 * A final-class model: one public constructor taking every property, read back through a plain
 * accessor, a {@code get} getter, an {@code is} getter and a public field.
 */
@Model
public final class Account {
  private final String name;
  private final boolean active;
  private final List<String> emails;
  public final int level;

  public Account(
      String name,
      boolean active,
      @JsonProperty("e-mail addresses") List<String> emails,
      int level) {
    this.name = name;
    this.active = active;
    this.emails = emails;
    this.level = level;
  }

  public String name() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public List<String> getEmails() {
    return emails;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Account that
        && name.equals(that.name)
        && active == that.active
        && Objects.equals(emails, that.emails)
        && level == that.level;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, active, emails, level);
  }

  @Override
  public String toString() {
    return "Account[" + name + ", " + active + ", " + emails + ", " + level + "]";
  }
}
