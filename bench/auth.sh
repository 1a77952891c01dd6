#!/usr/bin/env bash
# Auth: (1) login throughput against the time of one Argon2id hash measured in the same run (right before and after every round), target
# >= 0.8 x cores / hash time; (2) the cost of authentication: a cheap GET that needs a signed-in caller, with a
# bearer token, against the same GET open to anyone, in alternating rounds, target >= 0.9. On PostgreSQL
# (BENCH_DB=h2 for the embedded database). wrk, 2 threads; logins over 4 connections, GETs over 32.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
ROUNDS=${ROUNDS:-9}
DURATION=${DURATION:-5s}
WARMUP_SLICE=${WARMUP_SLICE:-10}     # seconds of logins per warm-up slice
WARMUP_MAX=${WARMUP_MAX:-600}        # seconds: give up waiting for the JIT to settle after this
probe=$(ls "$ROOT"/bench/probe/target/bench-probe-*.jar 2>/dev/null | head -1)
[ -n "$probe" ] || { echo "no probe bundle: build first with ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }

home=$(unpack)
db="" lua=""
trap 'stop "$home"; rm -rf "$home"; [ -n "$lua" ] && rm -f "$lua"; [ -n "$db" ] && drop_database "$db"' EXIT
[ "${BENCH_DB:-postgres}" = postgres ] && db=$(on_postgres "$home")
cfg_set "$home/etc/dev.drop.auth.cfg" addressFreeFailures 1000000
start "$home"
api="http://127.0.0.1:$HTTP_PORT/api"
wait_200 "$api/v1/health" 120 && wait_200 "$api/v1/auth/jwks.json" 120
cp "$probe" "$home/deploy/"
wait_200 "$api/bench/hello" 60

password="saffron lantern 1942 quietly"
body="{\"email\": \"bench@example.com\", \"password\": \"$password\"}"
curl -sf -X POST "$api/v1/auth/register" -H 'Content-Type: application/json' -d "$body" >/dev/null
lua=$(mktemp --suffix .lua)
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
LUA

check() {  # check <wrk output> <what>
  if echo "$1" | grep -qE "Non-2xx|Socket errors"; then echo "errors from $2: $1" >&2; exit 1; fi
}

cpu0=$(cpu_times)
cores=$(nproc)
# the hash is timed through auth's own hasher, on the Bouncy Castle release the distribution's features name
bc_version=$(grep -oh 'bcprov-jdk18on/[0-9.]*' "$home"/system/dev/drop/features/*/features-*.xml | head -1 | cut -d/ -f2)
hasher_cp="$home/system/org/bouncycastle/bcprov-jdk18on/$bc_version/bcprov-jdk18on-$bc_version.jar:$(ls "$home"/system/dev/drop/auth-impl/*/auth-impl-*.jar)"
memory=$(grep -E '^argon2MemoryKib' "$home/etc/dev.drop.auth.cfg" | cut -d= -f2 | tr -d ' ')
iterations=$(grep -E '^argon2Iterations' "$home/etc/dev.drop.auth.cfg" | cut -d= -f2 | tr -d ' ')
# a JVM of its own times the hash on request, warm between rounds, idle while the logins run
coproc HASHER { exec java -cp "$hasher_cp" "$ROOT/bench/Argon2Time.java" "$memory" "$iterations"; }
hash_ms() {  # hash_ms <n>: sets HASH_MS to the median ms of n hashes (no subshell: it could not reach the coprocess)
  echo "$1" >&"${HASHER[1]}"; read -r HASH_MS <&"${HASHER[0]}"
}

# At a few dozen logins a second the JIT compiles the sign-in path for minutes: measured, its compiler threads still
# took 5 s of CPU in the 30 s after three minutes of logins, and logins ran 10 % faster once they had finished. Warm
# up until two slices of logins in a row leave the compiler threads nearly idle.
pid=$(karaf_pid "$home")
login_slice() { out=$(wrk -t2 -c4 -d"${WARMUP_SLICE}s" -s "$lua" "$api/v1/auth/login"); check "$out" login; }
warm_up "$pid" "$WARMUP_SLICE" "$WARMUP_MAX" login_slice
hash_ms 30  # the hasher's JVM warmed up alongside the logins: finish its warm-up on a quiet machine, unmeasured
# The machine's speed drifts, so every round times the hash right before and right after its logins (the mean of
# both medians) and gets a ratio of its own. Each round also has the same cores hash and do nothing else for 3 s:
# what the hardware itself reaches with hashes running side by side, sharing memory bandwidth and caches.
logins=() hashes=() ratios=() hashing=() shares=()
for r in $(seq 1 "$ROUNDS"); do
  hash_ms 9; before=$HASH_MS
  out=$(wrk -t2 -c4 -d"$DURATION" -s "$lua" "$api/v1/auth/login"); check "$out" login
  echo "parallel $cores 3" >&"${HASHER[1]}"; read -r parallel <&"${HASHER[0]}"
  hash_ms 9; after=$HASH_MS
  hash=$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.2f", (a + b) / 2 }')
  logins+=("$(echo "$out" | awk '/Requests\/sec/ { printf "%.1f", $2 }')")
  hashes+=("$hash") hashing+=("$parallel")
  ratios+=("$(awk -v a="${logins[-1]}" -v c="$cores" -v h="$hash" 'BEGIN { printf "%.3f", a * h / (c * 1000) }')")
  shares+=("$(awk -v a="${logins[-1]}" -v p="$parallel" 'BEGIN { printf "%.3f", a / p }')")
  echo "round $r: hash $before / $after ms, ${logins[-1]} logins/s, ratio ${ratios[-1]};" \
       "$cores threads hashing alone $parallel/s, logins ${shares[-1]} of it"
done
hashing_rate=$(printf '%s\n' "${hashing[@]}" | median)
login_share=$(printf '%s\n' "${shares[@]}" | median)
login_rate=$(printf '%s\n' "${logins[@]}" | median)
hash_ms=$(printf '%s\n' "${hashes[@]}" | median)
login_ratio=$(printf '%s\n' "${ratios[@]}" | median)

token=$(curl -sf -X POST "$api/v1/auth/login" -H 'Content-Type: application/json' -d "$body" | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4)
open_url="$api/bench/hello/open"; signed_url="$api/bench/hello/signed-in"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$signed_url")" = 401 ] || { echo "the signed-in route is not protected" >&2; exit 1; }
[ "$(curl -s "$open_url")" = "$(curl -s -H "Authorization: Bearer $token" "$signed_url")" ] || { echo "the routes differ" >&2; exit 1; }
echo "warming up GETs"
wrk -t2 -c32 -d20s "$open_url" >/dev/null; wrk -t2 -c32 -d20s -H "Authorization: Bearer $token" "$signed_url" >/dev/null
opens=() signeds=()
open_round() {
  out=$(wrk -t2 -c32 -d"$DURATION" "$open_url"); check "$out" open
  opens+=("$(echo "$out" | awk '/Requests\/sec/ { printf "%d", $2 }')")
}
signed_round() {
  out=$(wrk -t2 -c32 -d"$DURATION" -H "Authorization: Bearer $token" "$signed_url"); check "$out" signed-in
  signeds+=("$(echo "$out" | awk '/Requests\/sec/ { printf "%d", $2 }')")
}
for r in $(seq 1 "$ROUNDS"); do  # the order alternates, so neither side always runs on a warmer JVM
  if (( r % 2 )); then open_round; signed_round; else signed_round; open_round; fi
  echo "round $r: open ${opens[-1]} req/s, signed-in ${signeds[-1]} req/s, ratio $(awk -v a="${signeds[-1]}" -v b="${opens[-1]}" 'BEGIN { printf "%.3f", a / b }')"
