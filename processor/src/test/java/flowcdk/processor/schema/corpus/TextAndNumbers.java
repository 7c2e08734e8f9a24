package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import flowcdk.runtime.json.RawJson;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Strings, big numbers, bytes and raw JSON. */
@Model
@SuppressWarnings("ArrayRecordComponent") // arrays are among what these schemas are compared on
public record TextAndNumbers(
    String text, BigDecimal amount, BigInteger huge, byte[] payload, RawJson anything) {}
