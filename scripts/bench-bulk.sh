#!/usr/bin/env bash
# Measures bulk upserts and prints figures (not a test: nothing here passes or fails on timing).
#
#   scripts/bench-bulk.sh      (after `cd backend && ./mvnw package -DskipTests`)
#
# Starts the production jar (:8692, database cch_bench_bulk, demo data on for the organizations and schema), loads
# CCH_BENCH_BULK_RECORDS starter projects through POST /api/v1/starter-projects/bulk in requests of
# CCH_BENCH_BULK_BATCH items with CCH_BENCH_BULK_CONCURRENCY clients (scripts/bench/bulk-bench.mjs): new records in
# partial and atomic mode, then the same records again (every item a replace). Beside it, PostgreSQL's own rate for
# equivalent rows through pgbench (scripts/bench/bulk-insert.sql: one project row per transaction, with the change
# record its trigger writes; bulk-insert-chunk.sql: 100 rows per transaction). The API checks tokens against a key pair made here
# (quarkus.oidc.public-key) instead of a Keycloak. Only localhost is contacted; loops are bounded. Stops what it
# started.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"

API_PORT=${CCH_BENCH_API_PORT:-8692}
DB=cch_bench_bulk
export CCH_BENCH_BULK_RECORDS=${CCH_BENCH_BULK_RECORDS:-20000}
export CCH_BENCH_BULK_BATCH=${CCH_BENCH_BULK_BATCH:-1000}
export CCH_BENCH_BULK_CONCURRENCY=${CCH_BENCH_BULK_CONCURRENCY:-2}
PGBENCH_SECONDS=${CCH_BENCH_PGBENCH_SECONDS:-10}

work=$(mktemp -d)
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all_bg
  stop_private_cluster_if_started
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_java
require_cmd node curl openssl pgbench
jar=$CCH_ROOT/backend/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || die "no $jar: run 'cd backend && ./mvnw package -DskipTests' first"
require_free_ports "$API_PORT"

section "PostgreSQL"
ensure_postgres
pg_recreate_db "$DB"

section "API"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
public_key=$(openssl pkey -in "$work/key.pem" -pubout | grep -v -- '-----' | tr -d '\n')
mkdir -p "$CCH_LOGS"
# The bench sends more requests than a sync script's default burst allows.
aot_cache_opts "$CCH_ROOT/backend/target/quarkus-app"
start_bg api-bench-bulk "$CCH_LOGS/bench-bulk-api.log" "$CCH_ROOT/backend/target/quarkus-app" env \
  QUARKUS_HTTP_PORT="$API_PORT" CCH_DB_NAME="$DB" CCH_DEMO_DATA=true CCH_RATE_LIMIT_BURST=100000 \
  "$JAVA_HOME/bin/java" -Xmx512m "${AOT_OPTS[@]}" -Dquarkus.oidc.public-key="$public_key" -Dquarkus.oidc.token.issuer=cch-bench \
  -Dquarkus.oidc.auth-server-url= -jar quarkus-run.jar
api_pid=$BG_PID
wait_http api-bench-bulk "http://localhost:$API_PORT/q/health/ready" 120 "$api_pid" "$CCH_LOGS/bench-bulk-api.log"

section "Bulk upserts through the API"
CCH_BENCH_API="http://localhost:$API_PORT" CCH_BENCH_KEY="$work/key.pem" node "$CCH_ROOT/scripts/bench/bulk-bench.mjs"
log "stored: $(cch_psql -d "$DB" -At -c "select count(*) from starter_project where external_id like 'bench-%'") projects"

section "Equivalent rows through pgbench"
member=$(cch_psql -d "$DB" -At -c "select id from organization where slug = 'musterstadt'")
for clients in 1 "$CCH_BENCH_BULK_CONCURRENCY"; do
  for script in bulk-insert:1 bulk-insert-chunk:100; do
    (cd "$work" && PGPASSWORD=${CCH_DB_PASSWORD:-} pgbench -n -M prepared -c "$clients" -T "$PGBENCH_SECONDS" \
      -h "$CCH_DB_HOST" -p "$CCH_DB_PORT" -U "${CCH_DB_USER:-postgres}" \
      -D member="$member" -f "$CCH_ROOT/scripts/bench/${script%%:*}.sql" "$DB" \
      | awk -v c="$clients" -v n="${script##*:}" '/^tps/ {
          printf "SQL: %3d project row(s) per transaction, %s client(s)        %8.0f rows/s\n", n, c, $3 * n }')
  done
done
