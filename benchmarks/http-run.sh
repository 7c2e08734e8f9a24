#!/usr/bin/env bash
# The HTTP side-by-side benchmark (docs/benchmarks.md#over-http): N bindings x M pages of P JSON
# documents from one local PageServer (the same server for every program), fetched by
#   plain   the server's own limit: flowcdk.bench.http.PlainClient (plain Vert.x client, counts),
#   work    the same client also doing the connector's own work on each page (decode with the
#           generated codec, re-encode every document), without the CDK: the Java connector's floor,
#   java    the Java bench-over-HTTP connector (flowcdk.bench.http.HttpBenchCapture_Main),
#   python  the same connector on the Python CDK (benchmarks/python/source_bench_http), when
#           the Python CDK and aiohttp can be imported (otherwise one line says what is missing),
# each timed as a whole process with GNU time, alternately, RUNS times after a warm-up.
#
#   bash benchmarks/http-run.sh                 # builds, then runs with the defaults below
#   N=2 M=2 RUNS=1 bash benchmarks/http-run.sh  # tiny
#   SKIP_BUILD=1 / MVN_FLAGS=-o / JVM_FLAGS=... / CDS=0   as in run.sh
#   JAVA_CMD=/path/to/bin/java                  # the JVM of the Java programs (default below)
#   PYTHON=/path/to/python3                     # the interpreter for the Python CDK
#   ESTUARY_CDK_PATH=<connectors checkout>/estuary-cdk   # the Python CDK from a checkout
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=benchmarks/lib.sh
source "$ROOT/benchmarks/lib.sh"
JAR=$ROOT/benchmarks/target/bench-connector.jar
RUNS=${RUNS:-5}
# The defaults (200,000 documents, as run.sh's 1x200k case) take about a minute with the Python
# column, whose connector is ~10x slower; N=20 M=50 is the million-document run of the docs.
N=${N:-20}     # bindings
M=${M:-10}     # pages per binding
P=${P:-1000}   # documents per page
PAD=${PAD:-64} # length of each document's pad string
DOCS=$((N * M * P))
# The connector image's JVM and flags (docs/packaging.md): JDK 25 (the newest under /usr/lib/jvm, or
# JAVA25) with tiered compilation; without a JDK 25, the java on the PATH with the same flags. The
# plain client runs with the same JVM and flags. (Before 2026-12-04 this script ran JDK 17 with C1
# only, the images' earlier choice.)
if [[ -z ${JAVA_CMD:-} ]]; then
  find_java25
  JAVA_CMD=${JAVA25:-java}
fi
JVM_FLAGS=${JVM_FLAGS:--XX:+UseSerialGC -Xss512k -XX:MaxRAMPercentage=75 -Xmx96m -Xmn16m -XX:+ExitOnOutOfMemoryError -XX:+DisplayVMOutputToStderr -XX:ErrorFile=/tmp/hs_err_pid%p.log -Dvertx.disableDnsResolver=true}
read -r -a JVM <<<"$JVM_FLAGS"
# The server is not measured: it holds every page in memory (~200 bytes a document) and keeps C2.
SERVER_FLAGS=${SERVER_FLAGS:--XX:+UseSerialGC}
read -r -a SERVER_JVM <<<"$SERVER_FLAGS"
CDS=${CDS:-1}
JSA=$ROOT/benchmarks/target/bench-http.jsa
PYTHON=${PYTHON:-python3}
PYPATH=$ROOT/benchmarks/python${ESTUARY_CDK_PATH:+:$ESTUARY_CDK_PATH}${PYTHONPATH:+:$PYTHONPATH}

build_jar "$JAR"
need_gnu_time

