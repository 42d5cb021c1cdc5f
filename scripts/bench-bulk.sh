#!/usr/bin/env bash
# Measures bulk upserts and prints figures (not a test: nothing here passes or fails on timing).
#
#   scripts/bench-bulk.sh      (after `cd backend && ./mvnw package -DskipTests`)
#
# Starts the production jar (:8692, database cch_bench_bulk, demo data on for the organizations and schema), loads
# CCH_BENCH_BULK_RECORDS starter projects through POST /api/v1/starter-projects/bulk (CCH_BENCH_BULK_COLLECTION=
# stakeholders: stakeholders through /api/v1/stakeholders/bulk, the item-by-item path) in requests of
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
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"

API_PORT=${CCH_BENCH_API_PORT:-8692}
DB=cch_bench_bulk
export CCH_BENCH_BULK_RECORDS=${CCH_BENCH_BULK_RECORDS:-20000}
export CCH_BENCH_BULK_BATCH=${CCH_BENCH_BULK_BATCH:-1000}
export CCH_BENCH_BULK_CONCURRENCY=${CCH_BENCH_BULK_CONCURRENCY:-2}
PGBENCH_SECONDS=${CCH_BENCH_PGBENCH_SECONDS:-10}

bench_prepare "$API_PORT"
pg_recreate_db "$DB"

section "API"
# The bench sends more requests than a sync script's default burst allows.
bench_start_api api-bench-bulk "$API_PORT" "$DB" "$CCH_LOGS/bench-bulk-api.log" CCH_RATE_LIMIT_BURST=100000

section "Bulk upserts through the API"
CCH_BENCH_API="http://localhost:$API_PORT" CCH_BENCH_KEY="$BENCH_KEY" node "$CCH_ROOT/scripts/bench/bulk-bench.mjs"
table=starter_project
[ "${CCH_BENCH_BULK_COLLECTION:-starter-projects}" = stakeholders ] && table=stakeholder
log "stored: $(cch_psql -d "$DB" -At -c "select count(*) from $table where external_id like 'bench-%'") rows in $table"

section "Equivalent rows through pgbench"
member=$(cch_psql -d "$DB" -At -c "select id from organization where slug = 'musterstadt'")
for clients in 1 "$CCH_BENCH_BULK_CONCURRENCY"; do
  for script in bulk-insert:1 bulk-insert-chunk:100; do
    (cd "$BENCH_WORK" && PGPASSWORD=${CCH_DB_PASSWORD:-} pgbench -n -M prepared -c "$clients" -T "$PGBENCH_SECONDS" \
      -h "$CCH_DB_HOST" -p "$CCH_DB_PORT" -U "${CCH_DB_USER:-postgres}" \
      -D member="$member" -f "$CCH_ROOT/scripts/bench/${script%%:*}.sql" "$DB" \
      | awk -v c="$clients" -v n="${script##*:}" '/^tps/ {
          printf "SQL: %3d project row(s) per transaction, %s client(s)        %8.0f rows/s\n", n, c, $3 * n }')
  done
done
