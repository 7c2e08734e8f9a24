package flowcdk.example.models;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import flowcdk.annotations.Model;
import flowcdk.annotations.Order;

/**
 * The endpoint config.
 *
 * @param greetings how many greetings to capture
 * @param greeting the word to greet with
 */
@Model(title = "Greetings")
@JsonClassDescription("Captures a fixed number of greetings.")
public record GreetingsConfig(
    @Order(0) @JsonProperty(defaultValue = "3") @JsonPropertyDescription("How many greetings to capture (1 to 1000000).")
        int greetings,
    @Order(1) @JsonProperty(defaultValue = "Hello") @JsonPropertyDescription("The word to greet with.")
        String greeting) {}
