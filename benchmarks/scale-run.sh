#!/usr/bin/env bash
# The scale-out benchmark (docs/scale-out.md#throughput): one capture of N bindings over HTTP, each
# page answered after LATENCY_MS by one local PageServer (the same server for every run), captured
#   1 instance   the whole key space, as a capture that is not split;
#   K instances  K processes at once, each opened with 1/K of the key space (the bindings it
#                claims), as Flow runs a capture split into K shards;
# alternately, RUNS times each after a warm-up. A run's time is from the start of its first
# process to the exit of its last; docs/s is the documents of all instances over that time (their
# union is checked to be every document once).
#
#   bash benchmarks/scale-run.sh                   # builds, then runs with the defaults below
#   K=2 N=16 M=5 RUNS=1 bash benchmarks/scale-run.sh
#   SKIP_BUILD=1 / MVN_FLAGS=-o / JVM_FLAGS=...    as in run.sh
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=benchmarks/lib.sh
source "$ROOT/benchmarks/lib.sh"
JAR=$ROOT/benchmarks/target/bench-connector.jar
RUNS=${RUNS:-5}
K=${K:-4}                   # instances of the split capture
N=${N:-64}                  # bindings
M=${M:-20}                  # pages per binding
P=${P:-500}                 # documents per page
PAD=${PAD:-64}              # length of each document's pad string
LATENCY_MS=${LATENCY_MS:-50} # how long the server takes to answer a page
MAX_CONCURRENT=${MAX_CONCURRENT:-0} # requests each instance keeps in flight (0: no limit), as an API
                                    # limiting each client; such a limit is what scale-out lifts
DOCS=$((N * M * P))
JVM_FLAGS=${JVM_FLAGS:--XX:+UseSerialGC -Xss512k -Xmx256m -XX:+ExitOnOutOfMemoryError -XX:+DisplayVMOutputToStderr -Dvertx.disableDnsResolver=true}
read -r -a JVM <<<"$JVM_FLAGS"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "building (mvn package -pl benchmarks -am) ..." >&2
  # shellcheck disable=SC2086
  mvn -q -B -ntp ${MVN_FLAGS:-} -DskipTests package -pl benchmarks -am >&2
fi
[[ -f $JAR ]] || { echo "missing $JAR" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/flowcdk-scale-bench.XXXXXX")
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "starting the PageServer: $N bindings x $M pages x $P documents, ${LATENCY_MS} ms a page ..." >&2
coproc SERVER {
  exec java -XX:+UseSerialGC -cp "$JAR" flowcdk.bench.http.PageServer --port 0 --bindings "$N" \
    --pages "$M" --page-size "$P" --pad "$PAD" --latency-ms "$LATENCY_MS" 2>"$WORK/server.log"
}
PIDS+=("$SERVER_PID")
read -r PORT <&"${SERVER[0]}" || { echo "the PageServer did not start:" >&2; cat "$WORK/server.log" >&2; exit 1; }
BASE_URL=http://127.0.0.1:$PORT

# range_request BEGIN END: the Open request of the capture for key range [BEGIN, END], one line.
range_request() {
  printf '{"open":{"capture":{"name":"acmeCo/bench-http","connectorType":"LOCAL","config":{"base_url":"%s","bindings":%d,"max_concurrent":%d},"intervalSeconds":0,"bindings":[' \
    "$BASE_URL" "$N" "$MAX_CONCURRENT"
  bindings_json "$N"
  printf ']},"version":"v1","range":{"keyBegin":%d,"keyEnd":%d,"rClockBegin":0,"rClockEnd":4294967295},"state":{}}}\n' "$1" "$2"
}

# instances COUNT OUT: runs COUNT instances at once over equal key ranges, each fed its Open request
# on a pipe that stays open until it exits (as Flow does), stdout appended to OUT; prints the
# seconds from the first start to the last exit.
instances() {
  local count=$1 out=$2 i begin end size=4294967296 start pids=() feeders=()
  : >"$out"
  for ((i = 0; i < count; i++)); do
    begin=$((size * i / count))
    end=$((size * (i + 1) / count - 1))
    range_request "$begin" "$end" >"$WORK/request.$i.json"
    rm -f "$WORK/stdin.$i"
    mkfifo "$WORK/stdin.$i"
  done
  start=$(date +%s.%N)
  for ((i = 0; i < count; i++)); do
    (cat "$WORK/request.$i.json"; exec sleep 600) >"$WORK/stdin.$i" &
    feeders+=($!)
    java "${JVM[@]}" -cp "$JAR" flowcdk.bench.http.HttpBenchCapture_Main <"$WORK/stdin.$i" \
      >"$WORK/out.$i" 2>"$WORK/err.$i" &
    pids+=($!)
  done
  for ((i = 0; i < count; i++)); do
    if ! wait "${pids[$i]}"; then
      echo "instance $i of $count failed; its stderr:" >&2
      tail -20 "$WORK/err.$i" >&2
      exit 1
    fi
  done
  echo "$(date +%s.%N) - $start" | bc
  for ((i = 0; i < count; i++)); do
    kill "${feeders[$i]}" 2>/dev/null || true
    grep '^{"captured"' "$WORK/out.$i" >>"$out" || true
  done
}

# check OUT: every document exactly once across the instances
check() {
  local total unique
  total=$(wc -l <"$1")
  unique=$(sed -E 's/^\{"captured":\{"binding":([0-9]+),"doc":\{"id":"?([^,"]*)"?,.*/\1 \2/' "$1" | sort -u | wc -l)
  [[ $total == "$DOCS" && $unique == "$DOCS" ]] ||
    { echo "expected $DOCS documents once each, got $total lines, $unique distinct" >&2; exit 1; }
}

command -v bc >/dev/null || { echo "bc is missing: apt-get install -y bc" >&2; exit 1; }
echo "warm-up, then $RUNS x (1 instance, $K instances) ..." >&2
instances 1 "$WORK/one.out" >/dev/null
: >"$WORK/one.times"
: >"$WORK/many.times"
for ((r = 0; r < RUNS; r++)); do
  instances 1 "$WORK/one.out" >>"$WORK/one.times"
  check "$WORK/one.out"
  instances "$K" "$WORK/many.out" >>"$WORK/many.times"
  check "$WORK/many.out"
done
one=$(median <"$WORK/one.times")
many=$(median <"$WORK/many.times")
echo
limit=$([[ $MAX_CONCURRENT == 0 ]] && echo "no limit on requests in flight" || echo "at most $MAX_CONCURRENT requests in flight per instance")
echo "scale-out over HTTP: $N bindings x $M pages x $P documents ($DOCS documents), ${LATENCY_MS} ms a page, $limit, median of $RUNS runs on $(nproc) cores"
printf '  %-12s %8.2f s %12.0f docs/s\n' "1 instance" "$one" "$(echo "$DOCS / $one" | bc -l)"
printf '  %-12s %8.2f s %12.0f docs/s  (%.2fx)\n' "$K instances" "$many" "$(echo "$DOCS / $many" | bc -l)" "$(echo "$one / $many" | bc -l)"
