package flowcdk.connector.http.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;

/**
 * One document of the test API.
 *
 * @param id its id
 * @param name its name
 */
@Model
public record Item(@JsonProperty(required = true) long id, String name) {}
