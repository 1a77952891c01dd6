#!/usr/bin/env bash
# Cards swapped under load: 10 disable/enable cycles and 3 upgrades (drop:module update cards with a rebuilt jar of a
# later version) of the cards module while the card network sends authorizations at a fixed rate and another
# module's endpoint (transactions' GET /api/v1/wallets/{id}) is under wrk load. Prints the other module's failed
# requests (target 0), the authorizations' answers (each approved or declined, or a 404/503 problem while cards is
# switching; anything else fails the run), drop:cards verify (target: 0 inconsistencies) and the time from command to
# routes gone / served, measured inside Karaf. PostgreSQL.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
CYCLES=${CYCLES:-10}
UPGRADES=${UPGRADES:-3}
RATE=${RATE:-100}
LOAD=${LOAD:-90}
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
loadgen setup "$api/" 50 10 "$work/customers"
operator=$(loadgen operator "$api/")
console "$home" "drop:user role $operator --role OPERATOR --reason benchmark" >/dev/null
loadgen cards "$api/" "$work/customers" "$work/cards"
read -r _ token wallet < <(grep '^S ' "$work/customers" | head -1)
wallet_url="$api/v1/wallets/$wallet"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$wallet_url")" = 200 ] || exit 1

# rebuilt jars of the installed cards bundle, each a later version (the same classes: what changes is the bundle)
installed=$(ls "$home"/system/dev/drop/cards-impl/*/cards-impl-*.jar | head -1)
for u in $(seq 1 "$UPGRADES"); do
  python3 - "$installed" "$work/cards-impl-upgrade-$u.jar" "$u" <<'PY'
import re, sys, zipfile
source, target, n = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
    for item in old.infolist():
        data = old.read(item.filename)
        if item.filename == "META-INF/MANIFEST.MF":
            data = re.sub(rb"Bundle-Version: ([0-9]+\.[0-9]+)\.[0-9]+(\.\S+)?", rb"Bundle-Version: \1.%d.upgrade" % (int(n) + 1), data)
        new.writestr(item, data)
PY
done

wrk -t1 -c8 -d"${LOAD}s" -H "Authorization: Bearer $token" "$wallet_url" > "$work/wrk.out" &
other=$!
loadgen open-cards "$api/" "$work/cards" "$RATE" "$LOAD" 1 > "$work/authorizations.out" &
network=$!
sleep 5
cpu0=$(cpu_times)
script=""
for i in $(seq 1 "$CYCLES"); do
  script+="drop:module disable cards --reason 'swap $i'; drop:module enable cards --reason 'swap $i'; "
done
for u in $(seq 1 "$UPGRADES"); do
  script+="drop:module update cards file:$work/cards-impl-upgrade-$u.jar --reason 'upgrade $u'; "
done
t0=$(millis)
console "$home" "$script" > "$work/swaps.out"
swapping_ms=$(( $(millis) - t0 ))
wait "$other" "$network"

gone=$(grep -o 'disabled in [0-9]* ms' "$work/swaps.out" | awk '{ print $3 }')
served=$(grep -o 'active in [0-9]* ms' "$work/swaps.out" | awk '{ print $3 }')
[ "$(echo "$gone" | wc -l)" = "$CYCLES" ] && [ "$(echo "$served" | wc -l)" = "$((CYCLES + UPGRADES))" ] \
  || { echo "not every cycle completed:"; cat "$work/swaps.out"; exit 1; }
upgraded=$(grep -o 'active in [0-9]* ms' "$work/swaps.out" | tail -n "$UPGRADES" | awk '{ print $3 }')
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.out")
failed=$(awk '/Non-2xx/ { print $NF } /Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$work/wrk.out" | paste -sd+ | bc)
statuses=$(grep '^statuses' "$work/authorizations.out")
unclean=$(echo "$statuses" | tr -d '{}' | tr ',' '\n' | sed 's/statuses: //' | awk -F= '$1 + 0 != 201 && $1 + 0 != 404 && $1 + 0 != 503 { n += $2 } END { print n + 0 }')
verified=$(console "$home" "drop:cards verify")
echo "$verified" | grep -q "cards and ledger agree" || { echo "cards and ledger disagree: $verified" >&2; exit 1; }
ledger=$(console "$home" "drop:ledger verify")
echo "$ledger" | grep -q "every invariant holds" || { echo "the ledger does not hold: $ledger" >&2; exit 1; }
version=$(console "$home" "drop:module status cards" | grep -o 'dev.drop.cards.impl *[^ ]*' | awk '{ print $2 }')

echo "$CYCLES disable/enable cycles and $UPGRADES upgrades of cards in $((swapping_ms / 1000)) s ($(steal_since "$cpu0"))"
echo "  other module (GET /api/v1/wallets/{id}, wrk -t1 -c8): $requests requests, failed: ${failed:-0} (target 0)"
echo "  authorizations at $RATE/s during the run  : $statuses; other than 201/404/503: $unclean (target 0)"
echo "  $(echo "$verified" | head -1): cards and ledger agree (0 inconsistencies); ledger: every invariant holds"
echo "  command to routes gone   (median)        : $(echo "$gone" | median) ms (max $(echo "$gone" | sort -n | tail -1))"
echo "  command to routes served (median)        : $(echo "$served" | head -n "$CYCLES" | median) ms (max $(echo "$served" | head -n "$CYCLES" | sort -n | tail -1))"
echo "  upgrade, command to new bundle serving   : $(echo "$upgraded" | median) ms (max $(echo "$upgraded" | sort -n | tail -1)); now ${version:-?}"
[ "${failed:-0}" = 0 ] && [ "$unclean" = 0 ] || exit 1
