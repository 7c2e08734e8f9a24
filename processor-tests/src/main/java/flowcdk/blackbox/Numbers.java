package flowcdk.blackbox;

import flowcdk.annotations.Model;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Arbitrary-precision numbers. */
@Model
public record Numbers(BigDecimal decimal, BigInteger integer) {}
