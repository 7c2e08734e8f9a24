#!/usr/bin/env bash
# The side-by-side capture benchmark (docs/benchmarks.md): the Java bench connector against the
# raw-limit program (flowcdk.bench.RawLimit, the same bytes written with plain jackson-core) on each
# JDK variant, and against the same connector on Estuary's Python CDK when it is available, timed as
# whole processes with GNU time, alternately, RUNS times each after a warm-up.
#
#   bash benchmarks/run.sh            # builds, then runs every case
#   RUNS=3 bash benchmarks/run.sh     # fewer runs
#   MVN_FLAGS=-o bash benchmarks/run.sh   # build offline
#   SKIP_BUILD=1 bash benchmarks/run.sh   # use the jar already built
#   VARIANTS=25 bash benchmarks/run.sh    # only the JDK 25 variant (default: "25 17")
#   LONG=1 bash benchmarks/run.sh     # also 1 binding x 2,000,000 typed documents (LONG_RUNS times)
#   ESTUARY_CDK_PATH=<estuary/connectors checkout>/estuary-cdk bash benchmarks/run.sh
#                                     # adds the Python CDK's column (PYTHON=... picks the interpreter)
#
# The variants, each with the flags and start-up archive of a connector image (docs/packaging.md):
#   25  JDK 25 (JAVA25, default: the newest JDK 25 under /usr/lib/jvm) with an AOT cache
#       (-XX:AOTCacheOutput, JEP 483/514/515) from one training run, tiered compilation (C1 + C2);
#       FLAGS25 overrides its flags
#   17  JDK 17 (JAVA17, default: java on the PATH) with a static AppCDS archive from three
#       training runs and C1 only, the image before JDK 25; FLAGS17 overrides its flags
# Both programs of a variant run with the same flags and archive. CDS=0 runs without archives.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=benchmarks/lib.sh
source benchmarks/lib.sh
JAR=$ROOT/benchmarks/target/bench-connector.jar
RUNS=${RUNS:-5}
LONG_RUNS=${LONG_RUNS:-3}
VARIANTS=${VARIANTS:-25 17}
CDS=${CDS:-1}
# Common to both: serial GC, small thread stacks, a heap of 75% of the container's memory but at
# most 96 MB (-Xmx wins over MaxRAMPercentage when both are given) with a 16 MB young generation;
# the JVM's own messages (an out-of-memory exit) go to stderr, never into the protocol stream on
# stdout, and a crash report to /tmp; Vert.x resolves host names with the JDK's resolver instead of
# starting its own DNS client (~220 classes and ~1.5 MB of RSS at start).
COMMON='-XX:+UseSerialGC -Xss512k -XX:MaxRAMPercentage=75 -Xmx96m -Xmn16m -XX:+ExitOnOutOfMemoryError -XX:+DisplayVMOutputToStderr -XX:ErrorFile=/tmp/hs_err_pid%p.log -Dvertx.disableDnsResolver=true'
FLAGS25=${FLAGS25:-$COMMON}
FLAGS17=${FLAGS17:-$COMMON -XX:TieredStopAtLevel=1}
JAVA17=${JAVA17:-java}
find_java25
PYTHON=${PYTHON:-python3}

build_jar "$JAR"
need_gnu_time

WORK=$(mktemp -d "${TMPDIR:-/tmp}/flowcdk-bench.XXXXXX")
FEEDER=
cleanup() {
  if [[ -n $FEEDER ]]; then kill "$FEEDER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

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

# timed_eof REQUEST OUT TIMES PROGRAM...: like timed, but stdin is a pipe carrying the request alone (EOF
# after it; a pipe, as the Python CDK reads stdin only from one),
# as `echo '{"spec":{}}' | connector`: a spec request is answered, then the connector exits at EOF.
timed_eof() {
  local req=$1 out=$2 times=$3
  shift 3
  if ! /usr/bin/time -f '%e %U %S %M' -a -o "$times" "$@" < <(cat "$req") >"$out" 2>"$WORK/stderr"; then
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

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# stats TIMES: "median_wall median_cpu median_rss_mb"
stats() {
  local w c m
  w=$(awk '{ print $1 }' "$1" | median)
  c=$(awk '{ print $2 + $3 }' "$1" | median)
  m=$(awk '{ print $4 / 1024 }' "$1" | median)
  echo "$w $c $m"
}

# ---- the variants: a JDK, its flags and its start-up archive ----

declare -A JAVA_OF FLAGS_OF
for v in $VARIANTS; do
  case $v in
    25) [[ -n $JAVA25 && -x $JAVA25 ]] || { echo "variant 25: no JDK 25 found under /usr/lib/jvm; set JAVA25=<jdk 25>/bin/java or VARIANTS=17" >&2; exit 1; }
        JAVA_OF[25]=$JAVA25; FLAGS_OF[25]=$FLAGS25 ;;
    17) JAVA_OF[17]=$JAVA17; FLAGS_OF[17]=$FLAGS17 ;;
    *) echo "unknown variant '$v' in VARIANTS (use 25 and/or 17)" >&2; exit 1 ;;
  esac
