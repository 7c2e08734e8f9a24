package acme;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import flowcdk.annotations.Secret;

/** The shop's endpoint config. */
@Model
public record ShopConfig(@Secret @JsonProperty(required = true) String token) {}
