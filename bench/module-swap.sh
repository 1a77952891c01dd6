#!/usr/bin/env bash
# Module swap under load: 20 disable/enable cycles of one module (probe) from the console while another module's
# endpoint (greeting's GET /api/v1/greetings, database-backed) is under wrk load. Prints failed requests on the
# loaded module, the time from command to routes gone/served measured inside Karaf, and memory before and after.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
CYCLES=${CYCLES:-20}
LOAD=${LOAD:-90s}

home=$(unpack)
trap 'stop "$home"; rm -rf "$home"' EXIT
add_console_user "$home"
with_modules "$home"
start "$home"
loaded="http://127.0.0.1:$HTTP_PORT/api/v1/greetings"
swapped="http://127.0.0.1:$HTTP_PORT/api/bench/hello"
wait_200 "http://127.0.0.1:$HTTP_PORT/api/v1/health" 120 && wait_200 "$loaded" 60 && wait_200 "$swapped" 60

# warm-up: load, the console over SSH, and two cycles, so that what is measured after is what the cycles leave
wrk -t2 -c16 -d20s "$loaded" >/dev/null
console "$home" "drop:module disable probe --reason warm-up; drop:module enable probe --reason warm-up; drop:module disable probe --reason warm-up; drop:module enable probe --reason warm-up" >/dev/null
read -r loaders_before classes_before heap_before < <(java_stats "$home")
rss_before=$(rss_mb "$home")
cpu0=$(cpu_times)

wrk -t2 -c16 -d"$LOAD" "$loaded" > "$home/wrk.out" &
load=$!
sleep 3
script=""
for i in $(seq 1 "$CYCLES"); do
  script+="drop:module disable probe --reason 'swap $i'; drop:module enable probe --reason 'swap $i'; "
done
t0=$(millis)
console "$home" "$script" > "$home/swaps.out"
swapping_ms=$(( $(millis) - t0 ))
[ "$(curl -s -o /dev/null -w '%{http_code}' "$swapped")" = 200 ] || { echo "probe is not serving after the cycles" >&2; exit 1; }
wait "$load"

read -r loaders_after classes_after heap_after < <(java_stats "$home")
rss_after=$(rss_mb "$home")
gone=$(grep -o 'disabled in [0-9]* ms' "$home/swaps.out" | awk '{ print $3 }')
served=$(grep -o 'active in [0-9]* ms' "$home/swaps.out" | awk '{ print $3 }')
[ "$(echo "$gone" | wc -l)" = "$CYCLES" ] && [ "$(echo "$served" | wc -l)" = "$CYCLES" ] \
  || { echo "not every cycle completed:"; cat "$home/swaps.out"; exit 1; }
requests=$(awk '/requests in/ { print $1 }' "$home/wrk.out")
failed=$(awk '/Non-2xx/ { print $NF } /Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$home/wrk.out" | paste -sd+ | bc)

echo "$CYCLES disable/enable cycles of module probe in $((swapping_ms / 1000)) s, while wrk -t2 -c16 loaded module greeting ($(steal_since "$cpu0"))"
echo "  requests to greeting during the run : $requests, failed: ${failed:-0}"
echo "  command to routes gone  (median)    : $(echo "$gone" | median) ms (max $(echo "$gone" | sort -n | tail -1))"
echo "  command to routes served (median)   : $(echo "$served" | median) ms (max $(echo "$served" | sort -n | tail -1))"
echo "  RSS before / after the cycles       : $rss_before / $rss_after MB"
echo "  heap used after a full GC           : $heap_before / $heap_after MB"
echo "  bundle class loaders after a full GC: $loaders_before / $loaders_after"
echo "  classes loaded after a full GC      : $classes_before / $classes_after (includes the JDK's reflection accessors)"