done

# train_aot: the JDK 25 AOT cache, as the connector images build it (example-connector/sql/
# Dockerfile): one training run answering spec and then capturing 2 bindings x 2000 typed
# documents, with -XX:AOTCacheOutput; the JVM writes the cache when the run exits.
train_aot() {
  local aot=$ROOT/benchmarks/target/bench-connector.aot flags
  read -r -a flags <<<"${FLAGS_OF[25]}"
  echo "variant 25: building the AOT cache $aot (one training run) ..." >&2
  { echo '{"spec":{}}'; request 2 2000 true; } >"$WORK/train-25.json"
  rm -f "$aot"
  "${JAVA_OF[25]}" "${flags[@]}" -XX:AOTCacheOutput="$aot" -jar "$JAR" <"$WORK/train-25.json" \
    >/dev/null 2>"$WORK/train-25.log" || { echo "AOT training failed:" >&2; tail -20 "$WORK/train-25.log" >&2; exit 1; }
  [[ -f $aot ]] || { echo "AOT training wrote no cache:" >&2; tail -20 "$WORK/train-25.log" >&2; exit 1; }
  FLAGS_OF[25]="${FLAGS_OF[25]} -XX:AOTCache=$aot"
}

# train_cds: the JDK 17 static AppCDS archive: the classes three short training runs load (spec, a
# small typed and a small generic capture), dumped with -Xshare:dump into a static archive that
# replaces the JDK's default one (it must be made by the same JDK for the same jar path; if it does
# not match, the JVM ignores it and starts without it).
train_cds() {
  local jsa=$ROOT/benchmarks/target/bench-connector.jsa flags name
  read -r -a flags <<<"${FLAGS_OF[17]}"
  echo "variant 17: building the class-data archive $jsa (3 training runs, then -Xshare:dump) ..." >&2
  echo '{"spec":{}}' >"$WORK/train-spec.json"
  request 2 2000 true >"$WORK/train-typed.json"
  request 2 2000 false >"$WORK/train-generic.json"
  timed_eof "$WORK/train-spec.json" /dev/null "$WORK/train.times" \
    "${JAVA_OF[17]}" "${flags[@]}" -XX:DumpLoadedClassList="$WORK/train-spec.classes" -jar "$JAR"
  for name in typed generic; do
    timed "$WORK/train-$name.json" /dev/null "$WORK/train.times" \
      "${JAVA_OF[17]}" "${flags[@]}" -XX:DumpLoadedClassList="$WORK/train-$name.classes" -jar "$JAR"
  done
  # one list: every class once, in first-seen order (a class after its supertypes); newer JDKs
  # number the classes of each list (" id: N"), and the same class numbered differently in two
  # lists is a format error
  sed -E 's/ id: [0-9]+$//' "$WORK"/train-spec.classes "$WORK"/train-typed.classes \
    "$WORK"/train-generic.classes | awk '!seen[$0]++' >"$WORK/train.classes"
  rm -f "$jsa"
  "${JAVA_OF[17]}" "${flags[@]}" -Xshare:dump -XX:SharedClassListFile="$WORK/train.classes" -XX:SharedArchiveFile="$jsa" \
    -cp "$JAR" >"$WORK/dump.log" 2>&1 || { echo "CDS dump failed:" >&2; tail -20 "$WORK/dump.log" >&2; exit 1; }
  FLAGS_OF[17]="${FLAGS_OF[17]} -XX:SharedArchiveFile=$jsa"
}

if [[ $CDS == 1 ]]; then
  for v in $VARIANTS; do
    if [[ $v == 25 ]]; then train_aot; else train_cds; fi
  done
fi

# ---- the Python CDK's connector (benchmarks/python/source_bench), when asked for ----

