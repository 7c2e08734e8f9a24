#!/usr/bin/env bash
# The JVM-flag matrix behind the image's choices (docs/packaging.md#choosing-the-jit-and-the-gc):
# the bench connector on spec, 1 x 200k and 1 x 2M typed documents under each flag set below,
# alternately, RUNS times each after a warm-up; medians of wall seconds, CPU seconds and peak RSS.
#
#   bash benchmarks/flags.sh              # RUNS=7
#   SKIP_BUILD=1 / MVN_FLAGS=-o / JAVA25=... / JAVA17=...   as in run.sh
#
# The sets: JDK 25 with the AOT cache (trained as run.sh trains it) or without any archive, tiered
# or C1 only, with the serial, parallel or G1 collector; JDK 17 with the AppCDS archive or without,
# C1 only or tiered. All share the image's other flags and the benchmark's heap (-Xmx96m -Xmn16m;
# G1 gets -Xmx96m only).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=benchmarks/lib.sh
source benchmarks/lib.sh
JAR=$ROOT/benchmarks/target/bench-connector.jar
RUNS=${RUNS:-7}
JAVA17=${JAVA17:-java}
need_java25
need_gnu_time
BASE='-Xss512k -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+DisplayVMOutputToStderr -Dvertx.disableDnsResolver=true'
SERIAL='-XX:+UseSerialGC -Xmx96m -Xmn16m'

build_jar "$JAR"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/flowcdk-flags.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo '{"spec":{}}' >"$WORK/spec.json"
request 1 200000 >"$WORK/200k.json"
request 1 2000000 >"$WORK/2M.json"

# The archives, trained with the serial collector's flags (the caches are used with every set).
read -r -a serial <<<"$BASE $SERIAL"
AOT=$ROOT/benchmarks/target/bench-flags.aot
JSA=$ROOT/benchmarks/target/bench-flags.jsa
echo "training the AOT cache and the AppCDS archive ..." >&2
{ echo '{"spec":{}}'; request 2 2000; } >"$WORK/train.json"
"$JAVA25" "${serial[@]}" -XX:AOTCacheOutput="$AOT" -jar "$JAR" <"$WORK/train.json" >/dev/null 2>"$WORK/train.log" ||
  { tail -20 "$WORK/train.log" >&2; exit 1; }
request 2 2000 >"$WORK/train-capture.json"
"$JAVA17" "${serial[@]}" -XX:TieredStopAtLevel=1 -XX:DumpLoadedClassList="$WORK/spec.classes" -jar "$JAR" <"$WORK/spec.json" >/dev/null 2>&1
"$JAVA17" "${serial[@]}" -XX:TieredStopAtLevel=1 -XX:DumpLoadedClassList="$WORK/capture.classes" -jar "$JAR" \
  <"$WORK/train-capture.json" >/dev/null 2>&1
sed -E 's/ id: [0-9]+$//' "$WORK/spec.classes" "$WORK/capture.classes" | awk '!seen[$0]++' >"$WORK/classes"
"$JAVA17" "${serial[@]}" -XX:TieredStopAtLevel=1 -Xshare:dump -XX:SharedClassListFile="$WORK/classes" \
  -XX:SharedArchiveFile="$JSA" -cp "$JAR" >"$WORK/dump.log" 2>&1 || { tail -20 "$WORK/dump.log" >&2; exit 1; }

# name|java|flags
SETS=(
  "25 aot tiered serial|$JAVA25|$SERIAL -XX:AOTCache=$AOT"
  "25 aot c1 serial|$JAVA25|$SERIAL -XX:TieredStopAtLevel=1 -XX:AOTCache=$AOT"
  "25 none tiered serial|$JAVA25|$SERIAL"
  "25 aot tiered parallel|$JAVA25|-XX:+UseParallelGC -Xmx96m -Xmn16m -XX:AOTCache=$AOT"
  "25 aot tiered g1|$JAVA25|-XX:+UseG1GC -Xmx96m -XX:AOTCache=$AOT"
  "17 cds c1 serial|$JAVA17|$SERIAL -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$JSA"
  "17 cds tiered serial|$JAVA17|$SERIAL -XX:SharedArchiveFile=$JSA"
  "17 none c1 serial|$JAVA17|$SERIAL -XX:TieredStopAtLevel=1"
)

# one SET CASE TIMES: one timed run; stdin is the request, held open for captures as Flow does
# (until the connector exits at the end of its capture; then the feeder is killed).
one() {
  local java flags
  IFS='|' read -r _ java flags <<<"$1"
  read -r -a flags <<<"$BASE $flags"
  if [[ $2 == spec ]]; then
    /usr/bin/time -f '%e %U %S %M' -a -o "$3" "$java" "${flags[@]}" -jar "$JAR" < <(cat "$WORK/spec.json") >/dev/null 2>"$WORK/err" ||
      { cat "$WORK/err" >&2; exit 1; }
  else
    local fd feeder
    exec {fd}< <(cat "$WORK/$2.json"; exec sleep 600)
    feeder=$!
    /usr/bin/time -f '%e %U %S %M' -a -o "$3" "$java" "${flags[@]}" -jar "$JAR" <&"$fd" >/dev/null 2>"$WORK/err" ||
      { cat "$WORK/err" >&2; exit 1; }
    kill "$feeder" 2>/dev/null || true
    exec {fd}<&-
  fi
}


for c in spec 200k 2M; do
  echo "case $c: warm-up, then $RUNS x ${#SETS[@]} sets ..." >&2
  for s in "${!SETS[@]}"; do one "${SETS[$s]}" "$c" "$WORK/warm"; : >"$WORK/$c.$s"; done
  for ((i = 0; i < RUNS; i++)); do
    for s in "${!SETS[@]}"; do one "${SETS[$s]}" "$c" "$WORK/$c.$s"; done
  done
done

echo
echo "$(date -u +%Y-%m-%d) $(nproc) cores; medians of $RUNS runs; every set: $BASE"
printf '%-24s %-22s %-22s %-22s\n' "set (JDK archive JIT GC)" "spec: wall CPU RSS" "1x200k: wall CPU RSS" "1x2M: wall CPU RSS"
for s in "${!SETS[@]}"; do
  line=$(printf '%-24s' "${SETS[$s]%%|*}")
  for c in spec 200k 2M; do
    w=$(awk '{ print $1 }' "$WORK/$c.$s" | median)
    u=$(awk '{ print $2 + $3 }' "$WORK/$c.$s" | median)
    m=$(awk '{ print $4 / 1024 }' "$WORK/$c.$s" | median)
    line+=$(printf ' %5.2f %5.2f %6.1f MB    ' "$w" "$u" "$m")
  done
  echo "$line"
done
