package flowcdk.processor.read;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Report;
import flowcdk.processor.model.ResourceModel;
import flowcdk.processor.model.WebhookRule;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * The conflicts between the webhook rules of a capture's resources, as the runtime's {@code
 * Router.problems} finds them between bindings: every pair of rules (after the expansion of a
 * resource's several rules into resources), in declaration order, that cannot both route requests.
 * Every declared resource counts, disabled or not, since any of them may be bound together.
 */
final class WebhookConflicts {

  private WebhookConflicts() {}

  private record Named(String name, WebhookRule rule) {}

  /** Reports each conflict between {@code resources}' rules on the capture's {@code resources}. */
  static void check(
      TypeElement type,
      AnnotationMirror capture,
      AnnotationValue resourcesValue,
      List<ResourceModel> resources,
      Report report) {
    List<Named> rules = new ArrayList<>();
    for (ResourceModel resource : resources) {
      for (int i = 0; i < resource.webhook().size(); i++) {
        rules.add(
            new Named(
                "\"" + resource.webhookName(i) + "\" of " + resource.type().canonicalName(),
                resource.webhook().get(i)));
      }
    }
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        String conflict = WebhookRules.conflict(rules.get(i).rule(), rules.get(j).rule());
        if (conflict != null) {
          report.error(
              type,
              capture,
              resourcesValue,
              Messages.webhookConflict(
                  type.getQualifiedName().toString(),
                  rules.get(i).name(),
                  rules.get(j).name(),
                  conflict));
        }
      }
    }
  }
}
