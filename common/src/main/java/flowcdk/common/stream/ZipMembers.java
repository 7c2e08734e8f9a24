package flowcdk.common.stream;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A zip archive's members as a stream, each with its data as a stream of its own: the archive is
 * read only as fast as the current member's data is, and the next member comes once the current
 * one's data was read to its end (or {@link Outlet#discard() discarded}). A failure of the archive
 * fails the current member's data and this stream.
 *
 * @param <M> the member type the caller makes of a name and a data stream
 */
public final class ZipMembers<M> implements ReadStream<M> {

  private final DecodingStream<Buffer, ZipPart> parts;
  private final BiFunction<String, Outlet<Buffer>, M> newMember;
  private final Outlet<M> members = new Outlet<>(this::pull);

  // The data of the member being read; null between members.
  private Outlet<Buffer> current;
  private boolean requested;
  private boolean over;

  /**
   * The members of the zip archive {@code archive}, made by {@code newMember} of each one's name
   * and data. Takes over the archive stream's handlers.
   */
  public ZipMembers(ReadStream<Buffer> archive, BiFunction<String, Outlet<Buffer>, M> newMember) {
    this.newMember = Objects.requireNonNull(newMember, "newMember");
    parts = new DecodingStream<>(archive, new ZipDecoder());
    parts.pause();
    parts.handler(this::onPart);
    parts.endHandler(v -> onEnd());
    parts.exceptionHandler(this::onFailure);
  }

  /** Asks for the next part if whoever reads now (the member's data, or else the list) wants it. */
  private void pull() {
    boolean fetch;
    synchronized (this) {
      boolean wanted = current != null ? current.wantsMore() : members.wantsMore();
      fetch = wanted && !requested && !over;
      requested |= fetch;
    }
    if (fetch) {
      parts.fetch(1);
    }
  }

  private void onPart(ZipPart part) {
    M started = null;
    Outlet<Buffer> data;
    synchronized (this) {
      requested = false;
      if (part instanceof ZipPart.Start start) {
        current = new Outlet<>(this::pull);
        started = newMember.apply(start.name(), current);
      }
      data = current;
      if (part instanceof ZipPart.End) {
        current = null;
      }
    }
    if (started != null) {
      members.push(started);
    } else if (part instanceof ZipPart.Data piece) {
      data.push(piece.bytes());
    } else {
      data.end();
    }
    pull();
  }

  private void onEnd() {
    synchronized (this) {
      over = true;
    }
    members.end();
  }

  private void onFailure(Throwable error) {
    Outlet<Buffer> data;
    synchronized (this) {
      over = true;
      data = current;
      current = null;
    }
    if (data != null) {
      data.fail(error);
    }
    members.fail(error);
  }

  @Override
  public ZipMembers<M> exceptionHandler(Handler<Throwable> handler) {
    members.exceptionHandler(handler);
    return this;
  }

  @Override
  public ZipMembers<M> handler(Handler<M> handler) {
    members.handler(handler);
    return this;
  }

  @Override
  public ZipMembers<M> pause() {
    members.pause();
    return this;
  }

  @Override
  public ZipMembers<M> resume() {
    members.resume();
    return this;
  }

  @Override
  public ZipMembers<M> fetch(long amount) {
    members.fetch(amount);
    return this;
  }

  @Override
  public ZipMembers<M> endHandler(Handler<Void> endHandler) {
    members.endHandler(endHandler);
    return this;
  }
}
