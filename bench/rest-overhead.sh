#!/usr/bin/env bash
# REST overhead: the same small JSON from a Jersey resource at /api, from Jersey set up the straightforward way (its
# servlet container, a per-request resource class, the Jackson feature: bench/jersey-baseline) and from a bare
# whiteboard servlet, in the same Karaf, measured in alternating rounds with wrk (2 threads, 32 connections). Prints
# req/s per round, the medians and their ratios, and Karaf's CPU time per request (steadier than req/s on a shared
# machine).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
WARMUP_MAX=${WARMUP_MAX:-300}        # seconds: give up waiting for the JIT to settle after this
probe=$(ls "$ROOT"/bench/probe/target/bench-probe-*.jar 2>/dev/null | head -1)
baseline=$(ls "$ROOT"/bench/jersey-baseline/target/bench-jersey-baseline-*.jar 2>/dev/null | head -1)
[ -n "$probe" ] && [ -n "$baseline" ] || { echo "no probe bundles: build first with ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }

home=$(unpack)
trap 'stop "$home"; rm -rf "$home"' EXIT
start "$home"
wait_200 "http://127.0.0.1:$HTTP_PORT/api/v1/health" 120
cp "$probe" "$baseline" "$ROOT"/bench/jersey-baseline/target/deploy/*.jar "$home/deploy/"
jersey="http://127.0.0.1:$HTTP_PORT/api/bench/hello"
guide="http://127.0.0.1:$HTTP_PORT/bench-jersey/hello"
servlet="http://127.0.0.1:$HTTP_PORT/bench/hello"
wait_200 "$jersey" 30 && wait_200 "$guide" 30 && wait_200 "$servlet" 30
for url in "$jersey" "$guide"; do
  [ "$(curl -s "$url")" = "$(curl -s "$servlet")" ] || { echo "$url and $servlet answer different bytes" >&2; exit 1; }
done
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
# all three routes in each 12 s slice, until the JIT has settled (on a 2-core machine it still compiled 40 s into a load)
all_slice() { for url in "$jersey" "$guide" "$servlet"; do wrk -t2 -c32 -d4s "$url" >/dev/null; done; }
warm_up "$pid" 12 "$WARMUP_MAX" all_slice
jr=() gr=() sr=() jc=() gc=() sc=()
for r in $(seq 1 "$ROUNDS"); do
  read -r a b < <(measure "$jersey"); jr+=("$a"); jc+=("$b")
  read -r a b < <(measure "$guide"); gr+=("$a"); gc+=("$b")
  read -r a b < <(measure "$servlet"); sr+=("$a"); sc+=("$b")
  echo "round $r: /api ${jr[-1]} req/s (${jc[-1]} us CPU/req), guide's Jersey ${gr[-1]} (${gc[-1]}), servlet ${sr[-1]} (${sc[-1]})"
done
med() { printf '%s\n' "$@" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
jm=$(med "${jr[@]}") gm=$(med "${gr[@]}") sm=$(med "${sr[@]}")
jcm=$(med "${jc[@]}") gcm=$(med "${gc[@]}") scm=$(med "${sc[@]}")
echo
echo "wrk -t2 -c32 -d$DURATION, median of $ROUNDS alternating rounds ($(steal_since "$cpu0"))"
echo "  Drop's Jersey   /api/bench/hello     : $jm req/s, $jcm us Karaf CPU per request"
echo "  guide's Jersey  /bench-jersey/hello  : $gm req/s, $gcm us Karaf CPU per request"
echo "  bare servlet    /bench/hello         : $sm req/s, $scm us Karaf CPU per request"
echo "  ratio Drop's Jersey / servlet        : $(ratio "$jm" "$sm") (req/s), $(ratio "$scm" "$jcm") (CPU per request)"
echo "  ratio guide's Jersey / servlet       : $(ratio "$gm" "$sm") (req/s), $(ratio "$scm" "$gcm") (CPU per request)"
echo "  ratio Drop's / guide's Jersey        : $(ratio "$jm" "$gm") (req/s), $(ratio "$gcm" "$jcm") (CPU per request)"
