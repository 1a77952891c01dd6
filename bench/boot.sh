#!/usr/bin/env bash
# Boot time: from starting the distribution to the first 200 from /api/v1/health, median of 5,
# for a freshly unpacked distribution (first boot resolves and installs all features) and a warm restart,
# with a timeline of the first of each from the Karaf log (feature operations, migrations, API builds, readiness).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-5}
url="http://127.0.0.1:$HTTP_PORT/api/v1/health"

fresh=() warm=() rss=()
for i in $(seq 1 "$RUNS"); do
  home=$(unpack)
  t0=$(millis); start "$home"; wait_200 "$url" 120; t1=$(millis); fresh+=($(( t1 - t0 )))
  rss+=("$(rss_mb "$home")")
  if [ "$i" = 1 ]; then
    echo "timeline of the first fresh boot (offsets from bin/start):"
    python3 "$(dirname "$0")/boot-timeline.py" "$home/data/log/karaf.log" "$t0" "$t1" | sed 's/^/  /'
  fi
  stop "$home"
  t0=$(millis); start "$home"; wait_200 "$url" 120; t1=$(millis); warm+=($(( t1 - t0 )))
  if [ "$i" = 1 ]; then
    echo "timeline of the first warm restart:"
    python3 "$(dirname "$0")/boot-timeline.py" "$home/data/log/karaf.log" "$t0" "$t1" | sed 's/^/  /'
  fi
  stop "$home"
  rm -rf "$home"
  echo "run $i: fresh ${fresh[-1]} ms, warm ${warm[-1]} ms, RSS after boot ${rss[-1]} MB"
done
echo
echo "boot to first 200 from /api/v1/health (median of $RUNS)"
echo "  fresh unpack: $(printf '%s\n' "${fresh[@]}" | median) ms"
echo "  warm restart: $(printf '%s\n' "${warm[@]}" | median) ms"
echo "  RSS after first boot: $(printf '%s\n' "${rss[@]}" | median) MB"
