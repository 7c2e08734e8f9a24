#!/usr/bin/env bash
# The long-capture benchmark behind the image's JIT choice (docs/packaging.md#the-jvm-flags-and-why):
# the bench connector on one binding with more documents than it can write, stopped with SIGTERM
# after MINUTES (as Flow stops a connector), once per flag set, one after the other. Reports the
# documents written (stdout lines, counted by grep -c as they come, as Flow reads them), documents/s,
# CPU seconds and peak RSS of each run.
#
#   bash benchmarks/soak.sh                   # 20 minutes per flag set (40 in all)
#   MINUTES=2 bash benchmarks/soak.sh         # shorter (DURATION=30 for 30 seconds)
#   SKIP_BUILD=1 / MVN_FLAGS=-o / JAVA25=...  as in run.sh
#   SETS='tiered c1'                          # the flag sets, in order (default: both)
#
# Both sets run on JDK 25 with the same AOT cache (built as run.sh builds it) and the image's flags;
# "c1" adds -XX:TieredStopAtLevel=1.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
# shellcheck source=benchmarks/lib.sh
source benchmarks/lib.sh
JAR=$ROOT/benchmarks/target/bench-connector.jar
AOT=$ROOT/benchmarks/target/bench-soak.aot
MINUTES=${MINUTES:-20}
DURATION=${DURATION:-$((MINUTES * 60))} # seconds per set
SETS=${SETS:-tiered c1}
FLAGS='-XX:+UseSerialGC -Xss512k -XX:MaxRAMPercentage=75 -Xmx96m -Xmn16m -XX:+ExitOnOutOfMemoryError -XX:+DisplayVMOutputToStderr -XX:ErrorFile=/tmp/hs_err_pid%p.log -Dvertx.disableDnsResolver=true'


need_java25
need_gnu_time
build_jar "$JAR"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/flowcdk-soak.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

read -r -a flags <<<"$FLAGS"
echo "building the AOT cache $AOT (one training run, as run.sh) ..." >&2
{ echo '{"spec":{}}'; request 1 2000; } >"$WORK/train.json"
"$JAVA25" "${flags[@]}" -XX:AOTCacheOutput="$AOT" -jar "$JAR" <"$WORK/train.json" >/dev/null 2>"$WORK/train.log" ||
  { tail -20 "$WORK/train.log" >&2; exit 1; }

# Far more documents than any run writes: each run ends by SIGTERM.
request 1 100000000000 >"$WORK/request.json"
ROWS=$WORK/rows
: >"$ROWS"
for set in $SETS; do
  extra=()
  case $set in
    tiered) ;;
    c1) extra=(-XX:TieredStopAtLevel=1) ;;
    *) echo "unknown flag set '$set' in SETS (tiered, c1)" >&2; exit 1 ;;
  esac
  echo "$set: capturing for $DURATION seconds ..." >&2
  # stdin stays open (as Flow keeps it); timeout sends SIGTERM, the connector stops gracefully.
  exec {fd}< <(cat "$WORK/request.json"; exec sleep $((DURATION + 120)))
  feeder=$!
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/$set.time" \
    timeout -s TERM "$DURATION" \
    "$JAVA25" "${flags[@]}" "${extra[@]}" -XX:AOTCache="$AOT" -jar "$JAR" <&"$fd" 2>"$WORK/$set.log" |
    grep -c '^{"captured"' >"$WORK/$set.docs" || true
  kill "$feeder" 2>/dev/null || true
  exec {fd}<&-
  read -r wall user sys rss < <(tail -1 "$WORK/$set.time")
  docs=$(cat "$WORK/$set.docs")
  awk -v s="$set" -v w="$wall" -v c="$(awk -v u="$user" -v y="$sys" 'BEGIN { print u + y }')" -v m="$rss" -v d="$docs" 'BEGIN {
    printf "%-8s %9.1f %9.1f %8.1f %14.0f %12.0f\n", s, w, c, m / 1024, d, d / w
  }' >>"$ROWS"
done

echo
echo "$(date -u +%Y-%m-%d) $(nproc) cores; $("$JAVA25" -version 2>&1 | head -1); $DURATION seconds per set; flags: $FLAGS -XX:AOTCache=<trained>"
printf '%-8s %9s %9s %8s %14s %12s\n' set "wall s" "CPU s" "RSS MB" documents "docs/s"
cat "$ROWS"
