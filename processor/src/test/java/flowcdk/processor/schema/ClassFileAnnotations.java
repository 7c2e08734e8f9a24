package flowcdk.processor.schema;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The annotations of a compiled class as its class file records them, CLASS retention included.
 *
 * <p>The Flow CDK's own annotations ({@code @Model}, {@code @Secret}, {@code @Order}, ...) have
 * {@code RetentionPolicy.CLASS}: reflection cannot see them, but victools works on loaded classes.
 * This small reader parses the {@code RuntimeVisibleAnnotations} and {@code
 * RuntimeInvisibleAnnotations} attributes of the class, its fields and its methods straight from
 * the {@code .class} resource, so the oracle's configuration can react to them without going
 * through javac's model (which the processor under test uses).
 */
final class ClassFileAnnotations {

  /** One annotation: its binary name ({@code flowcdk.annotations.Secret}) and explicit values. */
  record Annotation(String type, Map<String, Object> values) {
    String simpleName() {
      return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    }

    Optional<Object> value(String name) {
      return Optional.ofNullable(values.get(name));
    }
  }

  private static final Map<Class<?>, ClassFileAnnotations> CACHE = new ConcurrentHashMap<>();

  private final List<Annotation> type = new ArrayList<>();
  private final Map<String, List<Annotation>> fields = new LinkedHashMap<>();

  /** No-argument methods only (accessors and getters), by name. */
  private final Map<String, List<Annotation>> methods = new LinkedHashMap<>();

  static ClassFileAnnotations of(Class<?> type) {
    return CACHE.computeIfAbsent(type, ClassFileAnnotations::read);
  }

  List<Annotation> onType() {
    return type;
  }

  Optional<Annotation> onType(String annotation) {
    return type.stream().filter(a -> a.type().equals(annotation)).findFirst();
  }

  /**
   * The annotations on field {@code name} and on its accessor {@code name()}, {@code getName()},
   * {@code isName()}.
   */
  List<Annotation> onProperty(String name) {
    List<Annotation> all = new ArrayList<>(fields.getOrDefault(name, List.of()));
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String method : List.of(name, "get" + capitalized, "is" + capitalized)) {
      all.addAll(methods.getOrDefault(method, List.of()));
    }
    return all;
  }

  Optional<Annotation> onProperty(String name, String annotation) {
    return onProperty(name).stream().filter(a -> a.type().equals(annotation)).findFirst();
  }

  private static ClassFileAnnotations read(Class<?> type) {
    String resource = type.getName().replace('.', '/') + ".class";
    ClassLoader loader =
        type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no class file for " + type.getName());
      }
      ClassFileAnnotations result = new ClassFileAnnotations();
      result.parse(new DataInputStream(new ByteArrayInputStream(in.readAllBytes())));
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object[] pool;

  private void parse(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    pool = new Object[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> pool[i] = in.readUTF();
        case 3 -> pool[i] = in.readInt();
        case 4 -> pool[i] = in.readFloat();
        case 5 -> {
          pool[i] = in.readLong();
          i++;
        }
        case 6 -> {
          pool[i] = in.readDouble();
          i++;
        }
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 9, 10, 11, 12, 17, 18 -> in.readInt();
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    in.readUnsignedShort(); // access
    in.readUnsignedShort(); // this
    in.readUnsignedShort(); // super
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      in.readUnsignedShort();
    }
    int fieldCount = in.readUnsignedShort();
    for (int i = 0; i < fieldCount; i++) {
      in.readUnsignedShort();
      String name = (String) pool[in.readUnsignedShort()];
      in.readUnsignedShort();
      fields.put(name, attributes(in));
    }
    int methodCount = in.readUnsignedShort();
    for (int i = 0; i < methodCount; i++) {
      in.readUnsignedShort();
      String name = (String) pool[in.readUnsignedShort()];
      String descriptor = (String) pool[in.readUnsignedShort()];
      List<Annotation> annotations = attributes(in);
      if (descriptor.startsWith("()")) {
        methods.put(name, annotations);
      }
    }
    type.addAll(attributes(in));
  }

  /** Reads an attribute table, keeping the annotations of both annotation attributes. */
  private List<Annotation> attributes(DataInputStream in) throws IOException {
    List<Annotation> annotations = new ArrayList<>();
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      String name = (String) pool[in.readUnsignedShort()];
      int length = in.readInt();
      if (name.equals("RuntimeVisibleAnnotations") || name.equals("RuntimeInvisibleAnnotations")) {
        int n = in.readUnsignedShort();
        for (int j = 0; j < n; j++) {
          annotations.add(annotation(in));
        }
      } else {
        in.skipNBytes(length);
      }
    }
    return annotations;
  }

  private Annotation annotation(DataInputStream in) throws IOException {
    String descriptor = (String) pool[in.readUnsignedShort()];
    Map<String, Object> values = new LinkedHashMap<>();
    int pairs = in.readUnsignedShort();
    for (int i = 0; i < pairs; i++) {
      String name = (String) pool[in.readUnsignedShort()];
      values.put(name, elementValue(in));
    }
    return new Annotation(binaryName(descriptor), values);
  }

  private Object elementValue(DataInputStream in) throws IOException {
    char tag = (char) in.readUnsignedByte();
    return switch (tag) {
      case 'Z' -> ((Integer) pool[in.readUnsignedShort()]) != 0;
      case 'B', 'C', 'S', 'I', 'J', 'F', 'D', 's' -> pool[in.readUnsignedShort()];
      case 'e' -> {
        in.readUnsignedShort();
        yield pool[in.readUnsignedShort()];
      }
      case 'c' -> binaryName((String) pool[in.readUnsignedShort()]);
      case '@' -> annotation(in);
      case '[' -> {
        int n = in.readUnsignedShort();
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          list.add(elementValue(in));
        }
        yield list;
      }
      default -> throw new IOException("element value tag " + tag);
    };
  }

  private static String binaryName(String descriptor) {
    return descriptor.startsWith("L") && descriptor.endsWith(";")
        ? descriptor.substring(1, descriptor.length() - 1).replace('/', '.')
        : descriptor;
  }
}
