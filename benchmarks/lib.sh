# Shared by run.sh, flags.sh, soak.sh, http-run.sh and scale-run.sh (sourced, not run): the bench workload's Open request, the
# JDK 25 to use, GNU time, the build, and medians.

# request BINDINGS DOCS [MODEL]: the Open request of the bench workload
# (docs/benchmarks.md#the-workload), one line; MODEL is true (typed, the default) or false.
request() {
  local bindings=$1 docs=$2 model=${3:-true}
  printf '{"open":{"capture":{"name":"acmeCo/bench","connectorType":"LOCAL","config":{"bindings":%d,"docs":%d,"page":1000,"model":%s,"pad":64},"intervalSeconds":0,"bindings":[' \
    "$bindings" "$docs" "$model"
  bindings_json "$bindings"
  printf ']},"version":"v1","range":{"keyBegin":0,"keyEnd":4294967295,"rClockBegin":0,"rClockEnd":4294967295},"state":{}}}\n'
}

# bindings_json COUNT: the bindings items0..itemsCOUNT-1 of an Open request (key /id, resource
# config {"name": "itemsN"}), comma-separated, without the brackets.
bindings_json() {
  local b sep=
  for ((b = 0; b < $1; b++)); do
    printf '%s{"resourceConfig":{"name":"items%d"},"resourcePath":["items%d"],"stateKey":"items%d","collection":{"name":"acmeCo/items%d","key":["/id"],"writeSchema":{"type":"object"}}}' \
      "$sep" "$b" "$b" "$b" "$b"
    sep=,
  done
}

# find_java25: sets JAVA25, unless given, to the newest JDK 25 under /usr/lib/jvm (empty if none).
find_java25() {
  if [[ -z ${JAVA25:-} ]]; then
    JAVA25=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | sort -V | tail -1)
    JAVA25=${JAVA25:+$JAVA25/bin/java}
  fi
}

# need_java25: find_java25, or exit saying how to point at one.
need_java25() {
  find_java25
  [[ -n $JAVA25 && -x $JAVA25 ]] || { echo "no JDK 25 found under /usr/lib/jvm; set JAVA25=<jdk 25>/bin/java" >&2; exit 1; }
}

# need_gnu_time: installs the Debian package 'time' with apt-get when /usr/bin/time is missing.
need_gnu_time() {
  if [[ ! -x /usr/bin/time ]]; then
    echo "GNU time (/usr/bin/time) is missing: installing the Debian package 'time' with apt-get" >&2
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >&2 || { apt-get update -qq >&2 && apt-get install -y -qq time >&2; }
    else sudo apt-get install -y -qq time >&2; fi
  fi
}

# build_jar JAR: builds the bench jar unless SKIP_BUILD is set (MVN_FLAGS=-o builds offline).
build_jar() {
  if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "building (mvn package -pl benchmarks -am) ..." >&2
    # shellcheck disable=SC2086
    mvn -q -B -ntp ${MVN_FLAGS:-} -DskipTests package -pl benchmarks -am >&2
  fi
  [[ -f $1 ]] || { echo "missing $1" >&2; exit 1; }
}

# median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
