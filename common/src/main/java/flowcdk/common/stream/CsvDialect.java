package flowcdk.common.stream;

import java.nio.charset.Charset;

/**
 * The settings the CSV machinery reads with: the author's {@code CsvFormat}, checked, with the
 * optional characters as {@code -1} when unset.
 *
 * @param delimiter separates fields
 * @param quote the quote character, or -1 for no quoting
 * @param escape the escape character, or -1 for none
 * @param doubleQuote whether a doubled quote in a quoted field is one quote
 * @param skipInitialSpace whether spaces before a field are dropped
 * @param strict whether malformed quoting fails
 * @param charset how bytes are decoded
 * @param description the settings as {@code name=value} pairs, for messages
 */
public record CsvDialect(
    char delimiter,
    int quote,
    int escape,
    boolean doubleQuote,
    boolean skipInitialSpace,
    boolean strict,
    Charset charset,
    String description) {}
