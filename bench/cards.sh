#!/usr/bin/env bash
# Card authorizations on PostgreSQL, in one run, against the P2P transfer of Transactions I:
#  (1) throughput: POST /api/v1/cards/network/authorizations (each approval one hold on the card's wallet) and
#      POST /api/v1/transfers, same customers, same wrk settings, alternating rounds;
#      target: an authorization costs no more than ~1.2 transfers (authorizations/s >= transfers/s / 1.2);
#  (2) latency under the same open (fixed-rate) load for both, every request recorded (bench/loadgen, HdrHistogram).
# Then drop:cards verify (records against holds) and drop:ledger verify.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20}
PAYERS=${PAYERS:-200}
RECIPIENTS=${RECIPIENTS:-1000}
OPEN_SECONDS=${OPEN_SECONDS:-30}
loadgen="$ROOT/bench/loadgen/target"
[ -d "$loadgen/lib" ] || { echo "no load generator: build first with ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }
loadgen_cp="$(ls "$loadgen"/bench-loadgen-*.jar | head -1):$loadgen/lib/*"
loadgen() { java -cp "$loadgen_cp" dev.drop.bench.loadgen.Main "$@"; }

home=$(unpack)
work=$(mktemp -d)
db=""
trap 'stop "$home"; rm -rf "$home" "$work"; [ -n "$db" ] && drop_database "$db"' EXIT
db=$(on_postgres "$home")
for_many_customers "$home"
add_console_user "$home"
start "$home"
api="http://127.0.0.1:$HTTP_PORT/api"
wait_200 "$api/v1/health" 180
console "$home" "drop:module enable cards --reason benchmark" | grep -q "active in" || { echo "cards did not come up" >&2; exit 1; }
console "$home" "drop:flag set cards.issuing on --reason benchmark" >/dev/null

echo "setting up $PAYERS funded customers with a card each and $RECIPIENTS recipients"
loadgen setup "$api/" "$PAYERS" "$RECIPIENTS" "$work/customers"
operator=$(loadgen operator "$api/")
console "$home" "drop:user role $operator --role OPERATOR --reason benchmark" >/dev/null
loadgen cards "$api/" "$work/customers" "$work/cards"

cat > "$work/authorize.lua" <<'LUA'
local cards, operator, counter, prefix = {}, "", 0, ""
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))
  prefix = tostring(math.random(1, 1000000000))
  for line in io.lines(args[1]) do
    local kind, a, b, c, d = line:match("^(%S+) (%S+) ?(%S*) ?(%S*) ?(%S*)")
    if kind == "O" then operator = a elseif kind == "C" then cards[#cards + 1] = {a, b, c, d} end
  end
end
function request()
  counter = counter + 1
  local card = cards[math.random(#cards)]
  local body = '{"pan":"' .. card[1] .. '","expMonth":' .. card[2] .. ',"expYear":' .. card[3] .. ',"cvv":"' .. card[4]
      .. '","amount":{"amount":100,"currency":"SEK"},"merchant":{"name":"Bench Grocer","mcc":"5411","country":"SE"},'
      .. '"channel":"CHIP"}'
  return wrk.format("POST", "/api/v1/cards/network/authorizations", {["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. operator, ["Idempotency-Key"] = prefix .. "-" .. counter}, body)
end
LUA
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
wrk_rate() {  # wrk_rate <script> <seconds> <file> -> "<req/s> <non-2xx and socket errors>"
  local out; out=$(wrk -t2 -c32 -d"$2s" -s "$1" "http://127.0.0.1:$HTTP_PORT" -- "$3")
  echo "$out" | awk '/Requests\/sec/ { r = $2 } /Non-2xx/ { e += $NF }
    /Socket errors/ { gsub(",", ""); e += $4 + $6 + $8 + $10 } END { printf "%d %d\n", r, e + 0 }'
}
pid=$(karaf_pid "$home")
warm_slice() { wrk_rate "$work/p2p.lua" 4 "$work/customers" >/dev/null; wrk_rate "$work/authorize.lua" 4 "$work/cards" >/dev/null; }
warm_up "$pid" 8 "${WARMUP_MAX:-120}" warm_slice

cpu0=$(cpu_times)
auths=() transfers=() costs=()
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then read -r a ae <<< "$(wrk_rate "$work/authorize.lua" "$DURATION" "$work/cards")"
    read -r t te <<< "$(wrk_rate "$work/p2p.lua" "$DURATION" "$work/customers")"
  else read -r t te <<< "$(wrk_rate "$work/p2p.lua" "$DURATION" "$work/customers")"
    read -r a ae <<< "$(wrk_rate "$work/authorize.lua" "$DURATION" "$work/cards")"; fi
  [ "$ae" = 0 ] && [ "$te" = 0 ] || { echo "round $r: $ae authorization and $te transfer requests did not get a 2xx" >&2; exit 1; }
  auths+=("$a") transfers+=("$t") costs+=("$(awk -v a="$a" -v t="$t" 'BEGIN { printf "%.3f", t / a }')")
  echo "round $r: authorizations $a/s, P2P transfers $t/s, an authorization costs ${costs[-1]} transfers"
done
transfer_rate=$(printf '%s\n' "${transfers[@]}" | median)
open_rate=$((transfer_rate / 2))
echo "open load at $open_rate req/s (half of the transfers' rate) for $OPEN_SECONDS s, each"
open_auth=$(loadgen open-cards "$api/" "$work/cards" "$open_rate" "$OPEN_SECONDS")
open_p2p=$(loadgen open "$api/" "$work/customers" all "$open_rate" "$OPEN_SECONDS")
echo "authorizations: $open_auth"
echo "transfers: $open_p2p"

cards_verified=$(console "$home" "drop:cards verify")
echo "$cards_verified" | grep -q "cards and ledger agree" || { echo "cards and ledger disagree: $cards_verified" >&2; exit 1; }
verified=$(console "$home" "drop:ledger verify")
echo "$verified" | grep -q "every invariant holds" || { echo "the ledger does not hold after the runs: $verified" >&2; exit 1; }

echo
echo "medians of $ROUNDS rounds of $DURATION s on PostgreSQL, $(nproc) cores ($(steal_since "$cpu0")); $PAYERS cards"
echo "  POST /api/v1/cards/network/authorizations (wrk -t2 -c32)   : $(printf '%s\n' "${auths[@]}" | median) authorizations/s"
echo "  POST /api/v1/transfers (wrk -t2 -c32), same customers      : $transfer_rate transfers/s"
echo "  cost of an authorization in transfers (median of rounds')  : $(printf '%s\n' "${costs[@]}" | median) (target <= 1.2)"
echo "  open load at $open_rate/s, authorizations $(echo "$open_auth" | grep '^latency')"
echo "  open load at $open_rate/s, transfers      $(echo "$open_p2p" | grep '^latency')"
echo "  $(echo "$cards_verified" | head -1); ledger: every invariant holds"
