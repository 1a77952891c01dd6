#!/usr/bin/env bash
# Builds Drop and starts it in the foreground, with the Karaf console, on the embedded H2 database.
# The database and media under run/drop/data survive rebuilds; everything else is the fresh build.
# (Tests are the other command: ./test.sh.)
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -B -ntp -q install -DskipTests

dist=run/drop
keep=run/data.kept
rm -rf "$keep"
if [ -d "$dist/data" ]; then
  mv "$dist/data" "$keep"
  rm -rf "$keep/cache" "$keep/tmp" "$keep/generated-bundles" "$keep/port"
fi
rm -rf "$dist" && mkdir -p "$dist"
tar -xzf karaf-assembly/target/drop-*.tar.gz -C "$dist" --strip-components=1
[ -d "$keep" ] && mv "$keep" "$dist/data"

echo "Drop: API at http://localhost:8181/api/v1/health, console below (logout or Ctrl-D stops it)"
exec "$dist/bin/karaf" "$@"