WORK=$(mktemp -d "${TMPDIR:-/tmp}/flowcdk-http-bench.XXXXXX")
FEEDER=
SERVER_PID=
cleanup() {
  if [[ -n $FEEDER ]]; then kill "$FEEDER" 2>/dev/null || true; fi
  if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---- the server: one for every program and run; its port is the first line of its stdout ----
echo "starting the PageServer: $N bindings x $M pages x $P documents ..." >&2
coproc SERVER {
  exec java "${SERVER_JVM[@]}" -cp "$JAR" flowcdk.bench.http.PageServer \
    --port 0 --bindings "$N" --pages "$M" --page-size "$P" --pad "$PAD" 2>"$WORK/server.log"
}
read -r PORT <&"${SERVER[0]}" || { echo "the PageServer did not start:" >&2; cat "$WORK/server.log" >&2; exit 1; }
BASE_URL=http://127.0.0.1:$PORT

# http_request BINDINGS: the Open request of both connectors, one line (lib.sh's request with
# another config).
http_request() {
  local bindings=$1
  printf '{"open":{"capture":{"name":"acmeCo/bench-http","connectorType":"LOCAL","config":{"base_url":"%s","bindings":%d},"intervalSeconds":0,"bindings":[' \
    "$BASE_URL" "$bindings"
  bindings_json "$bindings"
  printf ']},"version":"v1","range":{"keyBegin":0,"keyEnd":4294967295,"rClockBegin":0,"rClockEnd":4294967295},"state":{}}}\n'
}

# timed OUT TIMES PROGRAM...: runs PROGRAM with stdin a pipe that stays open (the Open request,
# then nothing until the process exits, as Flow does), stdout to OUT; appends "wall user sys
# maxrss_kb" to TIMES. The plain client reads no stdin; it gets the same pipe all the same.
timed() {
  local out=$1 times=$2
  shift 2
  local fifo=$WORK/stdin.fifo
  rm -f "$fifo"
  mkfifo "$fifo"
  (cat "$WORK/request.json"; exec sleep 600) >"$fifo" &
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


# stats TIMES: "median_wall median_cpu median_rss_mb"
stats() {
  local w c m
  w=$(awk '{ print $1 }' "$1" | median)
  c=$(awk '{ print $2 + $3 }' "$1" | median)
  m=$(awk '{ print $4 / 1024 }' "$1" | median)
  echo "$w $c $m"
}

# The class-data archive, as in run.sh, trained on a spec and a 2-binding capture of the Java
# connector and a 2-binding run of the plain client with --work (its classes and the codecs'); every
# Java program then runs with it.
if [[ $CDS == 1 ]]; then
  echo "building the class-data archive $JSA (3 training runs, then -Xshare:dump) ..." >&2
  echo '{"spec":{}}' | "$JAVA_CMD" "${JVM[@]}" -XX:DumpLoadedClassList="$WORK/spec.classes" -cp "$JAR" \
    flowcdk.bench.http.HttpBenchCapture_Main >/dev/null 2>"$WORK/stderr"
  http_request 2 >"$WORK/request.json"
  timed /dev/null "$WORK/train.times" "$JAVA_CMD" "${JVM[@]}" -XX:DumpLoadedClassList="$WORK/capture.classes" \
    -cp "$JAR" flowcdk.bench.http.HttpBenchCapture_Main
  timed /dev/null "$WORK/train.times" "$JAVA_CMD" "${JVM[@]}" -XX:DumpLoadedClassList="$WORK/plain.classes" \
    -cp "$JAR" flowcdk.bench.http.PlainClient --base-url "$BASE_URL" --bindings 2 --work true
  # one list: every class once, in first-seen order; newer JDKs number the classes of each list
  # (" id: N"), and the same class numbered differently in two lists is a format error
  sed -E 's/ id: [0-9]+$//' "$WORK/spec.classes" "$WORK/capture.classes" "$WORK/plain.classes" |
    awk '!seen[$0]++' >"$WORK/train.classes"
  rm -f "$JSA"
  "$JAVA_CMD" "${JVM[@]}" -Xshare:dump -XX:SharedClassListFile="$WORK/train.classes" -XX:SharedArchiveFile="$JSA" \
    -cp "$JAR" >"$WORK/dump.log" 2>&1 || { echo "CDS dump failed:" >&2; tail -20 "$WORK/dump.log" >&2; exit 1; }
  JVM+=("-XX:SharedArchiveFile=$JSA")
  JVM_FLAGS="$JVM_FLAGS -XX:SharedArchiveFile=benchmarks/target/bench-http.jsa"
fi

http_request "$N" >"$WORK/request.json"
PLAIN=("$JAVA_CMD" "${JVM[@]}" -cp "$JAR" flowcdk.bench.http.PlainClient --base-url "$BASE_URL" --bindings "$N")
WORKC=("${PLAIN[@]}" --work true)
JAVA=("$JAVA_CMD" "${JVM[@]}" -cp "$JAR" flowcdk.bench.http.HttpBenchCapture_Main)
PY=(env PYTHONPATH="$PYPATH" "$PYTHON" -m source_bench_http)

# The Python column runs only where the Python CDK and aiohttp import; otherwise say what is missing.
PROGRAMS=(plain work java)
if missing=$(env PYTHONPATH="$PYPATH" "$PYTHON" -c 'import aiohttp, estuary_cdk.http, estuary_cdk.capture.common' 2>&1); then
  PROGRAMS+=(python)
  PYTHON_NOTE=
else
  interpreter=$("$PYTHON" --version 2>&1) || interpreter="$PYTHON (not found)"
  reason=$(grep -E '^[A-Za-z]*Error' <<<"$missing" | tail -1) || reason=$(tail -1 <<<"$missing")
  PYTHON_NOTE="python: skipped: $interpreter cannot import the Python CDK ($reason); install estuary_cdk and its dependencies (aiohttp, pydantic 2, orjson, xxhash, pycron, google-auth) with pip from a checkout of estuary/connectors (pip install ./estuary-cdk), or point ESTUARY_CDK_PATH at that estuary-cdk folder and PYTHON at an interpreter that has the dependencies"
  echo "$PYTHON_NOTE" >&2
fi

run() {
  case $1 in
    plain) timed "$2" "$3" "${PLAIN[@]}" ;;
    work) timed "$2" "$3" "${WORKC[@]}" ;;
    java) timed "$2" "$3" "${JAVA[@]}" ;;
    python) timed "$2" "$3" "${PY[@]}" ;;
  esac
}