done
open_rate=$(printf '%s\n' "${opens[@]}" | median); signed_rate=$(printf '%s\n' "${signeds[@]}" | median)
get_ratio=$(for i in "${!opens[@]}"; do awk -v a="${signeds[$i]}" -v b="${opens[$i]}" 'BEGIN { print a / b }'; done | median)

echo
echo "median of $ROUNDS rounds of $DURATION, on ${BENCH_DB:-postgres}, $cores cores ($(steal_since "$cpu0"))"
echo "  one Argon2id hash (m=$memory KiB, t=$iterations, p=1)  : $hash_ms ms (auth's hasher, Bouncy Castle $bc_version)"
echo "  login throughput (wrk -t2 -c4)                  : $login_rate logins/s"
echo "  ceiling cores / hash time                       : $(awk -v c="$cores" -v h="$hash_ms" 'BEGIN { printf "%.1f", c * 1000 / h }') logins/s"
echo "  ratio login / ceiling (median of the rounds')   : $(awk -v r="$login_ratio" 'BEGIN { printf "%.2f", r }') (target >= 0.8)"
echo "  for comparison: $cores threads hashing, nothing else : $hashing_rate hashes/s, $(awk -v a="$hashing_rate" -v c="$cores" -v h="$hash_ms" 'BEGIN { printf "%.2f", a * h / (c * 1000) }') of the ceiling;" \
     "logins reach $(awk -v r="$login_share" 'BEGIN { printf "%.2f", r }') of it (median of the rounds')"
echo "  open GET      /api/bench/hello/open             : $open_rate req/s"
echo "  signed-in GET /api/bench/hello/signed-in        : $signed_rate req/s"
echo "  ratio signed-in / open (median of the rounds')  : $(awk -v r="$get_ratio" 'BEGIN { printf "%.2f", r }') (target >= 0.9)"
