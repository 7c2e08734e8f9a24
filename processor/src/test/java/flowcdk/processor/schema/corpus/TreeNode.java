package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import java.util.List;

/** A recursive model. */
@Model
public record TreeNode(String label, List<TreeNode> children, TreeNode parent) {}
