package flowcdk.processor.read;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Report;
import flowcdk.processor.model.WebhookRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @Resource(webhook = @Webhook(...))} into its match rules, one per URL pattern or per
 * value, reporting what is wrong on the {@code @Webhook}: several of them, none or several of
 * {@code url}, {@code header} and {@code body}, values with a URL or none with a header or body,
 * invalid URL patterns and body keys ({@link WebhookRules}), a rule listed twice.
 */
final class WebhookReader {

  private WebhookReader() {}

  /** Whether {@code resource} (a {@code @Resource}) declares a webhook resource, valid or not. */
  static boolean declared(AnnotationMirror resource) {
    return Mirrors.value(resource, "webhook")
        .map(value -> !((List<?>) value.getValue()).isEmpty())
        .orElse(false);
  }

  /** The rules of {@code resource} on {@code type}: empty for a polled resource or with errors. */
  static List<WebhookRule> read(TypeElement type, AnnotationMirror resource, Report report) {
    String owner = type.getQualifiedName().toString();
    AnnotationValue webhookValue = Mirrors.value(resource, "webhook").orElse(null);
    List<?> items = webhookValue == null ? List.of() : (List<?>) webhookValue.getValue();
    if (items.isEmpty()) {
      return List.of();
    }
    if (items.size() > 1) {
      report.error(type, resource, webhookValue, Messages.webhookCount(owner, items.size()));
      return List.of();
    }
    AnnotationValue at = (AnnotationValue) items.get(0);
    AnnotationMirror webhook = (AnnotationMirror) at.getValue();
    List<String> urls = Mirrors.strings(webhook, "url");
    Optional<String> header = Mirrors.string(webhook, "header");
    Optional<String> body = Mirrors.string(webhook, "body");
    List<String> values = Mirrors.strings(webhook, "value");

    List<String> given = new ArrayList<>();
    if (!urls.isEmpty()) {
      given.add("url");
    }
    header.ifPresent(h -> given.add("header"));
    body.ifPresent(b -> given.add("body"));
    if (given.size() != 1) {
      report.error(type, resource, at, Messages.webhookMatch(owner, given));
      return List.of();
    }

    List<WebhookRule> rules = new ArrayList<>();
    if (!urls.isEmpty()) {
      if (!values.isEmpty()) {
        report.error(type, resource, at, Messages.webhookUrlValue(owner));
        return List.of();
      }
      urls.forEach(url -> rules.add(WebhookRule.url(url)));
    } else {
      String attribute = header.isPresent() ? "header" : "body";
      String key = header.orElseGet(body::orElseThrow);
      if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
        report.error(type, resource, at, Messages.webhookValue(owner, attribute, key));
        return List.of();
      }
      for (String value : values) {
        rules.add(
            header.isPresent() ? WebhookRule.header(key, value) : WebhookRule.body(key, value));
      }
    }

    boolean clean = true;
    Set<String> problems = new HashSet<>();
    Set<WebhookRule> seen = new HashSet<>();
    Set<WebhookRule> repeated = new HashSet<>();
    for (WebhookRule rule : rules) {
      String problem = WebhookRules.problem(rule);
      if (problem != null && problems.add(problem)) {
        report.error(type, resource, at, Messages.webhookRule(owner, problem));
      }
      if (!seen.add(rule) && repeated.add(rule)) {
        report.error(type, resource, at, Messages.webhookDuplicate(owner, rule.describe()));
        clean = false;
      }
    }
    return clean && problems.isEmpty() ? List.copyOf(rules) : List.of();
  }
}
