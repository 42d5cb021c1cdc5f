# shellcheck shell=bash
# PostgreSQL for the local stack and the tests, without Docker:
#   1. CCH_DB_HOST/CCH_DB_PORT when set and answering,
#   2. else 127.0.0.1:5432 when it answers,
#   3. else a private cluster in .cache/pgdata on port 5433 (reused when already running).
# PostgreSQL refuses to run as root, so when root the private cluster runs as `postgres`.
# Requires common.sh.

CCH_PGDATA=${CCH_PGDATA:-$CCH_CACHE/pgdata}
CCH_PRIVATE_PG_PORT=${CCH_PRIVATE_PG_PORT:-5433}
CCH_PG_STARTED_HERE=false
CCH_PG_LOG=${CCH_PG_LOG:-$CCH_LOGS/postgres-private.log}

pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return 0
  fi
  dir=$(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
    return 0
  fi
  dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  [ -x "$dir/initdb" ] && echo "$dir" && return 0
  return 1
}

# psql against the chosen server as CCH_DB_USER; extra args are passed on.
cch_psql() {
  PGPASSWORD=${CCH_DB_PASSWORD:-} PGCONNECT_TIMEOUT=5 PGOPTIONS="-c client_min_messages=warning" \
    psql -X -q -v ON_ERROR_STOP=1 \
    -h "$CCH_DB_HOST" -p "$CCH_DB_PORT" -U "${CCH_DB_USER:-postgres}" "$@"
}

# pg_answers HOST PORT: the server accepts our user (not just the TCP port).
pg_answers() {
  PGPASSWORD=${CCH_DB_PASSWORD:-} PGCONNECT_TIMEOUT=3 psql -X -q -At -h "$1" -p "$2" \
    -U "${CCH_DB_USER:-postgres}" -d postgres -c 'select 1' >/dev/null 2>&1
}

# Runs a command as the owner of the private cluster.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_private_cluster() {
  local bindir logfile=$CCH_PG_LOG
  bindir=$(pg_bindir) || die "no PostgreSQL server binaries found (install postgresql, or set CCH_DB_HOST/CCH_DB_PORT)"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run the private cluster"
  fi
  mkdir -p "$CCH_PGDATA"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$CCH_PGDATA"
    chmod 700 "$CCH_PGDATA"
    touch "$logfile" && chown postgres:postgres "$logfile"
    as_pg_owner test -w "$CCH_PGDATA" ||
      die "user postgres cannot write $CCH_PGDATA (a parent directory is not traversable?); set CCH_PGDATA to another place"
  fi
  if [ ! -f "$CCH_PGDATA/PG_VERSION" ]; then
    log "initialising private PostgreSQL cluster in ${CCH_PGDATA#"$CCH_ROOT"/}"
    as_pg_owner "$bindir/initdb" -D "$CCH_PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >>"$logfile" 2>&1 ||
      { show_log_tail "$logfile"; die "initdb failed"; }
  fi
  log "starting private PostgreSQL on 127.0.0.1:$CCH_PRIVATE_PG_PORT"
  as_pg_owner "$bindir/pg_ctl" -D "$CCH_PGDATA" -l "$logfile" -w -t 60 \
    -o "-p $CCH_PRIVATE_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$CCH_PGDATA'" start >/dev/null ||
    { show_log_tail "$logfile"; die "private PostgreSQL did not start"; }
  CCH_PG_STARTED_HERE=true
}

stop_private_cluster_if_started() {
  local bindir
  if [ "$CCH_PG_STARTED_HERE" = true ]; then
    bindir=$(pg_bindir) || return 0
    log "stopping private PostgreSQL"
    as_pg_owner "$bindir/pg_ctl" -D "$CCH_PGDATA" -m fast -w stop >/dev/null 2>&1 || true
    CCH_PG_STARTED_HERE=false
  fi
}

# Chooses (or starts) a server and exports CCH_DB_HOST/CCH_DB_PORT/CCH_DB_USER for everything after.
ensure_postgres() {
  require_cmd psql
  export CCH_DB_USER=${CCH_DB_USER:-postgres}
  if [ -n "${CCH_DB_HOST:-}" ] || [ -n "${CCH_DB_PORT:-}" ]; then
    local host=${CCH_DB_HOST:-127.0.0.1} port=${CCH_DB_PORT:-5432}
    if pg_answers "$host" "$port"; then
      export CCH_DB_HOST=$host CCH_DB_PORT=$port
      log "PostgreSQL: using configured server $host:$port"
      return 0
    fi
    warn "configured PostgreSQL $host:$port does not answer; trying the defaults"
  fi
  if pg_answers 127.0.0.1 5432; then
    export CCH_DB_HOST=127.0.0.1 CCH_DB_PORT=5432
    log "PostgreSQL: using 127.0.0.1:5432"
    return 0
  fi
  if pg_answers 127.0.0.1 "$CCH_PRIVATE_PG_PORT"; then
    export CCH_DB_HOST=127.0.0.1 CCH_DB_PORT=$CCH_PRIVATE_PG_PORT
    log "PostgreSQL: using the already running private cluster on 127.0.0.1:$CCH_PRIVATE_PG_PORT"
    return 0
  fi
  start_private_cluster
  export CCH_DB_HOST=127.0.0.1 CCH_DB_PORT=$CCH_PRIVATE_PG_PORT
  pg_answers "$CCH_DB_HOST" "$CCH_DB_PORT" || die "private PostgreSQL started but does not accept connections"
  log "PostgreSQL: using the private cluster on 127.0.0.1:$CCH_PRIVATE_PG_PORT"
}

pg_create_db_if_missing() {
  local db=$1
  if [ "$(cch_psql -d postgres -At -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    log "creating database $db"
    cch_psql -d postgres -c "create database \"$db\""
  fi
}

pg_recreate_db() {
  local db=$1
  log "recreating database $db"
  cch_psql -d postgres -c "drop database if exists \"$db\" with (force)"
  cch_psql -d postgres -c "create database \"$db\""
}
