#!/usr/bin/env bash
# The side-by-side capture benchmark (docs/benchmarks.md): the Java bench connector against the
# raw-limit program (flowcdk.bench.RawLimit, the same bytes written with plain jackson-core), timed
# as whole processes with GNU time, alternately, RUNS times each after a warm-up.
#
#   bash benchmarks/run.sh            # builds, then runs every case
#   RUNS=3 bash benchmarks/run.sh     # fewer runs
#   MVN_FLAGS=-o bash benchmarks/run.sh   # build offline
#   SKIP_BUILD=1 bash benchmarks/run.sh   # use the jar already built
#   JVM_FLAGS='...' bash benchmarks/run.sh  # other JVM flags (the same for both programs)
#   CDS=0 bash benchmarks/run.sh      # no application class-data archive (see below)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=$ROOT/benchmarks/target/bench-connector.jar
RUNS=${RUNS:-5}
# The flags a connector image would use (measured choices in docs/benchmarks.md), the same for both
# programs: serial GC, small thread stacks, a heap of 75% of the container's memory but at most
# 96 MB (-Xmx wins over MaxRAMPercentage when both are given) with a 16 MB young generation, and
# C1 only (less CPU and RSS, faster start; long captures may prefer C2: drop TieredStopAtLevel),
# and Vert.x resolving host names with the JDK's resolver instead of starting its own DNS client
# (~220 classes and ~1.5 MB of RSS at start; the CDK itself opens no connections). The JVM's own
# messages (an out-of-memory exit) go to stderr, never into the protocol stream on stdout, and a
# crash report to /tmp, as in example-connector/sql/Dockerfile.
JVM_FLAGS=${JVM_FLAGS:--XX:+UseSerialGC -Xss512k -XX:MaxRAMPercentage=75 -Xmx96m -Xmn16m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError -XX:+DisplayVMOutputToStderr -XX:ErrorFile=/tmp/hs_err_pid%p.log -Dvertx.disableDnsResolver=true}
read -r -a JVM <<<"$JVM_FLAGS"
# The application class-data sharing (AppCDS) archive, as a connector image would build it: the
# classes loaded by a few training runs of the connector (spec, a small typed and a small generic
# capture), dumped with -Xshare:dump into a static archive that replaces the JDK's default one. Both
# programs then run with -XX:SharedArchiveFile (it must be made by the same JDK for the same jar
# path; if it does not match, the JVM ignores it and starts without it).
CDS=${CDS:-1}
JSA=$ROOT/benchmarks/target/bench-connector.jsa

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "building (mvn package -pl benchmarks -am) ..." >&2
  # shellcheck disable=SC2086
  mvn -q -B -ntp ${MVN_FLAGS:-} -DskipTests package -pl benchmarks -am >&2
fi
[[ -f $JAR ]] || { echo "missing $JAR" >&2; exit 1; }