PYTHON_NOTE=
PY=()
if [[ -z ${ESTUARY_CDK_PATH:-} ]]; then
  PYTHON_NOTE="python: not run; to add the Python CDK's column, set ESTUARY_CDK_PATH to the estuary-cdk folder of a checkout of github.com/estuary/connectors and PYTHON to an interpreter with its dependencies (pip install ./estuary-cdk there: aiohttp, pydantic 2, orjson, xxhash, pycron, google-auth)"
else
  PYPATH=$ROOT/benchmarks/python:$ESTUARY_CDK_PATH${PYTHONPATH:+:$PYTHONPATH}
  if missing=$(env PYTHONPATH="$PYPATH" "$PYTHON" -c 'import source_bench' 2>&1); then
    PY=(env PYTHONPATH="$PYPATH" "$PYTHON" -m source_bench)
  else
    interpreter=$("$PYTHON" --version 2>&1) || interpreter="$PYTHON (not found)"
    reason=$(grep -E '^[A-Za-z]*Error' <<<"$missing" | tail -1) || reason=$(tail -1 <<<"$missing")
    PYTHON_NOTE="python: not run: $interpreter cannot import the Python CDK from ESTUARY_CDK_PATH=$ESTUARY_CDK_PATH ($reason); install its dependencies (pip install ./estuary-cdk in the checkout) or point PYTHON at an interpreter that has them"
  fi
fi
[[ -z $PYTHON_NOTE ]] || echo "$PYTHON_NOTE" >&2

# The programs of a case, in the order they alternate: per variant the connector and the raw
# program, then Python.
PROGRAMS=()
for v in $VARIANTS; do PROGRAMS+=("connector-$v" "raw-$v"); done
((${#PY[@]} == 0)) || PROGRAMS+=(python)

# run PROGRAM TIMER REQUEST OUT TIMES: one timed run of PROGRAM with TIMER (timed or timed_eof).
run() {
  local program=$1 timer=$2 flags
  shift 2
  case $program in
    connector-*) read -r -a flags <<<"${FLAGS_OF[${program#connector-}]}"
                 "$timer" "$@" "${JAVA_OF[${program#connector-}]}" "${flags[@]}" -jar "$JAR" ;;
    raw-*) read -r -a flags <<<"${FLAGS_OF[${program#raw-}]}"
           "$timer" "$@" "${JAVA_OF[${program#raw-}]}" "${flags[@]}" -cp "$JAR" flowcdk.bench.RawLimit ;;
    python) "$timer" "$@" "${PY[@]}" ;;
  esac
}

ROWS=$WORK/rows
: >"$ROWS"

# same_per_binding NAME A B: fails the script unless programs A and B wrote the same lines per binding.
same_per_binding() {
  if ! cmp -s <(per_binding "$WORK/$1.$2.out") <(per_binding "$WORK/$1.$3.out"); then
    echo "case $1: $2's output differs from $3's (per binding):" >&2
    diff <(per_binding "$WORK/$1.$2.out") <(per_binding "$WORK/$1.$3.out") | head -10 >&2
    exit 1
  fi
}

