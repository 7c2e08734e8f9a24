package flowcdk.connector.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import flowcdk.annotations.Model;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of the CSV model tests: one property of each kind a cell is converted to. */
@Model
record Sale(
    @JsonProperty(required = true) long id,
    String name,
    Integer quantity,
    Double price,
    BigDecimal amount,
    Boolean refunded,
    @JsonProperty("created_at") Instant createdAt) {}
