package flowcdk.common.stream;

import io.vertx.core.buffer.Buffer;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/** A zip archive's members' data, all run together in archive order, without names. */
public final class ZipConcatenation implements ChunkDecoder<Buffer, Buffer> {

  private final ZipDecoder zip = new ZipDecoder();

  /** A decoder at the start of a zip archive. */
  public ZipConcatenation() {}

  @Override
  public void chunk(Buffer chunk, Consumer<? super Buffer> out) throws ZipException {
    zip.chunk(chunk, dataOnly(out));
  }

  @Override
  public boolean hasMore() {
    return zip.hasMore();
  }

  @Override
  public void more(Consumer<? super Buffer> out) throws ZipException {
    zip.more(dataOnly(out));
  }

  @Override
  public void end(Consumer<? super Buffer> out) throws ZipException {
    zip.end(dataOnly(out));
  }

  private static Consumer<ZipPart> dataOnly(Consumer<? super Buffer> out) {
    return part -> {
      if (part instanceof ZipPart.Data data) {
        out.accept(data.bytes());
      }
    };
  }
}
