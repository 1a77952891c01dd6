#!/usr/bin/env bash
# Where does a Jersey request spend its time? Runs Karaf with async-profiler (from Maven Central, sampling on an
# interval timer: it does not slow the request the way a JFR profile does here) and profiles the Jersey JSON GET under
# wrk load; prints the hottest frames. PATTERN filters the inclusive list (default: Jersey, HK2, Jackson, Drop).
# PROFILE_OUT keeps the merged collapsed stacks (default /tmp/drop-rest.collapsed, e.g. for a flame graph).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
PATTERN=${PATTERN:-'jersey|hk2|jackson|dev/drop'}
SECONDS_PROFILED=${SECONDS_PROFILED:-40}
probe=$(ls "$ROOT"/bench/probe/target/bench-probe-*.jar 2>/dev/null | head -1)
[ -n "$probe" ] || { echo "no probe bundle: build first with ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }

version=$(sed -n 's:.*<async-profiler.version>\(.*\)</async-profiler.version>.*:\1:p' "$ROOT/pom.xml")
tools="$ROOT/bench/target/async-profiler-$version"
if [ ! -f "$tools/linux-x64/libasyncProfiler.so" ]; then
  "$ROOT/mvnw" -B -ntp -q -N dependency:copy -Dartifact="tools.profiler:async-profiler:$version" -DoutputDirectory="$tools"
  (cd "$tools" && unzip -qo "async-profiler-$version.jar" 'linux-x64/*')
fi

home=$(unpack)
trap 'stop "$home"; rm -rf "$home"' EXIT
# a profile file every 10 s; the ones written while the measured load ran are kept
export EXTRA_JAVA_OPTS="-agentpath:$tools/linux-x64/libasyncProfiler.so=start,event=itimer,interval=1ms,collapsed,loop=10s,file=$home/profile-%t.collapsed"
start "$home"
wait_200 "http://127.0.0.1:$HTTP_PORT/api/v1/health" 120
cp "$probe" "$home/deploy/"
url="http://127.0.0.1:$HTTP_PORT/api/bench/hello"
wait_200 "$url" 30
pid=$(karaf_pid "$home")
load_slice() { wrk -t2 -c32 -d10s "$url" >/dev/null; }
warm_up "$pid" 10 300 load_slice
from=$(date +%s)
wrk -t2 -c32 -d"${SECONDS_PROFILED}s" "$url" | grep Requests/sec
to=$(date +%s)
out=${PROFILE_OUT:-/tmp/drop-rest.collapsed}
: > "$out"
for f in "$home"/profile-*.collapsed; do
  written=$(stat -c %Y "$f")
  # a file covers the 10 s before it was written
  if [ "$written" -ge $((from + 10)) ] && [ "$written" -le "$to" ]; then cat "$f" >> "$out"; fi
done
python3 "$(dirname "$0")/collapsed-hot.py" "$PATTERN" 70 < "$out"
