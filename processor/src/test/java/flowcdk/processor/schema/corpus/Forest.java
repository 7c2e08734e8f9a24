package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.util.List;

/** Refers to a recursive model (recursion below the root). */
@Model
public record Forest(List<TreeNode> trees, TreeNode largest) {}
