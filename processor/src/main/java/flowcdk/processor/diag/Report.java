package flowcdk.processor.diag;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The problems a validator found with one annotated element, each attached to the element (and,
 * where it helps, the annotation and attribute) it is about. Generation for the element is skipped
 * when the report is dirty, so one mistake yields one message rather than a cascade of errors in
 * generated code.
 */
public final class Report {

  private final List<Entry> entries = new ArrayList<>();

  /** An error on {@code element}. */
  public Report error(Element element, String message) {
    entries.add(new Entry(element, null, null, message));
    return this;
  }

  /** An error on an annotation of {@code element}, with a caret on {@code value} if given. */
  public Report error(
      Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    entries.add(new Entry(element, annotation, value, message));
    return this;
  }

  /** Adds all of {@code other}'s problems. */
  public Report addAll(Report other) {
    entries.addAll(other.entries);
    return this;
  }

  /** Whether there are no problems. */
  public boolean isClean() {
    return entries.isEmpty();
  }

  /** The messages, in order (for tests and summaries). */
  public List<String> messages() {
    return entries.stream().map(Entry::message).toList();
  }

  /** Prints every problem as a compile error. */
  public void printTo(Messager messager) {
    for (Entry entry : entries) {
      if (entry.value != null) {
        messager.printMessage(
            Diagnostic.Kind.ERROR, entry.message, entry.element, entry.annotation, entry.value);
      } else if (entry.annotation != null) {
        messager.printMessage(
            Diagnostic.Kind.ERROR, entry.message, entry.element, entry.annotation);
      } else {
        messager.printMessage(Diagnostic.Kind.ERROR, entry.message, entry.element);
      }
    }
  }

  private record Entry(
      Element element, AnnotationMirror annotation, AnnotationValue value, String message) {}
}
