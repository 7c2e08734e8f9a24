package flowcdk.processor.schema.corpus;

import flowcdk.annotations.Model;
import flowcdk.annotations.Title;

/** {@code @Title} on the type wins over {@code @Model(title)}. */
@Model(title = "Loses")
@Title("Wins")
public record TitleWins(String value) {}
