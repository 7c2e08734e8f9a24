/** The models of the streaming benchmark (benchmarks-jmh's {@code StreamingBenchmark}). */
package flowcdk.bench.stream;
