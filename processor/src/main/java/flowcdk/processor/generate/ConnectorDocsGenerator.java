package flowcdk.processor.generate;

import flowcdk.processor.diag.Messages;
import flowcdk.processor.diag.Outcome;
import flowcdk.processor.generate.docs.ConnectorDocs;
import flowcdk.processor.generate.docs.PropertyDocs;
import flowcdk.processor.generate.schema.SchemaGenerator;
import flowcdk.processor.model.CaptureModel;
import flowcdk.processor.model.ClassRef;
import flowcdk.processor.model.ModelSpec;
import flowcdk.processor.model.ResourceModel;
import flowcdk.processor.read.ModelValidator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a capture's documentation page, {@code <Capture>.md}, into the class output under {@value
 * ConnectorDocs#RESOURCE_FOLDER} (so it ships in the jar, where the {@code docs} command reads it),
 * and a copy into {@code target/connector-docs/}: the folder named by the processor option {@value
 * #OPTION}, or else the {@code connector-docs} folder beside the class output when that is a {@code
 * classes} folder on disk, as in a Maven or Gradle build.
 */
public final class ConnectorDocsGenerator {

  /** The processor option naming the folder the page is copied to. */
  public static final String OPTION = "flowcdk.connectorDocs";

  private final ProcessingEnvironment env;
  private final ModelValidator models;
  private final SchemaGenerator schemas;

  /** A generator that looks models up with {@code models}. */
  public ConnectorDocsGenerator(ProcessingEnvironment env, ModelValidator models) {
    this.env = env;
    this.models = models;
    this.schemas = new SchemaGenerator(models, env.getElementUtils());
  }

  /** Writes the page of {@code capture}, declared by {@code type}. */
  public void generate(CaptureModel capture, TypeElement type) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (ResourceModel resource : capture.resources()) {
      documents.add(tree(resource.document()));
    }
    String page =
        ConnectorDocs.render(
            new ConnectorDocs.Page(
                capture,
                env.getElementUtils().getDocComment(type),
                tree(capture.config()),
                tree(capture.resourceConfig()),
                documents));
    String name = ConnectorDocs.fileName(capture);
    try {
      FileObject resource =
          env.getFiler()
              .createResource(
                  StandardLocation.CLASS_OUTPUT, "", ConnectorDocs.RESOURCE_FOLDER + name, type);
      try (Writer writer = resource.openWriter()) {
        writer.write(page);
      }
      Path folder = copyFolder(resource.toUri());
      if (folder != null) {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), page, StandardCharsets.UTF_8);
      }
    } catch (IOException | RuntimeException e) {
      env.getMessager()
          .printMessage(
              Diagnostic.Kind.WARNING,
              Messages.captureDocsNotWritten(
                  capture.type().canonicalName(), name, String.valueOf(e.getMessage())),
              type);
    }
  }

  private Map<String, Object> tree(ClassRef model) {
    TypeElement element = env.getElementUtils().getTypeElement(model.canonicalName());
    if (element != null && models.validate(element) instanceof Outcome.Valid<ModelSpec> valid) {
      Map<String, Object> tree = schemas.tree(valid.model());
      PropertyDocs.fill(tree, valid.model(), env.getElementUtils().getDocComment(element));
      return tree;
    }
    return Map.of();
  }

  /** Where the copy goes, or null when there is no folder on disk to put it beside. */
  private Path copyFolder(URI written) {
    String option = env.getOptions().get(OPTION);
    if (option != null && !option.isBlank()) {
      return Path.of(option);
    }
    if (!"file".equals(written.getScheme())) {
      return null;
    }
    Path classes = Path.of(written);
    long depth = ConnectorDocs.RESOURCE_FOLDER.chars().filter(c -> c == '/').count() + 1;
    for (long up = depth; up > 0; up--) {
      classes = classes.getParent();
    }
    return classes != null
            && classes.getFileName() != null
            && classes.getFileName().toString().equals("classes")
        ? classes.resolveSibling("connector-docs")
        : null;
  }
}
