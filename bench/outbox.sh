#!/usr/bin/env bash
# Outbox: events appended through the outbox in committed transactions (as a module does) and delivered to a
# subscriber, on PostgreSQL (BENCH_DB=h2 for the embedded database). Prints events per second end to end (first
# commit to last delivery) and the time from each event's commit to its delivery (p50, p99, max).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
EVENTS=${EVENTS:-10000}

home=$(unpack)
db=""
trap 'stop "$home"; rm -rf "$home"; [ -n "$db" ] && drop_database "$db"' EXIT
[ "${BENCH_DB:-postgres}" = postgres ] && db=$(on_postgres "$home")
with_modules "$home"
start "$home"
events="http://127.0.0.1:$HTTP_PORT/api/bench/events"
wait_200 "http://127.0.0.1:$HTTP_PORT/api/v1/health" 120 && wait_200 "$events" 60

run() {  # run <events> <per transaction> -> the subscriber's JSON stats once all are delivered
  curl -s -X DELETE "$events" >/dev/null
  curl -s -X POST "$events?count=$1&perTransaction=$2" >/dev/null
  local deadline=$(( $(date +%s) + 300 ))
  until curl -s "$events" | grep -q "\"delivered\":$1,"; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "not all $1 events were delivered: $(curl -s "$events")" >&2; exit 1; }
    sleep 0.2
  done
  curl -s "$events"
}

echo "warming up"; run 2000 10 >/dev/null
cpu0=$(cpu_times)
results=()
for per in 1 10 100; do
  stats=$(run "$EVENTS" "$per")
  results+=("$(printf '  %-22s %10s %10s %10s %10s' "$per" \
    "$(echo "$stats" | grep -o '"perSecond":[0-9.]*' | cut -d: -f2 | xargs printf '%.0f')" \
    "$(echo "$stats" | grep -o '"p50Millis":[0-9.]*' | cut -d: -f2 | xargs printf '%.1f')" \
    "$(echo "$stats" | grep -o '"p99Millis":[0-9.]*' | cut -d: -f2 | xargs printf '%.1f')" \
    "$(echo "$stats" | grep -o '"maxMillis":[0-9.]*' | cut -d: -f2 | xargs printf '%.1f')")")
done
echo "$EVENTS events over 64 aggregates, on ${BENCH_DB:-postgres} ($(steal_since "$cpu0"))"
printf '  %-22s %10s %10s %10s %10s\n' "events per transaction" "events/s" "p50 ms" "p99 ms" "max ms"
printf '%s\n' "${results[@]}"
