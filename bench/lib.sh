# Shared by the benchmark scripts: unpack, start, wait for and stop a Drop distribution.
# Ports default away from a developer's running instance; override with BENCH_HTTP_PORT.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HTTP_PORT=${BENCH_HTTP_PORT:-18181}
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

need() {  # need <command> <debian-package>
  command -v "$1" >/dev/null && return
  echo "installing $2 (for $1)" >&2
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -q "$2" >/dev/null || { echo "cannot install $2; install it and retry" >&2; exit 1; }
}

tarball() {  # the built distribution, or DROP_TARBALL (e.g. another commit's build, to compare)
  local t; t=${DROP_TARBALL:-$(ls "$ROOT"/karaf-assembly/target/drop-*.tar.gz 2>/dev/null | head -1)}
  [ -n "$t" ] || { echo "no distribution: build it first with ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }
  echo "$t"
}

cfg_set() {  # cfg_set <file> <key> <value>
  local file=$1 key=$2 value=$3
  grep -v -E "^\s*${key//./\\.}\s*[=:]" "$file" 2>/dev/null > "$file.new" || true
  echo "$key = $value" >> "$file.new" && mv "$file.new" "$file"
}

unpack() {  # unpack -> prints the new KARAF_HOME
  local home; home=$(mktemp -d "${TMPDIR:-/tmp}/drop-bench.XXXXXX")
  tar -xzf "$(tarball)" -C "$home" --strip-components=1
  cfg_set "$home/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$HTTP_PORT"
  cfg_set "$home/etc/org.apache.karaf.shell.cfg" sshPort $((HTTP_PORT + 1))
  cfg_set "$home/etc/org.apache.karaf.management.cfg" rmiRegistryPort $((HTTP_PORT + 2))
  cfg_set "$home/etc/org.apache.karaf.management.cfg" rmiServerPort $((HTTP_PORT + 3))
  echo "$home"
}

start() {
  if curl -s -o /dev/null "http://127.0.0.1:$HTTP_PORT/"; then
    echo "port $HTTP_PORT is taken by another server; stop it or set BENCH_HTTP_PORT" >&2; exit 1
  fi
  "$1/bin/start" >/dev/null 2>&1
}

karaf_pid() { pgrep -f -- "-Dkaraf.home=$1 " | head -1; }

stop() {  # stop <home>: asks Karaf to stop, waits for the JVM to exit
  local pid; pid=$(karaf_pid "$1")
  "$1/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 300); do [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null && return; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

wait_200() {  # wait_200 <url> <seconds>
  local deadline=$(( $(date +%s) + $2 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "timed out waiting for $1" >&2; return 1; }
    sleep 0.05
  done
}

millis() { date +%s%3N; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

rss_mb() { ps -o rss= -p "$(karaf_pid "$1")" | awk '{ printf "%d", $1 / 1024 }'; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# jit_ticks <pid>: CPU ticks the JVM's JIT compiler threads have used so far
jit_ticks() {
  local task sum=0
  for task in /proc/"$1"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ CompilerThre*|C2\ CompilerThre*) sum=$((sum + $(sed 's/.*) //' "$task/stat" | awk '{ print $12 + $13 }'))) ;;
    esac
  done
  echo "$sum"
}

# warm_up <pid> <slice seconds> <max seconds> <command...>: runs the command (one slice of load) again and again until
# two slices in a row leave the JVM's JIT compiler threads under JIT_SETTLED ticks (default 10, a tenth of a second):
# at a steady load the JIT keeps compiling for tens of seconds to minutes, and measuring earlier counts its CPU.
warm_up() {
  local pid=$1 slice=$2 max=$3 warmed=0 quiet=0 jit jit0; shift 3
  while :; do
    jit0=$(jit_ticks "$pid"); "$@"; jit=$(( $(jit_ticks "$pid") - jit0 )); warmed=$((warmed + slice))
    if [ "$jit" -lt "${JIT_SETTLED:-10}" ]; then quiet=$((quiet + 1)); else quiet=0; fi
    [ "$quiet" -ge 2 ] && break
    [ "$warmed" -ge "$max" ] && { echo "the JIT had not settled after ${warmed} s; measuring anyway" >&2; break; }
  done
  echo "warmed up with ${warmed} s of load (JIT compiler threads: ${jit} ticks in the last ${slice} s)"
}

CONSOLE_USER=bench
CONSOLE_PASSWORD=bench-console-passphrase

add_console_user() {
  printf '%s = %s,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' \
    "$CONSOLE_USER" "$CONSOLE_PASSWORD" >> "$1/etc/users.properties"
}

# console <home> <command>: runs a console command over SSH (stdin kept open: bin/client needs it)
console() {
  local keeper="$1/data/console-stdin.pid"
  "$1/bin/client" -a $((HTTP_PORT + 1)) -u "$CONSOLE_USER" -p "$CONSOLE_PASSWORD" -r 30 -d 1 "$2" \
    < <(exec 2>/dev/null; sleep 3600 & echo $! > "$keeper"; wait) 2>&1 | grep -v "JAVA_HOME not set"
  kill "$(cat "$keeper")" 2>/dev/null || true
}

# for_many_customers <home>: settings for setting up thousands of customers (cheap password hashes, long-lived tokens:
# the benchmarks are not about sign-in) who move money all the time (no daily or hourly limits in the way)
for_many_customers() {
  cfg_set "$1/etc/dev.drop.auth.cfg" argon2MemoryKib 64
  cfg_set "$1/etc/dev.drop.auth.cfg" argon2Iterations 1
  cfg_set "$1/etc/dev.drop.auth.cfg" accessTokenSeconds 7200
  cfg_set "$1/etc/dev.drop.auth.cfg" sessionIdleMinutes 600
  cfg_set "$1/etc/dev.drop.auth.cfg" addressFreeFailures 1000000
  cfg_set "$1/etc/dev.drop.transactions.cfg" dailyTotal "SEK 100000000000.00"
  cfg_set "$1/etc/dev.drop.transactions.cfg" transfersPerHour 1000000000
}

# with_modules <home>: two modules on by default, installed from the system repository like a product's modules:
# "greeting" (the integration tests' fixture, database-backed) and "probe" (bench/probe, routes under /bench)
with_modules() {
  local home=$1 system=$1/system/dev/drop/bench
  local greeting probe
  greeting=$(ls "$ROOT"/itests/fixtures/greeting/target/fixture-greeting-*.jar 2>/dev/null | head -1)
  probe=$(ls "$ROOT"/bench/probe/target/bench-probe-*.jar 2>/dev/null | head -1)
  [ -n "$greeting" ] && [ -n "$probe" ] || { echo "build first: ./mvnw -B -ntp install -DskipTests" >&2; exit 1; }
  mkdir -p "$system/greeting/1.0" "$system/probe/1.0" "$system/modules/1.0"
  cp "$greeting" "$system/greeting/1.0/greeting-1.0.jar"
  cp "$probe" "$system/probe/1.0/probe-1.0.jar"
  cat > "$system/modules/1.0/modules-1.0-features.xml" <<XML
<features name="drop-bench" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
  <feature name="drop-greeting" version="1.0">
    <capability>drop.module;drop.module=greeting;enabled=true;routes:List&lt;String&gt;="/v1/greetings"</capability>
    <bundle>mvn:dev.drop.bench/greeting/1.0</bundle>
  </feature>
  <feature name="drop-probe" version="1.0">
    <capability>drop.module;drop.module=probe;enabled=true;routes:List&lt;String&gt;="/bench"</capability>
    <bundle>mvn:dev.drop.bench/probe/1.0</bundle>
  </feature>
</features>
XML
  sed -i 's#^\(featuresRepositories = \\\)$#\1\n    mvn:dev.drop.bench/modules/1.0/xml/features, \\#' "$1/etc/org.apache.karaf.features.cfg"
  grep -q "dev.drop.bench/modules" "$1/etc/org.apache.karaf.features.cfg" || { echo "could not add the bench modules repository" >&2; exit 1; }
}

# java_stats <home>: "<bundle class loaders> <classes loaded> <heap used MB>" after a full GC. A module's class
# loader that outlives its uninstall shows as a growing number of bundle class loaders.
java_stats() {
  local pid; pid=$(karaf_pid "$1")
  jcmd "$pid" GC.run >/dev/null
  echo "$(jcmd "$pid" VM.classloader_stats | grep -c BundleClassLoader)" \
       "$(jstat -class "$pid" | awk 'NR == 2 { print $1 - $3 }')" \
       "$(jcmd "$pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); print int(v / 1024); exit } }')"
}

# steal_since <"$(cpu_times)">: the share of CPU time the hypervisor gave to other machines since the snapshot
cpu_times() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $9 }' /proc/stat; }
steal_since() {
  read -r total0 steal0 <<< "$1"; read -r total1 steal1 <<< "$(cpu_times)"
  awk -v t=$((total1 - total0)) -v s=$((steal1 - steal0)) 'BEGIN { printf "%.1f%% CPU stolen by other machines", (t > 0 ? 100 * s / t : 0) }'
}

# on_postgres <home>: points the distribution at a fresh PostgreSQL database (BENCH_PG_URL, default 127.0.0.1:5432 as
# postgres); prints its name for drop_database
on_postgres() {
  local db="drop_bench_$RANDOM$RANDOM"
  psql -q -h "${BENCH_PG_HOST:-127.0.0.1}" -U "${BENCH_PG_USER:-postgres}" -d postgres -c "CREATE DATABASE $db" >/dev/null
  local cfg="$1/etc/org.ops4j.datasource-drop.cfg"
  cfg_set "$cfg" osgi.jdbc.driver.class org.postgresql.Driver
  cfg_set "$cfg" url "jdbc:postgresql://${BENCH_PG_HOST:-127.0.0.1}:5432/$db"
  cfg_set "$cfg" user "${BENCH_PG_USER:-postgres}"
  echo "$db"
}

drop_database() {
  psql -q -h "${BENCH_PG_HOST:-127.0.0.1}" -U "${BENCH_PG_USER:-postgres}" -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
}
