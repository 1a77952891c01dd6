#!/usr/bin/env bash
# REST overhead: the same small JSON from a Jersey resource at /api and from a bare whiteboard servlet, in the
# same Karaf, measured in alternating rounds with wrk (2 threads, 32 connections). Prints req/s per round, the
# medians and their ratio, and Karaf's CPU time per request (steadier than req/s on a shared machine).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
WARMUP_MAX=${WARMUP_MAX:-300}        # seconds: give up waiting for the JIT to settle after this
probe=$(ls "$ROOT"/bench/probe/target/bench-probe-*.jar 2>/dev/null | head -1)
[ -n "$probe" ] || { echo "no probe bundle: build first with ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }

home=$(unpack)
trap 'stop "$home"; rm -rf "$home"' EXIT
start "$home"
wait_200 "http://127.0.0.1:$HTTP_PORT/api/v1/health" 120
cp "$probe" "$home/deploy/"
jersey="http://127.0.0.1:$HTTP_PORT/api/bench/hello"
servlet="http://127.0.0.1:$HTTP_PORT/bench/hello"
wait_200 "$jersey" 30 && wait_200 "$servlet" 30
[ "$(curl -s "$jersey")" = "$(curl -s "$servlet")" ] || { echo "the two routes answer different bytes" >&2; exit 1; }
pid=$(karaf_pid "$home")

# measure <url> -> "<req/s> <Karaf CPU microseconds per request>"
measure() {
  local before after out
  before=$(cpu_ticks "$pid"); out=$(wrk -t2 -c32 -d"$DURATION" "$1"); after=$(cpu_ticks "$pid")
  if echo "$out" | grep -qE "Non-2xx|Socket errors"; then echo "errors from $1: $out" >&2; exit 1; fi
  echo "$out" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    /requests in/ { n = $1 } /Requests\/sec/ { rate = $2 }
    END { printf "%d %.1f\n", rate, ticks * 1e6 / hz / n }'
}

cpu0=$(cpu_times)
# both routes in each 10 s slice, until the JIT has settled (on a 2-core machine it still compiled 40 s into a load)
both_slice() { wrk -t2 -c32 -d5s "$jersey" >/dev/null; wrk -t2 -c32 -d5s "$servlet" >/dev/null; }
warm_up "$pid" 10 "$WARMUP_MAX" both_slice
jr=() sr=() jc=() sc=()
for r in $(seq 1 "$ROUNDS"); do
  read -r a b < <(measure "$jersey"); jr+=("$a"); jc+=("$b")
  read -r a b < <(measure "$servlet"); sr+=("$a"); sc+=("$b")
  echo "round $r: jersey ${jr[-1]} req/s (${jc[-1]} us CPU/req), servlet ${sr[-1]} req/s (${sc[-1]} us CPU/req)"
done
jm=$(printf '%s\n' "${jr[@]}" | median); sm=$(printf '%s\n' "${sr[@]}" | median)
jcm=$(printf '%s\n' "${jc[@]}" | median); scm=$(printf '%s\n' "${sc[@]}" | median)
echo
echo "wrk -t2 -c32 -d$DURATION, median of $ROUNDS alternating rounds ($(steal_since "$cpu0"))"
echo "  Jersey JSON GET /api/bench/hello : $jm req/s, $jcm us Karaf CPU per request"
echo "  bare servlet    /bench/hello     : $sm req/s, $scm us Karaf CPU per request"
echo "  ratio Jersey / servlet           : $(awk -v a="$jm" -v b="$sm" 'BEGIN { printf "%.2f", a / b }') (req/s)," \
     "$(awk -v a="$jcm" -v b="$scm" 'BEGIN { printf "%.2f", b / a }') (CPU per request)"
