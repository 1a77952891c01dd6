#!/usr/bin/env bash
# P2P transfers on PostgreSQL, in one run:
#  (1) throughput of POST /api/v1/transfers (auth + idempotency + ledger + limits + outbox) over 32 HTTP connections
#      and the platform's 16 database connections, against pgbench -M prepared with 16 connections running the same SQL
#      (bench/sql/p2p.sql, on copies of the tables) and a plain ledger transaction (bench/sql/plain.sql); target >= 0.5;
#  (2) hot accounts: every transfer paying one of 10 wallets against paying any of 10,000; target >= 0.5, with the
#      deadlocks PostgreSQL counted and the requests that did not get a 2xx (both must be 0), the ledger verified after;
#  (3) latency under an open load (fixed arrival rate, every request timed from its intended start, HdrHistogram) at
#      half the throughput measured in (1): target p99 < 10 ms, p999 reported.
# Rounds alternate so that neither side always runs on a warmer machine; figures are medians of the rounds.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
need pgbench postgresql-client
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20}
SENDERS=${SENDERS:-200}
RECIPIENTS=${RECIPIENTS:-10000}
HOT=${HOT:-10}
OPEN_SECONDS=${OPEN_SECONDS:-30}
loadgen="$ROOT/bench/loadgen/target"
[ -d "$loadgen/lib" ] || { echo "no load generator: build first with ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }
loadgen_cp="$(ls "$loadgen"/bench-loadgen-*.jar | head -1):$loadgen/lib/*"

home=$(unpack)
work=$(mktemp -d)
db=""
trap 'stop "$home"; rm -rf "$home" "$work"; [ -n "$db" ] && drop_database "$db"' EXIT
db=$(on_postgres "$home")
pg() { psql -q -At -h "${BENCH_PG_HOST:-127.0.0.1}" -U "${BENCH_PG_USER:-postgres}" -d "$db" "$@"; }
for_many_customers "$home"
add_console_user "$home"
start "$home"
api="http://127.0.0.1:$HTTP_PORT/api"
wait_200 "$api/v1/health" 180
echo "setting up $SENDERS funded senders and $RECIPIENTS recipients"
java -cp "$loadgen_cp" dev.drop.bench.loadgen.Main setup "$api/" "$SENDERS" "$RECIPIENTS" "$work/customers"

lua="$work/p2p.lua"
cat > "$lua" <<'LUA'
local senders, recipients, counter, prefix = {}, {}, 0, ""
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))
  prefix = tostring(math.random(1, 1000000000))
  for line in io.lines(args[1]) do
    local kind, a, b = line:match("^(%S+) (%S+) ?(%S*)$")
    if kind == "S" then senders[#senders + 1] = {a, b} else recipients[#recipients + 1] = a end
  end
  if args[2] ~= "all" then
    local hot = {}
    for i = 1, tonumber(args[2]) do hot[i] = recipients[i] end
    recipients = hot
  end
end
function request()
  counter = counter + 1
  local sender = senders[math.random(#senders)]
  local body = '{"fromWallet":"' .. sender[2] .. '","to":{"walletId":"' .. recipients[math.random(#recipients)]
      .. '"},"amount":{"amount":100,"currency":"SEK"}}'
  return wrk.format("POST", "/api/v1/transfers", {["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. sender[1], ["Idempotency-Key"] = prefix .. "-" .. counter}, body)
end
LUA
deadlocks() { pg -c "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"; }
drop_round() {  # drop_round <recipients: all|n> <seconds> -> "<req/s> <non-2xx and socket errors>"
  local out; out=$(wrk -t2 -c32 -d"$2s" -s "$lua" "http://127.0.0.1:$HTTP_PORT" -- "$work/customers" "$1")
  local rate errors
  rate=$(echo "$out" | awk '/Requests\/sec/ { printf "%d", $2 }')
  errors=$(echo "$out" | awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }')
  echo "$rate $errors"
}
pgbench_round() {  # pgbench_round <script> [seconds] -> tps
  local out
  out=$(pgbench -n -M prepared -c 16 -j 2 -T "${2:-$DURATION}" -D senders="$SENDERS" -D recipients="$RECIPIENTS" \
      -h "${BENCH_PG_HOST:-127.0.0.1}" -U "${BENCH_PG_USER:-postgres}" -f "$1" "$db" 2>&1) || true
  echo "$out" | grep -q "^tps" && ! echo "$out" | grep -q "error" || { echo "pgbench $1 failed: $out" >&2; exit 1; }
  echo "$out" | awk '/^tps/ { printf "%d", $3 }'
}

pid=$(karaf_pid "$home")
warm_slice() { drop_round all 10 >/dev/null; }
warm_up "$pid" 10 "${WARMUP_MAX:-600}" warm_slice
pg -f "$ROOT/bench/sql/mirror.sql"
pgbench_round "$ROOT/bench/sql/p2p.sql" 10 >/dev/null  # pgbench's own warm-up: caches, prepared plans

cpu0=$(cpu_times)
drops=() mirrors=() plains=() ratios=()
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then read -r d e <<< "$(drop_round all "$DURATION")"; m=$(pgbench_round "$ROOT/bench/sql/p2p.sql")
  else m=$(pgbench_round "$ROOT/bench/sql/p2p.sql"); read -r d e <<< "$(drop_round all "$DURATION")"; fi
  p=$(pgbench_round "$ROOT/bench/sql/plain.sql")
  [ "$e" = 0 ] || { echo "round $r: $e requests did not get a 2xx" >&2; exit 1; }
  drops+=("$d") mirrors+=("$m") plains+=("$p") ratios+=("$(awk -v a="$d" -v b="$m" 'BEGIN { printf "%.3f", a / b }')")
  echo "round $r: Drop $d transfers/s, pgbench same SQL $m tps, pgbench plain ledger transaction $p tps, ratio ${ratios[-1]}"
done

hots=() uniforms=() hot_ratios=() failures=0
deadlocks0=$(deadlocks)
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then read -r h he <<< "$(drop_round "$HOT" "$DURATION")"; read -r u ue <<< "$(drop_round all "$DURATION")"
  else read -r u ue <<< "$(drop_round all "$DURATION")"; read -r h he <<< "$(drop_round "$HOT" "$DURATION")"; fi
  failures=$((failures + he + ue))
  hots+=("$h") uniforms+=("$u") hot_ratios+=("$(awk -v a="$h" -v b="$u" 'BEGIN { printf "%.3f", a / b }')")
  echo "round $r: $HOT hot wallets $h transfers/s, $RECIPIENTS wallets $u transfers/s, ratio ${hot_ratios[-1]}"
done
deadlocked=$(( $(deadlocks) - deadlocks0 ))
verified=$(console "$home" "drop:ledger verify")
echo "$verified" | grep -q "every invariant holds" || { echo "the ledger does not hold after the runs: $verified" >&2; exit 1; }

drop_rate=$(printf '%s\n' "${drops[@]}" | median)
open_rate=$((drop_rate / 2))
echo "open load at $open_rate req/s (half of $drop_rate) for $OPEN_SECONDS s"
open_out=$(java -cp "$loadgen_cp" dev.drop.bench.loadgen.Main open "$api/" "$work/customers" all "$open_rate" "$OPEN_SECONDS")
echo "$open_out"
# the same open load on the SQL alone: pgbench at the same fixed rate, latency from each transaction's scheduled start
(cd "$work" && pgbench -n -M prepared -c 16 -j 2 -T "$OPEN_SECONDS" -R "$open_rate" -l --log-prefix=sqllat \
    -D senders="$SENDERS" -D recipients="$RECIPIENTS" -h "${BENCH_PG_HOST:-127.0.0.1}" -U "${BENCH_PG_USER:-postgres}" \
    -f "$ROOT/bench/sql/p2p.sql" "$db" >/dev/null 2>&1)
sql_latency=$(cat "$work"/sqllat.* | awk '{ print ($3 + $7) / 1000 }' | sort -n | awk '{ v[NR] = $1 } END {
  printf "p50 %.2f  p90 %.2f  p99 %.2f  p999 %.2f  max %.2f", v[int(NR * 0.5)], v[int(NR * 0.9)], v[int(NR * 0.99)], v[int(NR * 0.999)], v[NR] }')
echo "the same SQL under the same open load (pgbench -R $open_rate): latency ms: $sql_latency"
verified=$(console "$home" "drop:ledger verify")
echo "$verified" | grep -q "every invariant holds" || { echo "the ledger does not hold after the open load: $verified" >&2; exit 1; }
transfers=$(pg -c "SELECT count(*) FROM txn.transfer WHERE code = 'p2p'")

echo
echo "medians of $ROUNDS rounds of $DURATION s on PostgreSQL, $(nproc) cores ($(steal_since "$cpu0")); $transfers P2P transfers in the ledger"
echo "  POST /api/v1/transfers (wrk -t2 -c32, 16 db connections)  : $drop_rate transfers/s"
echo "  pgbench -M prepared -c16, the same SQL (bench/sql/p2p.sql)   : $(printf '%s\n' "${mirrors[@]}" | median) tps"
echo "  pgbench -M prepared -c16, plain ledger transaction          : $(printf '%s\n' "${plains[@]}" | median) tps"
echo "  ratio Drop / same SQL (median of the rounds')              : $(printf '%s\n' "${ratios[@]}" | median) (target >= 0.5)"
echo "  $HOT hot wallets receiving everything                       : $(printf '%s\n' "${hots[@]}" | median) transfers/s"
echo "  uniform over $RECIPIENTS wallets                            : $(printf '%s\n' "${uniforms[@]}" | median) transfers/s"
echo "  ratio hot / uniform (median of the rounds')                : $(printf '%s\n' "${hot_ratios[@]}" | median) (target >= 0.5)"
echo "  deadlocks during the hot and uniform rounds                : $deadlocked; requests without a 2xx: $failures"
echo "  ledger verified after the runs                             : every invariant holds"
echo "  open load at $open_rate req/s, Drop       $(echo "$open_out" | grep '^latency')  (target p99 < 10 ms)"
echo "  open load at $open_rate tx/s, the SQL alone latency ms: $sql_latency"
