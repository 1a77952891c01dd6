#!/usr/bin/env bash
# QR payments on PostgreSQL, in one run:
#  (1) the payer's flow, resolve the scanned code then pay it (POST /api/v1/qr/resolve, POST /api/v1/payment-requests/
#      {id}/pay), with every payment announced to the merchant's webhook receiver as it happens, against the P2P
#      transfer (POST /api/v1/transfers) of Transactions I, same payers, same wrk settings, alternating rounds;
#      target: pays/s >= 0.7 x transfers/s. One merchant receives every payment (its account and the fees account
#      are the hot rows);
#  (2) webhook delivery: deliveries per second and payment's transaction -> receiver latency p50/p99 during the pay
#      rounds, and a backlog of payments made while the receiver was away drained once it is back.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20}
PAYERS=${PAYERS:-200}
RECIPIENTS=${RECIPIENTS:-1000}
REQUESTS=${REQUESTS:-80000}
RECEIVER_PORT=${RECEIVER_PORT:-18190}
loadgen="$ROOT/bench/loadgen/target"
[ -d "$loadgen/lib" ] || { echo "no load generator: build first with ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }
loadgen_cp="$(ls "$loadgen"/bench-loadgen-*.jar | head -1):$loadgen/lib/*"

home=$(unpack)
work=$(mktemp -d)
db=""
receiver=""
trap '[ -n "$receiver" ] && kill "$receiver" 2>/dev/null; stop "$home"; rm -rf "$home" "$work"; [ -n "$db" ] && drop_database "$db"' EXIT
db=$(on_postgres "$home")
pg() { psql -q -At -h "${BENCH_PG_HOST:-127.0.0.1}" -U "${BENCH_PG_USER:-postgres}" -d "$db" "$@"; }
for_many_customers "$home"
cfg_set "$home/etc/dev.drop.transactions.webhooks.cfg" allowNetworks "127.0.0.1/32"
cfg_set "$home/etc/dev.drop.transactions.webhooks.cfg" allowHttp true
add_console_user "$home"
start "$home"
api="http://127.0.0.1:$HTTP_PORT/api"
wait_200 "$api/v1/health" 180

java -cp "$loadgen_cp" dev.drop.bench.loadgen.Main receive "$RECEIVER_PORT" > "$work/receiver.log" 2>&1 &
receiver=$!
stats() { curl -s "http://127.0.0.1:$RECEIVER_PORT/stats"; }
for _ in $(seq 1 100); do stats >/dev/null 2>&1 && break; sleep 0.1; done

echo "setting up $PAYERS funded payers, $RECIPIENTS recipients, a shop and $REQUESTS payment requests"
java -cp "$loadgen_cp" dev.drop.bench.loadgen.Main setup "$api/" "$PAYERS" "$RECIPIENTS" "$work/customers"
reviewer=$(java -cp "$loadgen_cp" dev.drop.bench.loadgen.Main merchant "$api/" "$work/merchant")
console "$home" "drop:user role $reviewer --role COMPLIANCE --reason benchmark" >/dev/null
java -cp "$loadgen_cp" dev.drop.bench.loadgen.Main requests "$api/" "$work/merchant" "$REQUESTS" \
    "http://127.0.0.1:$RECEIVER_PORT/hook" "$work/requests"
stats >/dev/null

cat > "$work/p2p.lua" <<'LUA'
local senders, recipients, counter, prefix = {}, {}, 0, ""
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))
  prefix = tostring(math.random(1, 1000000000))
  for line in io.lines(args[1]) do
    local kind, a, b = line:match("^(%S+) (%S+) ?(%S*)$")
    if kind == "S" then senders[#senders + 1] = {a, b} elseif kind == "R" then recipients[#recipients + 1] = a end
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
# each wrk thread takes its own slice of the requests; a request is resolved, then paid, by one random payer
cat > "$work/pay.lua" <<'LUA'
local senders, requests, counter, prefix, first, stride = {}, {}, 0, "", 0, 1
local threads = {}
function setup(thread)
  thread:set("slice", #threads)
  table.insert(threads, thread)
end
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))
  prefix = tostring(math.random(1, 1000000000))
  for line in io.lines(args[1]) do
    local kind, a, b = line:match("^(%S+) (%S+) ?(%S*)$")
    if kind == "S" then senders[#senders + 1] = {a, b} end
  end
  local all, offset, slices = {}, tonumber(args[3]), tonumber(args[4])
  for line in io.lines(args[2]) do all[#all + 1] = line end
  for i = offset + 1 + slice, #all, slices do
    local id, payload = all[i]:match("^Q (%S+) (.+)$")
    requests[#requests + 1] = {id, payload}
  end
end
local current, payer = nil, nil
function request()
  counter = counter + 1
  local n = math.floor((counter + 1) / 2)
  if n > #requests then n = #requests end
  if counter % 2 == 1 then
    current = requests[n]
    payer = senders[math.random(#senders)]
    return wrk.format("POST", "/api/v1/qr/resolve", {["Content-Type"] = "application/json",
        ["Authorization"] = "Bearer " .. payer[1]}, '{"payload":"' .. current[2] .. '"}')
  end
  return wrk.format("POST", "/api/v1/payment-requests/" .. current[1] .. "/pay", {["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. payer[1], ["Idempotency-Key"] = prefix .. "-" .. counter},
      '{"walletId":"' .. payer[2] .. '"}')
end
LUA
used=0
wrk_rate() {  # wrk_rate <script> <seconds> [args...] -> "<req/s> <non-2xx and socket errors> <requests>"
  local script=$1 seconds=$2; shift 2
  local out; out=$(wrk -t2 -c32 -d"${seconds}s" -s "$script" "http://127.0.0.1:$HTTP_PORT" -- "$@")
  echo "$out" | awk '/Requests\/sec/ { r = $2 } /requests in/ { n = $1 } /Non-2xx/ { e += $NF }
    /Socket errors/ { gsub(",", ""); e += $4 + $6 + $8 + $10 } END { printf "%d %d %d\n", r, e + 0, n }'
}
# pay_round <seconds>: sets pays (payments/s) and pay_errors; every request is paid once, none twice, so it runs in
# this shell (not in $(...)) to move the share of the requests used on
pay_round() {
  local r n; read -r r pay_errors n <<< "$(wrk_rate "$work/pay.lua" "$1" "$work/customers" "$work/requests" "$used" 2)"
  used=$((used + n * 13 / 20 + 100))  # each of the 2 threads takes every other request: its share of the pairs, with room
  [ "$used" -lt "$REQUESTS" ] || { echo "ran out of payment requests: raise REQUESTS" >&2; exit 1; }
  pays=$((r / 2))
}
p2p_round() { local r e n; read -r r e n <<< "$(wrk_rate "$work/p2p.lua" "$1" "$work/customers")"; echo "$r $e"; }

pid=$(karaf_pid "$home")
warm_slice() { p2p_round 5 >/dev/null; pay_round 3; }
warm_up "$pid" 8 "${WARMUP_MAX:-120}" warm_slice
sleep 2; stats >/dev/null

cpu0=$(cpu_times)
payments=() transfers=() ratios=() hooks=()
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then pay_round "$DURATION"; sleep 2; h=$(stats); read -r t te <<< "$(p2p_round "$DURATION")"
  else read -r t te <<< "$(p2p_round "$DURATION")"; stats >/dev/null; pay_round "$DURATION"; sleep 2; h=$(stats); fi
  p=$pays
  [ "$pay_errors" = 0 ] && [ "$te" = 0 ] || { echo "round $r: $pay_errors pay and $te transfer requests did not get a 2xx" >&2; exit 1; }
  payments+=("$p") transfers+=("$t") hooks+=("$h") ratios+=("$(awk -v a="$p" -v b="$t" 'BEGIN { printf "%.3f", a / b }')")
  echo "round $r: resolve+pay $p payments/s, P2P $t transfers/s, ratio ${ratios[-1]}; webhooks: $h"
done

echo "webhook backlog: receiver away while payments are made, then back"
kill "$receiver"; wait "$receiver" 2>/dev/null || true; receiver=""
pay_round 10
pending=$(pg -c "SELECT count(*) FROM txn.webhook_message WHERE status = 'PENDING'")
java -cp "$loadgen_cp" dev.drop.bench.loadgen.Main receive "$RECEIVER_PORT" > "$work/receiver.log" 2>&1 &
receiver=$!
for _ in $(seq 1 100); do stats >/dev/null 2>&1 && break; sleep 0.1; done
drained_at=""
start_ms=$(millis)
for _ in $(seq 1 1200); do
  left=$(pg -c "SELECT count(*) FROM txn.webhook_message WHERE status = 'PENDING' AND next_attempt_at <= now() + interval '60 seconds'")
  [ "$left" = 0 ] && { drained_at=$(millis); break; }
  sleep 0.25
done
backlog=$(stats)

verified=$(console "$home" "drop:ledger verify")
echo "$verified" | grep -q "every invariant holds" || { echo "the ledger does not hold after the runs: $verified" >&2; exit 1; }
paid=$(pg -c "SELECT count(*) FROM txn.payment")
delivered=$(pg -c "SELECT count(*) FROM txn.webhook_message WHERE status = 'DELIVERED'")

echo
echo "medians of $ROUNDS rounds of $DURATION s on PostgreSQL, $(nproc) cores ($(steal_since "$cpu0")); $paid payments, $delivered webhooks delivered"
echo "  resolve + pay (wrk -t2 -c32), one merchant, webhooks on : $(printf '%s\n' "${payments[@]}" | median) payments/s"
echo "  POST /api/v1/transfers (wrk -t2 -c32), same payers       : $(printf '%s\n' "${transfers[@]}" | median) transfers/s"
echo "  ratio payments / transfers (median of the rounds')       : $(printf '%s\n' "${ratios[@]}" | median) (target >= 0.7)"
for h in "${hooks[@]}"; do echo "  webhooks during a pay round: $h"; done
if [ -n "$drained_at" ]; then
  echo "  backlog of $pending deliveries after the receiver came back: drained in $(( (drained_at - start_ms) )) ms; $backlog"
else
  echo "  backlog of $pending deliveries: not drained within 5 minutes; $backlog"
fi
