#!/usr/bin/env bash
# Where does a Jersey request spend its time? Records a JFR profile of the Jersey JSON GET under wrk load
# and prints the hottest frames. PATTERN filters the inclusive list (default: Jersey, HK2, Jackson, Drop).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
PATTERN=${PATTERN:-'jersey|hk2|jackson|dev\.drop'}
probe=$(ls "$ROOT"/bench/probe/target/bench-probe-*.jar 2>/dev/null | head -1)
[ -n "$probe" ] || { echo "no probe bundle: build first with ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }

home=$(unpack)
trap 'stop "$home"; rm -rf "$home"' EXIT
start "$home"
wait_200 "http://127.0.0.1:$HTTP_PORT/api/v1/health" 120
cp "$probe" "$home/deploy/"
url="http://127.0.0.1:$HTTP_PORT/api/bench/hello"
wait_200 "$url" 30
wrk -t2 -c32 -d20s "$url" >/dev/null
pid=$(karaf_pid "$home")
jcmd "$pid" JFR.start name=rest settings=profile filename="$home/rest.jfr" >/dev/null
wrk -t2 -c32 -d20s "$url" | grep Requests/sec
jcmd "$pid" JFR.stop name=rest >/dev/null
cp "$home/rest.jfr" "${JFR_OUT:-/tmp/drop-rest.jfr}"
jfr print --stack-depth 96 --events jdk.ExecutionSample "$home/rest.jfr" | python3 "$(dirname "$0")/jfr-hot.py" "$PATTERN" 70