# capture_case NAME BINDINGS DOCS MODEL [RUNS]
capture_case() {
  local name=$1 bindings=$2 docs=$3 model=$4 runs=${5:-$RUNS}
  local req=$WORK/$name.request.json total=$(($2 * $3)) i p
  request "$bindings" "$docs" "$model" >"$req"
  echo "case $name: warm-up, then $runs x (${PROGRAMS[*]}) ..." >&2
  for p in "${PROGRAMS[@]}"; do
    if [[ $p != python ]]; then run "$p" timed "$req" /dev/null "$WORK/warm"; fi
    : >"$WORK/$name.$p.times"
  done
  for ((i = 0; i < runs; i++)); do
    for p in "${PROGRAMS[@]}"; do
      if ((i == 0)); then
        run "$p" timed "$req" "$WORK/$name.$p.out" "$WORK/$name.$p.times"
      else
        run "$p" timed "$req" /dev/null "$WORK/$name.$p.times"
      fi
    done
  done
  # The speed is honest only if the output is the same: per binding, line for line (with several
  # bindings the connector interleaves them by scheduling; the raw program writes one after the
  # other), and for one binding the whole stream in order.
  local first=${PROGRAMS[0]}
  for p in "${PROGRAMS[@]:1}"; do
    same_per_binding "$name" "$first" "$p"
    if ((bindings == 1)) && ! cmp -s \
        <(sed -E 's/"last_initialized":"[^"]*"/""/' "$WORK/$name.$first.out") \
        <(sed -E 's/"last_initialized":"[^"]*"/""/' "$WORK/$name.$p.out"); then
      echo "case $name: $first's output differs from $p's (line order)" >&2
      exit 1
    fi
  done
  local lines bytes
  lines=$(wc -l <"$WORK/$name.$first.out")
  bytes=$(wc -c <"$WORK/$name.$first.out")
  echo "case $name: outputs equal ($lines lines, $bytes bytes)" >&2
  local pw=
  if [[ " ${PROGRAMS[*]} " == *" python "* ]]; then read -r pw _ _ < <(stats "$WORK/$name.python.times"); fi
  for p in "${PROGRAMS[@]}"; do
    local w c m rw=
    read -r w c m < <(stats "$WORK/$name.$p.times")
    if [[ $p != python ]]; then read -r rw _ _ < <(stats "$WORK/$name.raw-${p#*-}.times"); fi
    awk -v n="$name" -v p="$p" -v w="$w" -v c="$c" -v m="$m" -v d="$total" -v b="$bytes" -v rw="$rw" -v pw="$pw" 'BEGIN {
      printf "%-16s %-13s %7.2f %7.2f %7.1f %10.0f %7.1f %9s %9s\n", n, p, w, c, m, d / w, b / 1e6 / w,
        (rw == "" ? "" : sprintf("%.0f%%", 100 * rw / w)), (pw == "" ? "" : sprintf("%.1fx", pw / w))
    }' >>"$ROWS"
  done
}

capture_case "1x200k-typed" 1 200000 true
capture_case "1x200k-generic" 1 200000 false
capture_case "8x25k-typed" 8 25000 true
if [[ -n ${LONG:-} ]]; then capture_case "1x2M-typed" 1 2000000 true "$LONG_RUNS"; fi

SPEC_PROGRAMS=()
for p in "${PROGRAMS[@]}"; do [[ $p == raw-* ]] || SPEC_PROGRAMS+=("$p"); done
echo "case spec: warm-up, then $RUNS x (${SPEC_PROGRAMS[*]}) ..." >&2
echo '{"spec":{}}' >"$WORK/spec.request.json"
for p in "${SPEC_PROGRAMS[@]}"; do
  run "$p" timed_eof "$WORK/spec.request.json" /dev/null "$WORK/warm"
  : >"$WORK/spec.$p.times"
done
for ((i = 0; i < RUNS; i++)); do
  for p in "${SPEC_PROGRAMS[@]}"; do
    run "$p" timed_eof "$WORK/spec.request.json" "$WORK/spec.$p.out" "$WORK/spec.$p.times"
    grep -q '"spec"' "$WORK/spec.$p.out" || { echo "spec: $p wrote no spec response" >&2; exit 1; }
  done
done
pw=
if [[ " ${SPEC_PROGRAMS[*]} " == *" python "* ]]; then read -r pw _ _ < <(stats "$WORK/spec.python.times"); fi
for p in "${SPEC_PROGRAMS[@]}"; do
  read -r w c m < <(stats "$WORK/spec.$p.times")
  awk -v p="$p" -v w="$w" -v c="$c" -v m="$m" -v pw="$pw" 'BEGIN {
    printf "%-16s %-13s %7.2f %7.2f %7.1f %10s %7s %9s %9s\n", "spec", p, w, c, m, "", "", "", (pw == "" ? "" : sprintf("%.1fx", pw / w))
  }' >>"$ROWS"
done

echo
echo "$(date -u +%Y-%m-%d) $(nproc) cores; medians of $RUNS runs${LONG:+ ($LONG_RUNS for 1x2M)}"
for v in $VARIANTS; do
  echo "variant $v: $("${JAVA_OF[$v]}" -version 2>&1 | head -1); flags: ${FLAGS_OF[$v]//$ROOT\//}"
done
if ((${#PY[@]} > 0)); then echo "python: $("$PYTHON" --version 2>&1), the Python CDK from $ESTUARY_CDK_PATH"; fi
printf '%-16s %-13s %7s %7s %7s %10s %7s %9s %9s\n' case program "wall s" "CPU s" "RSS MB" "docs/s" "MB/s" "% of raw" "x python"
cat "$ROWS"
[[ -z $PYTHON_NOTE ]] || echo "$PYTHON_NOTE"
