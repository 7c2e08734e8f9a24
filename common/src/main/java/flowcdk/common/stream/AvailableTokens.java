package flowcdk.common.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A non-blocking parser seen as an ordinary one for as long as its input lasts: where it would
 * return {@link JsonToken#NOT_AVAILABLE}, this view throws {@link NeedMoreInput}. Generated codecs
 * read an item straight from the non-blocking parser through it, so an item that lies within one
 * chunk is parsed once; one that runs past the chunk's end is abandoned and decoded again once all
 * of its bytes have arrived.
 *
 * <p>Every way of moving to the next token goes through {@link #nextToken()}: {@link JsonParser}'s
 * {@code nextFieldName}, {@code nextTextValue} and the like call it, and {@link #nextValue()} and
 * {@link #skipChildren()} are overridden here because the delegate's own versions would call the
 * delegate's {@code nextToken} and see the {@code NOT_AVAILABLE} this view exists to hide.
 */
final class AvailableTokens extends JsonParserDelegate {

  /** The input ran out in the middle of the value being read. */
  static final class NeedMoreInput extends IOException {
    private static final long serialVersionUID = 1L;

    NeedMoreInput() {
      super("the non-blocking parser needs more input");
    }

    // Thrown at most once per chunk, as control flow, and always caught: no stack trace needed.
    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  AvailableTokens(JsonParser nonBlocking) {
    super(nonBlocking);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == JsonToken.NOT_AVAILABLE) {
      throw new NeedMoreInput();
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = delegate.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
