#!/usr/bin/env bash
# A PostgreSQL high-availability cluster on this machine: one etcd and three PostgreSQL nodes, each run by its
# own Patroni, with synchronous replication (a commit is acknowledged once a standby has it too, and only
# that standby may be promoted), so that no acknowledged write is lost when the primary dies.
#
#   deploy/patroni.sh start     starts etcd and the three nodes, waits for a primary and a synchronous standby
#   deploy/patroni.sh stop      stops them (Patroni stops its PostgreSQL) and keeps the data
#   deploy/patroni.sh destroy   stops them and removes the data directory
#   deploy/patroni.sh status    each node's role, as its Patroni sees it
#   deploy/patroni.sh url       the service's multi-host JDBC URL (writes go to whichever node is primary)
#
# QUIZBANK_HA_DIR (default /tmp/quizbank-patroni) holds etcd's and every node's data, configuration, log and
# pid file. Ports (defaults from QUIZBANK_HA_BASE_PORT=20300): etcd's clients BASE and peers BASE+1,
# node N's PostgreSQL BASE+10+N and its Patroni REST API BASE+20+N. Debian's packages: patroni, etcd-server,
# postgresql-15. PostgreSQL refuses to run as root, so as root the nodes run as the postgres user.
set -euo pipefail
dir="${QUIZBANK_HA_DIR:-/tmp/quizbank-patroni}"
base="${QUIZBANK_HA_BASE_PORT:-20300}"
etcd_port="${QUIZBANK_ETCD_PORT:-$base}"
etcd_peer_port="${QUIZBANK_ETCD_PEER_PORT:-$((base + 1))}"
pg_port() { local v="QUIZBANK_PG${1}_PORT"; echo "${!v:-$((base + 10 + $1))}"; }
rest_port() { local v="QUIZBANK_PATRONI${1}_PORT"; echo "${!v:-$((base + 20 + $1))}"; }
pg_bin="${QUIZBANK_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
# How fast a dead primary is replaced: its leader key lapses after ttl seconds; every node looks once a
# second (loop_wait); a node that cannot reach etcd for retry_timeout demotes itself. Patroni wants
# loop_wait + 2 * retry_timeout <= ttl.
ttl="${QUIZBANK_HA_TTL:-8}"
retry_timeout="${QUIZBANK_HA_RETRY_TIMEOUT:-3}"

as_owner=()
[ "$(id -u)" = 0 ] && as_owner=(setpriv --reuid=postgres --regid=postgres --init-groups --)

