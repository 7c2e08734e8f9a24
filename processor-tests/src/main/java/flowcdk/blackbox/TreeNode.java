package flowcdk.blackbox;

import flowcdk.annotations.Model;
import java.util.List;

/** A recursive model. */
@Model
public record TreeNode(String name, TreeNode parentless, List<TreeNode> children) {}
