package flowcdk.bench.http;

import com.fasterxml.jackson.core.JsonGenerator;
import flowcdk.bench.Item;
import flowcdk.bench.ItemJson;
import flowcdk.runtime.codec.Codecs;
import flowcdk.runtime.codec.DecodeException;
import flowcdk.runtime.json.JsonFactories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A connector's own work on a page, without the CDK around it: the page decoded into {@link
 * ItemsPage} with its generated codec, then every document encoded with {@link ItemJson} into a
 * reused buffer (one line each, then discarded), as the Java connector does before its output is
 * written. The HTTP benchmark's {@code work} column times a {@link PlainClient} doing this to every
 * page: the floor of the Java connector's time, whatever the CDK does.
 */
final class PageWork {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  /** Decodes and re-encodes {@code body}; its count and next page. */
  PageCount apply(byte[] body) throws IOException {
    ItemsPage page;
    try {
      page = Codecs.decode(body, ItemsPageJson.INSTANCE, "ItemsPage");
    } catch (DecodeException e) {
      throw new IOException(e.getMessage(), e);
    }
    out.reset();
    try (JsonGenerator g = JsonFactories.factory().createGenerator(out)) {
      for (Item item : page.items()) {
        ItemJson.INSTANCE.write(g, item);
        g.writeRaw('\n');
      }
    }
    return new PageCount(page.items().size(), page.next() == null ? -1 : page.next());
  }
}
