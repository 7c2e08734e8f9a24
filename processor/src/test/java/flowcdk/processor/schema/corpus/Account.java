package flowcdk.processor.schema.corpus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;

/** A final class model: one public constructor, getters, an ignored property. */
@Model
public final class Account {
  @JsonProperty("account_id")
  @NotNull
  private final String accountId;

  @Secret private final String password;

  @JsonPropertyDescription("Whether the account is active")
  private final boolean active;

  @JsonIgnore private final String internalNote;

  private final Status status;

  public Account(
      @JsonProperty("account_id") String accountId,
      String password,
      boolean active,
      String internalNote,
      Status status) {
    this.accountId = accountId;
    this.password = password;
    this.active = active;
    this.internalNote = internalNote;
    this.status = status;
  }

  public String getAccountId() {
    return accountId;
  }

  public String getPassword() {
    return password;
  }

  public boolean isActive() {
    return active;
  }

  public String getInternalNote() {
    return internalNote;
  }

  public Status getStatus() {
    return status;
  }
}