# per_binding FILE: the stdout lines grouped by binding (stable), wall-clock values normalized (as in run.sh).
per_binding() {
  sed -E 's/"last_initialized":"[^"]*"/"last_initialized":"<wall-clock>"/' "$1" |
    awk '{
      key = "-"
      if (match($0, /^\{"captured":\{"binding":[0-9]+,/)) key = "b" substr($0, 24, RLENGTH - 24)
      else if (match($0, /"bindingStateV1":\{"[^"]*"/)) key = "s" substr($0, RSTART + 18, RLENGTH - 19)
      print key "\t" $0
    }' | sort -s -t "$(printf '\t')" -k1,1
}

echo "warm-up, then $RUNS x (${PROGRAMS[*]}) ..." >&2
for prog in "${PROGRAMS[@]}"; do
  run "$prog" /dev/null "$WORK/warm.times"
  : >"$WORK/$prog.times"
done
for ((i = 0; i < RUNS; i++)); do
  for prog in "${PROGRAMS[@]}"; do
    # The first run of each program keeps its output for the checks below; the plain client's
    # count (one line) is checked on every run.
    if [[ $prog == plain || $prog == work ]]; then
      run "$prog" "$WORK/$prog.out" "$WORK/$prog.times"
      [[ $(cat "$WORK/$prog.out") == "$DOCS" ]] ||
        { echo "$prog: counted $(cat "$WORK/$prog.out") documents, expected $DOCS" >&2; exit 1; }
    elif ((i == 0)); then
      run "$prog" "$WORK/$prog.out" "$WORK/$prog.times"
    else
      run "$prog" /dev/null "$WORK/$prog.times"
    fi
  done
done

# The speed is honest only if the work was done: every document captured, one checkpoint per page
# (the last page's documents are committed by the completion checkpoint), and, with Python, the
# same output per binding from both connectors.
for prog in "${PROGRAMS[@]}"; do
  [[ $prog == plain || $prog == work ]] && continue
  docs=$(grep -c '^{"captured":' "$WORK/$prog.out" || true)
  checkpoints=$(grep -c '^{"checkpoint":' "$WORK/$prog.out" || true)
  if ((docs != DOCS || checkpoints != N * (M + 1))); then
    echo "$prog: $docs documents and $checkpoints checkpoints, expected $DOCS and $((N * (M + 1)))" \
      "(an initialization, $((M - 1)) page and a completion checkpoint per binding)" >&2
    exit 1
  fi
done
if [[ " ${PROGRAMS[*]} " == *" python "* ]] &&
  ! cmp -s <(per_binding "$WORK/java.out") <(per_binding "$WORK/python.out"); then
  echo "the Java connector's output differs from the Python connector's (per binding):" >&2
  diff <(per_binding "$WORK/java.out") <(per_binding "$WORK/python.out") | head -10 >&2
  exit 1
fi
echo "outputs checked: $DOCS documents and $((N * (M + 1))) checkpoints per connector" \
  "($(wc -c <"$WORK/java.out") bytes from the Java connector)" >&2

declare -A RATE
ROWS=$WORK/rows
: >"$ROWS"
read -r plain_wall _ _ < <(stats "$WORK/plain.times")
for prog in "${PROGRAMS[@]}"; do
  read -r w c m < <(stats "$WORK/$prog.times")
  RATE[$prog]=$(awk -v d="$DOCS" -v w="$w" 'BEGIN { printf "%.0f", d / w }')
  awk -v p="$prog" -v w="$w" -v c="$c" -v m="$m" -v r="${RATE[$prog]}" -v pw="$plain_wall" 'BEGIN {
    printf "%-8s %8.2f %8.2f %9.1f %12d %10.0f%%\n", p, w, c, m, r, 100 * pw / w
  }' >>"$ROWS"
done

echo
echo "$(date -u +%Y-%m-%d) $(nproc) cores; $("$JAVA_CMD" -version 2>&1 | head -1); JVM flags: $JVM_FLAGS; $N bindings x $M pages x $P documents ($DOCS documents, pad $PAD); medians of $RUNS runs"
printf '%-8s %8s %8s %9s %12s %11s\n' program "wall s" "CPU s" "RSS MB" "docs/s" "% of plain"
cat "$ROWS"
if [[ -n $PYTHON_NOTE ]]; then echo "$PYTHON_NOTE"; fi
awk -v j="${RATE[java]}" -v p="${RATE[plain]}" 'BEGIN {
  printf "java / plain: %.0f%% of the plain client'"'"'s docs/s (target: at least 80%%)\n", 100 * j / p
}'
awk -v j="${RATE[java]}" -v w="${RATE[work]}" 'BEGIN {
  printf "java / work: %.0f%% of the docs/s of the same work without the CDK (decode and re-encode on one event loop)\n", 100 * j / w
}'
if [[ -n ${RATE[python]:-} ]]; then
  awk -v j="${RATE[java]}" -v p="${RATE[python]}" 'BEGIN {
    printf "java / python: %.1fx the Python CDK'"'"'s docs/s (target: at least 10x)\n", j / p
  }'
else
  echo "java / python: not measured (python skipped)"
fi