pid_of() { cat "$dir/$1.pid" 2> /dev/null || true; }
alive() { local pid; pid="$(pid_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; }

write_config() {
  local n=$1
  cat > "$dir/node$n/patroni.yml" << EOF
scope: quizbank
name: node$n
log:
  level: WARNING
restapi:
  listen: 127.0.0.1:$(rest_port "$n")
  connect_address: 127.0.0.1:$(rest_port "$n")
etcd3:
  hosts: 127.0.0.1:$etcd_port
bootstrap:
  dcs:
    ttl: $ttl
    loop_wait: 1
    retry_timeout: $retry_timeout
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      parameters:
        wal_log_hints: 'on'
        max_connections: 200
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 trust
    - host all all 127.0.0.1/32 trust
postgresql:
  listen: 127.0.0.1:$(pg_port "$n")
  connect_address: 127.0.0.1:$(pg_port "$n")
  data_dir: $dir/node$n/data
  bin_dir: $pg_bin
  pgpass: $dir/node$n/pgpass
  authentication:
    superuser:
      username: postgres
      password: postgres
    replication:
      username: replicator
      password: replicator
  parameters:
    unix_socket_directories: $dir/node$n
EOF
}

start() {
  mkdir -p "$dir/etcd"
  # The nodes, run as postgres, reach their directories through this one.
  chmod 755 "$dir"
  if ! alive etcd; then
    nohup etcd --name quizbank --data-dir "$dir/etcd" \
      --listen-client-urls "http://127.0.0.1:$etcd_port" --advertise-client-urls "http://127.0.0.1:$etcd_port" \
      --listen-peer-urls "http://127.0.0.1:$etcd_peer_port" --initial-advertise-peer-urls "http://127.0.0.1:$etcd_peer_port" \
      --initial-cluster "quizbank=http://127.0.0.1:$etcd_peer_port" > "$dir/etcd.log" 2>&1 &
    echo $! > "$dir/etcd.pid"
  fi
  for _ in $(seq 40); do curl -fsS "http://127.0.0.1:$etcd_port/health" > /dev/null 2>&1 && break; sleep 0.25; done
  curl -fsS "http://127.0.0.1:$etcd_port/health" > /dev/null || { tail -20 "$dir/etcd.log" >&2; exit 1; }
  for n in 1 2 3; do
    alive "node$n" && continue
    mkdir -p "$dir/node$n"
    write_config "$n"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir/node$n"
    # setpriv replaces itself with Patroni, so $! is Patroni's pid.
    HOME="$dir/node$n" nohup "${as_owner[@]}" patroni "$dir/node$n/patroni.yml" > "$dir/node$n/patroni.log" 2>&1 &
    echo $! > "$dir/node$n.pid"
    # The first node bootstraps the cluster; the others copy it once it runs.
    [ "$n" = 1 ] && await_role 1 primary 60
  done
  for n in 2 3; do await_role "$n" replica 90; done
  await_sync_standby 30
}

# GET /primary answers 200 on the leader only, /replica on a running replica.
await_role() {
  local n=$1 role=$2 seconds=$3
  for _ in $(seq $((seconds * 4))); do
    curl -fsS "http://127.0.0.1:$(rest_port "$n")/$role" > /dev/null 2>&1 && return 0
    alive "node$n" || { echo "node $n exited:" >&2; tail -30 "$dir/node$n/patroni.log" >&2; exit 1; }
    sleep 0.25
  done
  echo "node $n is no $role after $seconds s; see $dir/node$n/patroni.log" >&2
  exit 1
}

await_sync_standby() {
  for _ in $(seq $(($1 * 4))); do
    for n in 1 2 3; do
      curl -fsS "http://127.0.0.1:$(rest_port "$n")/sync" > /dev/null 2>&1 && return 0
    done
    sleep 0.25
  done
  echo "no synchronous standby after $1 s" >&2
  exit 1
}

stop() {
  local pid
  for n in 1 2 3; do
    pid="$(pid_of "node$n")"
    [ -n "$pid" ] && kill "$pid" 2> /dev/null || true
  done
  for n in 1 2 3; do
    pid="$(pid_of "node$n")"
    [ -n "$pid" ] || continue
    for _ in $(seq 120); do kill -0 "$pid" 2> /dev/null || break; sleep 0.25; done
    rm -f "$dir/node$n.pid"
  done
  # A node whose Patroni was killed leaves its PostgreSQL running on its own.
  for n in 1 2 3; do
    [ -f "$dir/node$n/data/postmaster.pid" ] || continue
    "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$dir/node$n/data" -m immediate stop > /dev/null 2>&1 || true
  done
  pid="$(pid_of etcd)"
  [ -n "$pid" ] && kill "$pid" 2> /dev/null || true
  rm -f "$dir/etcd.pid"
}

status() {
  for n in 1 2 3; do
    printf 'node%s  postgres 127.0.0.1:%s  ' "$n" "$(pg_port "$n")"
    curl -fsS "http://127.0.0.1:$(rest_port "$n")/patroni" 2> /dev/null | sed -E 's/.*"role": ?"([^"]+)".*/\1/' || echo "down"
    echo
  done
}

url() {
  # targetServerType=primary: of the three, the driver connects to the one that takes writes;
  # hostRecheckSeconds=1: after a failover it looks again at a node it saw as a standby a second ago.
  echo "jdbc:postgresql://127.0.0.1:$(pg_port 1),127.0.0.1:$(pg_port 2),127.0.0.1:$(pg_port 3)/postgres?targetServerType=primary&hostRecheckSeconds=1"
}

case "${1:-}" in
  start) start; url ;;
  stop) stop ;;
  destroy) stop; rm -rf "$dir" ;;
  status) status ;;
  url) url ;;
  *) echo "usage: $0 start|stop|destroy|status|url" >&2; exit 2 ;;
esac
