#!/bin/sh
# Builds the connector's AOT cache (JDK 25+, JEP 483/514/515; docs/packaging.md#start-up-archives)
# from one training run: a preview of the embedded demo database (spec, discover, and a capture of
# 2000 documents, all in one process), created under a temporary folder and deleted. The JVM writes
# the cache when the run exits. The Dockerfile runs this at image build time with the image's JDK and
# flags; example-connector/sql's AotCacheIT runs it the same way on the build machine.
#
#   train-aot.sh JAR CACHE [JVM FLAGS...]    # JAVA=<jdk>/bin/java picks the JDK (default: java)
#
# The flags must be those the image runs with (the garbage collector above all): a cache made with
# other flags is refused at start, and the JVM then runs without it, slower but never wrong.
set -eu
jar=${1:?usage: train-aot.sh JAR CACHE [JVM FLAGS...]}
cache=${2:?usage: train-aot.sh JAR CACHE [JVM FLAGS...]}
shift 2
work=$(mktemp -d "${TMPDIR:-/tmp}/aot-train.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '{"jdbc_url":"jdbc:h2:%s/shop;DATABASE_TO_LOWER=TRUE","seed_demo_data":true}\n' "$work" >"$work/train.json"
if ! "${JAVA:-java}" "$@" -XX:AOTCacheOutput="$cache" -jar "$jar" \
    preview --config "$work/train.json" --max-docs 2000 >/dev/null 2>"$work/train.log"; then
  echo "the AOT training run failed:" >&2
  cat "$work/train.log" >&2
  exit 1
fi
[ -s "$cache" ] || { echo "the AOT training run wrote no cache $cache:" >&2; cat "$work/train.log" >&2; exit 1; }