if [[ ! -x /usr/bin/time ]]; then
  echo "GNU time (/usr/bin/time) is missing: installing the Debian package 'time' with apt-get" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >&2 || { apt-get update -qq >&2 && apt-get install -y -qq time >&2; }
  else sudo apt-get install -y -qq time >&2; fi
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/flowcdk-bench.XXXXXX")
FEEDER=
cleanup() {
  if [[ -n $FEEDER ]]; then kill "$FEEDER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# request BINDINGS DOCS MODEL: the Open request of the bench workload (docs/benchmarks.md#the-workload), one line.
request() {
  local bindings=$1 docs=$2 model=$3 b sep=
  printf '{"open":{"capture":{"name":"acmeCo/bench","connectorType":"LOCAL","config":{"bindings":%d,"docs":%d,"page":1000,"model":%s,"pad":64},"intervalSeconds":0,"bindings":[' \
    "$bindings" "$docs" "$model"
  for ((b = 0; b < bindings; b++)); do
    printf '%s{"resourceConfig":{"name":"items%d"},"resourcePath":["items%d"],"stateKey":"items%d","collection":{"name":"acmeCo/items%d","key":["/id"],"writeSchema":{"type":"object"}}}' \
      "$sep" "$b" "$b" "$b" "$b"
    sep=,
  done
  printf ']},"version":"v1","range":{"keyBegin":0,"keyEnd":4294967295,"rClockBegin":0,"rClockEnd":4294967295},"state":{}}}\n'
}

# timed REQUEST OUT TIMES PROGRAM...: runs PROGRAM with stdin a pipe that stays open (the request,
# then nothing until the process exits), stdout to OUT; appends "wall user sys maxrss_kb" to TIMES.
timed() {
  local req=$1 out=$2 times=$3
  shift 3
  local fifo=$WORK/stdin.fifo
  rm -f "$fifo"
  mkfifo "$fifo"
  (cat "$req"; exec sleep 600) >"$fifo" &
  FEEDER=$!
  if ! /usr/bin/time -f '%e %U %S %M' -a -o "$times" "$@" <"$fifo" >"$out" 2>"$WORK/stderr"; then
    echo "failed: $* (stderr:)" >&2
    tail -20 "$WORK/stderr" >&2
    exit 1
  fi
  kill "$FEEDER" 2>/dev/null || true
  wait "$FEEDER" 2>/dev/null || true
  FEEDER=
}

# timed_eof REQUEST OUT TIMES PROGRAM...: like timed, but stdin is the request file alone (EOF after it),
# as `echo '{"spec":{}}' | connector`: a spec request is answered, then the connector exits at EOF.
timed_eof() {
  local req=$1 out=$2 times=$3
  shift 3
  if ! /usr/bin/time -f '%e %U %S %M' -a -o "$times" "$@" <"$req" >"$out" 2>"$WORK/stderr"; then
    echo "failed: $* (stderr:)" >&2
    tail -20 "$WORK/stderr" >&2
    exit 1
  fi
}

# per_binding FILE: the stdout lines grouped by binding (stable), wall-clock values normalized.
per_binding() {
  sed -E 's/"last_initialized":"[^"]*"/"last_initialized":"<wall-clock>"/' "$1" |
    awk '{
      key = "-"
      if (match($0, /^\{"captured":\{"binding":[0-9]+,/)) key = "b" substr($0, 24, RLENGTH - 24)
      else if (match($0, /"bindingStateV1":\{"[^"]*"/)) key = "s" substr($0, RSTART + 18, RLENGTH - 19)
      print key "\t" $0
    }' | sort -s -t "$(printf '\t')" -k1,1
}

# median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# stats TIMES: "median_wall median_cpu median_rss_mb"
stats() {
  local w c m
  w=$(awk '{ print $1 }' "$1" | median)
  c=$(awk '{ print $2 + $3 }' "$1" | median)
  m=$(awk '{ print $4 / 1024 }' "$1" | median)
  echo "$w $c $m"
}

# train_cds: builds $JSA from the classes three short training runs load (see CDS above).
train_cds() {
  echo "building the class-data archive $JSA (3 training runs, then -Xshare:dump) ..." >&2
  local lists=() name
  echo '{"spec":{}}' >"$WORK/train-spec.json"
  request 2 2000 true >"$WORK/train-typed.json"
  request 2 2000 false >"$WORK/train-generic.json"
  timed_eof "$WORK/train-spec.json" /dev/null "$WORK/train.times" \
    java "${JVM[@]}" -XX:DumpLoadedClassList="$WORK/train-spec.classes" -jar "$JAR"
  for name in typed generic; do
    timed "$WORK/train-$name.json" /dev/null "$WORK/train.times" \
      java "${JVM[@]}" -XX:DumpLoadedClassList="$WORK/train-$name.classes" -jar "$JAR"
  done
  # one list: every class once, in first-seen order (a class after its supertypes); newer JDKs
  # number the classes of each list (" id: N"), and the same class numbered differently in two
  # lists is a format error
  sed -E 's/ id: [0-9]+$//' "$WORK"/train-spec.classes "$WORK"/train-typed.classes \
    "$WORK"/train-generic.classes | awk '!seen[$0]++' >"$WORK/train.classes"
  rm -f "$JSA"
  java "${JVM[@]}" -Xshare:dump -XX:SharedClassListFile="$WORK/train.classes" -XX:SharedArchiveFile="$JSA" \
    -cp "$JAR" >"$WORK/dump.log" 2>&1 || { echo "CDS dump failed:" >&2; tail -20 "$WORK/dump.log" >&2; exit 1; }
}

if [[ $CDS == 1 ]]; then
  train_cds
  JVM+=("-XX:SharedArchiveFile=$JSA")
  JVM_FLAGS="$JVM_FLAGS -XX:SharedArchiveFile=benchmarks/target/bench-connector.jsa"
fi

ROWS=$WORK/rows
: >"$ROWS"
CONNECTOR=(java "${JVM[@]}" -jar "$JAR")
RAW=(java "${JVM[@]}" -cp "$JAR" flowcdk.bench.RawLimit)

# capture_case NAME BINDINGS DOCS MODEL
capture_case() {
  local name=$1 bindings=$2 docs=$3 model=$4
  local req=$WORK/$name.request.json total=$(($2 * $3)) i
  request "$bindings" "$docs" "$model" >"$req"
  echo "case $name: warm-up, then $RUNS x (connector, raw) ..." >&2
  timed "$req" /dev/null "$WORK/warm" "${CONNECTOR[@]}"
  timed "$req" /dev/null "$WORK/warm" "${RAW[@]}"
  : >"$WORK/$name.java.times"
  : >"$WORK/$name.raw.times"
  for ((i = 0; i < RUNS; i++)); do
    if ((i == 0)); then
      timed "$req" "$WORK/$name.java.out" "$WORK/$name.java.times" "${CONNECTOR[@]}"
      timed "$req" "$WORK/$name.raw.out" "$WORK/$name.raw.times" "${RAW[@]}"
    else
      timed "$req" /dev/null "$WORK/$name.java.times" "${CONNECTOR[@]}"
      timed "$req" /dev/null "$WORK/$name.raw.times" "${RAW[@]}"
    fi
  done
  # The speed is honest only if the output is the same: per binding, line for line.
  if ! cmp -s <(per_binding "$WORK/$name.java.out") <(per_binding "$WORK/$name.raw.out"); then
    echo "case $name: the connector's output differs from the raw program's (per binding):" >&2
    diff <(per_binding "$WORK/$name.java.out") <(per_binding "$WORK/$name.raw.out") | head -10 >&2
    exit 1
  fi
  if ((bindings == 1)) && ! cmp -s \
      <(sed -E 's/"last_initialized":"[^"]*"/""/' "$WORK/$name.java.out") \
      <(sed -E 's/"last_initialized":"[^"]*"/""/' "$WORK/$name.raw.out"); then
    echo "case $name: the connector's output differs from the raw program's (line order)" >&2
    exit 1
  fi
  local lines bytes
  lines=$(wc -l <"$WORK/$name.java.out")
  bytes=$(wc -c <"$WORK/$name.java.out")
  echo "case $name: outputs equal ($lines lines, $bytes bytes)" >&2
  local rw
  read -r rw _ _ < <(stats "$WORK/$name.raw.times")
  for prog in java raw; do
    local w c m
    read -r w c m < <(stats "$WORK/$name.$prog.times")
    awk -v n="$name" -v p="$prog" -v w="$w" -v c="$c" -v m="$m" -v d="$total" -v b="$bytes" -v rw="$rw" 'BEGIN {
      printf "%-22s %-10s %8.2f %8.2f %9.1f %12.0f %8.1f %8.0f%%\n", n, (p == "java" ? "connector" : "raw-limit"), w, c, m, d / w, b / 1e6 / w, 100 * rw / w
    }' >>"$ROWS"
  done
}

capture_case "1x200k-typed" 1 200000 true
capture_case "1x200k-generic" 1 200000 false
capture_case "8x25k-typed" 8 25000 true

echo "case spec: warm-up, then $RUNS x connector ..." >&2
echo '{"spec":{}}' >"$WORK/spec.request.json"
timed_eof "$WORK/spec.request.json" /dev/null "$WORK/warm" "${CONNECTOR[@]}"
: >"$WORK/spec.times"
for ((i = 0; i < RUNS; i++)); do
  timed_eof "$WORK/spec.request.json" "$WORK/spec.out" "$WORK/spec.times" "${CONNECTOR[@]}"
done
grep -q '"spec"' "$WORK/spec.out" || { echo "spec: no spec response" >&2; exit 1; }
read -r w c m < <(stats "$WORK/spec.times")
awk -v w="$w" -v c="$c" -v m="$m" 'BEGIN { printf "%-22s %-10s %8.2f %8.2f %9.1f %12s %8s %9s\n", "spec", "connector", w, c, m, "", "", "" }' >>"$ROWS"

echo
echo "$(date -u +%Y-%m-%d) $(nproc) cores; $(java -version 2>&1 | head -1); JVM flags: $JVM_FLAGS; medians of $RUNS runs"
printf '%-22s %-10s %8s %8s %9s %12s %8s %9s\n' case program "wall s" "CPU s" "RSS MB" "docs/s" "MB/s" "% of raw"
cat "$ROWS"
