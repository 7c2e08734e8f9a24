package flowcdk.bench.http;

/**
 * What the {@link PageServer} serves: {@code bindings} resources {@code /items0 .. /items<N-1>},
 * each {@code pages} pages of {@code pageSize} documents of the bench workload
 * (docs/benchmarks.md#the-workload) with a {@code pad} string of that length.
 *
 * @param bindings number of resources
 * @param pages pages per resource
 * @param pageSize documents per page
 * @param pad length of each document's {@code pad} string
 */
public record PageShape(int bindings, int pages, int pageSize, int pad) {

  /** Checks the sizes. */
  public PageShape {
    if (bindings < 1 || pages < 1 || pageSize < 1 || pad < 0) {
      throw new IllegalArgumentException(
          "a page shape needs at least 1 binding, 1 page and 1 document a page, and a pad length"
              + " of at least 0, but has bindings "
              + bindings
              + ", pages "
              + pages
              + ", page size "
              + pageSize
              + ", pad "
              + pad);
    }
  }

  /** Documents per binding. */
  public long documentsPerBinding() {
    return (long) pages * pageSize;
  }

  /** Documents of all bindings. */
  public long documents() {
    return bindings * documentsPerBinding();
  }
}
