package flowcdk.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The type of a model property, resolved from its Java type. Generators switch over these cases;
 * they never see {@code TypeMirror}s.
 */
public sealed interface TypeRef {

  /** A leaf value; {@code primitive} when declared as a Java primitive. */
  record Scalar(ScalarKind kind, boolean primitive) implements TypeRef {}

  /**
   * An enum, with its constants' Java and JSON names in declaration order, and its generated codec
   * if the enum is a {@code @Model} (other enums are read and written by the codecs using them).
   */
  record EnumRef(ClassRef type, List<EnumConstant> constants, Optional<ClassRef> codec)
      implements TypeRef {}

  /**
   * {@code List<E>} or {@code Collection<E>} (as a list; {@code collection} when declared so, since
   * generated code must name the declared type), {@code Set<E>} (insertion-ordered).
   */
  record ListRef(TypeRef element, boolean set, boolean collection) implements TypeRef {
    /** A {@code List<E>} or, if {@code set}, a {@code Set<E>}. */
    public ListRef(TypeRef element, boolean set) {
      this(element, set, false);
    }
  }

  /** An array {@code E[]} (other than {@code byte[]}). */
  record ArrayRef(TypeRef element) implements TypeRef {}

  /** {@code Map<String, V>} (insertion-ordered). */
  record MapRef(TypeRef value) implements TypeRef {}

  /** {@code Optional<T>}: absent or present, never null. */
  record OptionalRef(TypeRef value) implements TypeRef {}

  /** Another {@code @Model} type, read and written by its generated codec. */
  record ModelRef(ClassRef type, ClassRef codec) implements TypeRef {}

  /** A document's {@code _meta} ({@code flowcdk.runtime.codec.Meta}). */
  record MetaRef() implements TypeRef {}

  /** One enum constant. */
  record EnumConstant(String javaName, String jsonName) {}
}
