#!/usr/bin/env bash
# Measures the practice library's search on 100,000 practices and prints figures (not a test: nothing here passes
# or fails on timing).
#
#   scripts/bench-practices.sh      (after `cd backend && ./mvnw package -DskipTests`)
#
# Starts the production jar (:8691, database cch_bench_practices, demo data on for the organizations and schema),
# loads CCH_BENCH_PRACTICES practices directly in PostgreSQL (scripts/bench/practices-load.sql), then times the same
# searches through the API (scripts/bench/practices-bench.mjs, sequential) and as SQL through pgbench
# (scripts/bench/practices-search.sql: the statements one search runs), and prints p50/p95 side by side.
# The API checks tokens against a key pair made here (quarkus.oidc.public-key) instead of a Keycloak: the search,
# not the login, is measured, and a Keycloak start costs a minute on these machines. Only localhost is contacted.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"

API_PORT=${CCH_BENCH_API_PORT:-8691}
DB=cch_bench_practices
export CCH_BENCH_PRACTICES=${CCH_BENCH_PRACTICES:-100000}
export CCH_BENCH_SEARCHES=${CCH_BENCH_SEARCHES:-200}
PGBENCH_SECONDS=${CCH_BENCH_PGBENCH_SECONDS:-30}

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
aot_cache_opts "$CCH_ROOT/backend/target/quarkus-app"
start_bg api-bench-practices "$CCH_LOGS/bench-practices-api.log" "$CCH_ROOT/backend/target/quarkus-app" env \
  QUARKUS_HTTP_PORT="$API_PORT" CCH_DB_NAME="$DB" CCH_DEMO_DATA=true \
  "$JAVA_HOME/bin/java" -Xmx512m "${AOT_OPTS[@]}" -Dquarkus.oidc.public-key="$public_key" -Dquarkus.oidc.token.issuer=cch-bench \
  -Dquarkus.oidc.auth-server-url= -jar quarkus-run.jar
api_pid=$BG_PID
wait_http api-bench-practices "http://localhost:$API_PORT/q/health/ready" 120 "$api_pid" \
  "$CCH_LOGS/bench-practices-api.log"

section "Data: $CCH_BENCH_PRACTICES practices"
started=$(now)
cch_psql -d "$DB" -v count="$CCH_BENCH_PRACTICES" -f "$CCH_ROOT/scripts/bench/practices-load.sql"
log "loaded in $(($(now) - started)) s: $(cch_psql -d "$DB" -At -c 'select count(*) from practice') practices," \
  "table and indexes $(cch_psql -d "$DB" -At -c "select pg_size_pretty(pg_total_relation_size('practice'))")"

section "Search through the API"
CCH_BENCH_API="http://localhost:$API_PORT" CCH_BENCH_KEY="$work/key.pem" \
  node "$CCH_ROOT/scripts/bench/practices-bench.mjs"

section "The same SQL through pgbench"
member=$(cch_psql -d "$DB" -At -c "select id from organization where slug = 'musterstadt'")
peers=$(cch_psql -d "$DB" -At -c "select '{' || string_agg(distinct peer.organization_id::text, ',') || '}'
  from network_member own join network_member peer on peer.network_id = own.network_id
  where own.organization_id = '$member' and peer.organization_id <> '$member'")
(cd "$work" && PGPASSWORD=${CCH_DB_PASSWORD:-} pgbench -n -M prepared -c 1 -T "$PGBENCH_SECONDS" -l \
  -h "$CCH_DB_HOST" -p "$CCH_DB_PORT" -U "${CCH_DB_USER:-postgres}" \
  -D member="$member" -D peers="$peers" -f "$CCH_ROOT/scripts/bench/practices-search.sql" "$DB" \
  | grep -E 'number of transactions actually processed|latency average|tps')
sort -n -k3 "$work"/pgbench_log.* | awk '{ l[NR] = $3 } END {
  printf "SQL q=<one of 6 terms>: hits, facets, highlights    p50 %7.1f ms   p95 %7.1f ms   (%d runs)\n",
    l[int(NR * 0.5) + 1] / 1000, l[int(NR * 0.95) + 1] / 1000, NR }'
