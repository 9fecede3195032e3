#!/usr/bin/env bash
# Throwaway PostgreSQL servers for tests, benchmarks and load tests.
#
#   postgres.sh install        install Debian's postgresql package when no server binaries are present
#   postgres.sh start [DIR]    install if needed, then start a server in DIR (default: a new mktemp -d)
#                              and print shell lines to eval:
#                                export ROUTING_TEST_POSTGRES='Host=127.0.0.1;Port=...;Database=routing_test;...'
#                                export ROUTING_POSTGRES_DIR=DIR
#   postgres.sh stop DIR       stop the server in DIR and remove DIR
#
# Typical use (assign first: `eval "$(... start)"` would swallow a failed start):
#   env_lines=$(tests/scripts/postgres.sh start) && eval "$env_lines"
#   trap 'tests/scripts/postgres.sh stop "$ROUTING_POSTGRES_DIR"' EXIT
#
# The server listens on 127.0.0.1 only, on a free port, with its unix socket inside DIR, and trusts
# every local connection: it holds test data only and lives as long as one run. As root it runs as the
# `postgres` OS user (PostgreSQL refuses to run as root). Progress and errors go to stderr; stdout
# carries only the export lines. ROUTING_TEST_DATABASE overrides the database name (routing_test).
set -euo pipefail

readonly marker=.routing-throwaway-postgres
readonly start_timeout=30

log() { echo "postgres.sh: $*" >&2; }
die() { log "$*"; exit 1; }

# The highest PostgreSQL version under /usr/lib/postgresql wins; /usr/local/bin/pg_ctl may be a wrapper.
find_bindir() {
  local dir best=""
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x $dir/initdb && -x $dir/pg_ctl ]] || continue
    if [[ -z $best ]] || [[ $(printf '%s\n%s\n' "$best" "$dir" | sort -V | tail -n 1) == "$dir" ]]; then
      best=$dir
    fi
  done
  [[ -n $best ]] && echo "$best"
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo > /dev/null; then
    sudo "$@"
  else
    die "need root or sudo to run: $*"
  fi
}

cmd_install() {
  find_bindir > /dev/null && return 0
  log "no PostgreSQL server under /usr/lib/postgresql; installing Debian's postgresql package"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
  find_bindir > /dev/null || die "postgresql installed, but no initdb/pg_ctl under /usr/lib/postgresql/*/bin"
}

# PostgreSQL will not run as root, so root hands the server to the postgres user.
as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A port nobody listens on now. Another process may still take it before the server binds,
# so start retries with a new port when the bind fails.
pick_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "found no free loopback port"
}

cmd_start() {
  local dir=${1:-}
  local db=${ROUTING_TEST_DATABASE:-routing_test}
  [[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || die "ROUTING_TEST_DATABASE must be a plain lower-case identifier: $db"

  cmd_install
  local bindir
  bindir=$(find_bindir)

  if [[ -z $dir ]]; then
    dir=$(mktemp -d -t routing-postgres.XXXXXX)
  else
    mkdir -p "$dir"
    [[ -z $(ls -A "$dir") ]] || die "$dir is not empty"
  fi
  dir=$(cd "$dir" && pwd)
  [[ $dir != *[[:space:]]* ]] || die "the server directory must not contain whitespace: $dir"
  touch "$dir/$marker"
  # A half-started server is of no use to the caller, who may not even know DIR yet: undo it all.
  # shellcheck disable=SC2064 # DIR is expanded now: the trap runs after this function's locals are gone.
  trap "cmd_stop $(printf %q "$dir")" EXIT
  mkdir "$dir/data" "$dir/socket"
  chmod 700 "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown -R postgres: "$dir"
  fi

  # cd: the server user may not be allowed to read the caller's working directory.
  cd "$dir"
  as_server_user "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
    > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

  # max_connections: test projects run in parallel, each with a pool of up to 50 (see the connection string).
  local port attempt started=""
  for attempt in 1 2 3 4 5; do
    port=$(pick_port)
    if as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t "$start_timeout" \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/socket -c max_connections=300" \
      start > "$dir/pg_ctl.log" 2>&1; then
      started=yes
      break
    fi
    if ! grep -q 'could not bind\|could not create any TCP/IP sockets' "$dir/server.log" 2> /dev/null; then
      break
    fi
    log "port $port was taken (attempt $attempt); trying another"
  done
  if [[ -z $started ]]; then
    cat "$dir/pg_ctl.log" >&2 2> /dev/null || true
    tail -n 20 "$dir/server.log" >&2 2> /dev/null || true
    die "server did not start; see above"
  fi

  local deadline=$((SECONDS + start_timeout))
  until "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; do
    ((SECONDS < deadline)) || die "server on port $port not ready after ${start_timeout}s"
    sleep 0.2
  done

  "$bindir/psql" -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "create database $db" >&2

  trap - EXIT
  log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, database $db, in $dir"
  printf 'export ROUTING_TEST_POSTGRES=%q\n' \
    "Host=127.0.0.1;Port=$port;Username=postgres;Database=$db;Pooling=true;Maximum Pool Size=50"
  printf 'export ROUTING_POSTGRES_DIR=%q\n' "$dir"
}

cmd_stop() {
  local dir=${1:-}
  [[ -n $dir ]] || die "usage: postgres.sh stop DIR"
  [[ -d $dir ]] || return 0
  [[ -e $dir/$marker ]] || die "$dir was not made by postgres.sh start; leaving it alone"
  dir=$(cd "$dir" && pwd)

  if [[ -f $dir/data/postmaster.pid ]]; then
    local bindir pid
    bindir=$(find_bindir) || die "no pg_ctl to stop the server in $dir"
    cd "$dir"
    if ! as_server_user "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 20 stop > /dev/null 2>&1; then
      log "fast shutdown failed; stopping immediately"
      as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop > /dev/null 2>&1 || true
    fi
    if [[ -f $dir/data/postmaster.pid ]]; then
      pid=$(head -n 1 "$dir/data/postmaster.pid")
      if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2> /dev/null; then
        log "server $pid still running; killing it"
        kill -KILL "$pid" 2> /dev/null || true
      fi
    fi
    cd /
  fi
  rm -rf "$dir"
}

case ${1:-} in
  install) cmd_install ;;
  start) cmd_start "${2:-}" ;;
  stop) cmd_stop "${2:-}" ;;
  *) die "usage: postgres.sh install | start [DIR] | stop DIR" ;;
esac
