package flowcdk.processor.read;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Report;
import flowcdk.processor.model.OAuth2Spec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @OAuth2Provider}: on a {@code @Model} only the provider id (the schema's {@code
 * x-oauth2-provider}); on a {@code @Capture} class the whole {@code oauth2} object of the spec.
 */
final class OAuth2Reader {

  /** The attributes that make up the spec's {@code oauth2} object besides the provider. */
  private static final List<String> TEMPLATES =
      List.of("authUrlTemplate", "accessTokenUrlTemplate", "accessTokenBody");

  private static final List<String> MAPS = List.of("accessTokenHeaders", "accessTokenResponseMap");

  private OAuth2Reader() {}

  /** The provider of {@code @OAuth2Provider} on model {@code type}, if it has one. */
  static Optional<String> modelProvider(TypeElement type, Report report) {
    Optional<AnnotationMirror> found = Mirrors.find(List.of(type), AnnotationNames.OAUTH2_PROVIDER);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror mirror = found.get();
    String owner = type.getQualifiedName().toString();
    Optional<String> provider = provider(type, mirror, report);
    for (String attribute : concat(TEMPLATES, MAPS)) {
      Mirrors.value(mirror, attribute)
          .ifPresent(v -> report.error(type, mirror, v, Messages.oauth2OnModel(owner, attribute)));
    }
    return provider;
  }

  /**
   * The spec's {@code oauth2} object from {@code @OAuth2Provider} on capture class {@code type}.
   */
  static Optional<OAuth2Spec> capture(TypeElement type, Report report) {
    Optional<AnnotationMirror> found = Mirrors.find(List.of(type), AnnotationNames.OAUTH2_PROVIDER);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror mirror = found.get();
    String owner = type.getQualifiedName().toString();
    Optional<String> provider = provider(type, mirror, report);
    Map<String, String> templates = new LinkedHashMap<>();
    for (String attribute : TEMPLATES) {
      String value = Mirrors.string(mirror, attribute).orElse("");
      if (value.isBlank()) {
        report.error(
            type,
            mirror,
            Mirrors.value(mirror, attribute).orElse(null),
            Messages.oauth2Template(owner, attribute));
      }
      templates.put(attribute, value);
    }
    Map<String, String> headers = entries(type, mirror, MAPS.get(0), report);
    Map<String, String> responseMap = entries(type, mirror, MAPS.get(1), report);
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new OAuth2Spec(
            provider.get(),
            templates.get(TEMPLATES.get(0)),
            templates.get(TEMPLATES.get(1)),
            templates.get(TEMPLATES.get(2)),
            headers,
            responseMap));
  }

  private static Optional<String> provider(
      TypeElement type, AnnotationMirror mirror, Report report) {
    String provider = Mirrors.string(mirror, "value").orElse("");
    if (provider.isBlank()) {
      report.error(
          type,
          mirror,
          Mirrors.value(mirror, "value").orElse(null),
          Messages.oauth2Provider(type.getQualifiedName().toString()));
      return Optional.empty();
    }
    return Optional.of(provider);
  }

  /** The {@code "key=value"} entries of string-array {@code attribute}, in order. */
  private static Map<String, String> entries(
      TypeElement type, AnnotationMirror mirror, String attribute, Report report) {
    String owner = type.getQualifiedName().toString();
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : Mirrors.strings(mirror, attribute)) {
      int split = entry.indexOf('=');
      String key = split < 0 ? "" : entry.substring(0, split);
      if (key.isBlank() || !key.equals(key.strip())) {
        report.error(
            type,
            mirror,
            Mirrors.value(mirror, attribute).orElse(null),
            Messages.oauth2Entry(owner, attribute, entry));
      } else if (map.putIfAbsent(key, entry.substring(split + 1)) != null) {
        report.error(
            type,
            mirror,
            Mirrors.value(mirror, attribute).orElse(null),
            Messages.oauth2DuplicateKey(owner, attribute, key));
      }
    }
    return map;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
