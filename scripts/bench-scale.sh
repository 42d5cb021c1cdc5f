#!/usr/bin/env bash
# The million-project benchmark: loads a large data set directly in PostgreSQL and measures every list, detail, the
# dashboard, the exports and a write mix through the API, each beside the same SQL run by pgbench (not a test:
# nothing here passes or fails on timing; a request that fails is printed as FAILED and the exit code is 1).
#
#   scripts/bench-scale.sh                                   (after `cd backend && ./mvnw package -DskipTests`)
#   CCH_BENCH_SCALE_PROJECTS=10000 scripts/bench-scale.sh    (a quick run; then compare with the large one)
#
# Database cch_bench_scale (CCH_BENCH_SCALE_DB), recreated unless CCH_BENCH_SCALE_REUSE=true and it already holds a
# data set of the same sizes (it says so in its comment). The production jar (:8730, CCH_BENCH_API_PORT) applies the
# schema and the demo data, then scripts/bench/scale-load.sql adds, by default, 1,000,000 starter projects with 3
# measures and one responsible party each across 500 organizations (2,000 of them Musterstadt's, the dashboard's
# organization), 100,000 stakeholders, 50,000 workshops and 5,000 strategies, ~5 % of each NETWORK or PUBLIC. The
# load bypasses the change-record triggers (session_replication_role = replica, see the SQL file), so the change
# feed holds none of it. Then scripts/bench/scale-bench.mjs measures at concurrency 16 (CCH_BENCH_SCALE_CONCURRENCY)
# for CCH_BENCH_SCALE_SECONDS per figure, API and pgbench alike, and prints one table: p50/p95/p99 and requests/s
# through the API, the statements the endpoint runs (as Hibernate's log shows them), pgbench's p95 and rate for
# those statements, and the ratio API rate / pgbench rate. The table is kept in .cache/bench-scale-<projects>.json;
# when a table of another size is there, the p95 and ratios of both are printed side by side.
# The API checks tokens against a key pair made here instead of a Keycloak. Only localhost is contacted.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"

API_PORT=${CCH_BENCH_API_PORT:-8730}
DB=${CCH_BENCH_SCALE_DB:-cch_bench_scale}
PROJECTS=${CCH_BENCH_SCALE_PROJECTS:-1000000}
OWN=${CCH_BENCH_SCALE_OWN_PROJECTS:-2000}
MEASURES=${CCH_BENCH_SCALE_MEASURES:-3}
ORGS=${CCH_BENCH_SCALE_ORGS:-500}
STAKEHOLDERS=${CCH_BENCH_SCALE_STAKEHOLDERS:-100000}
WORKSHOPS=${CCH_BENCH_SCALE_WORKSHOPS:-50000}
STRATEGIES=${CCH_BENCH_SCALE_STRATEGIES:-5000}
export CCH_BENCH_SCALE_SECONDS=${CCH_BENCH_SCALE_SECONDS:-5}
export CCH_BENCH_SCALE_CONCURRENCY=${CCH_BENCH_SCALE_CONCURRENCY:-16}
sizes="projects=$PROJECTS own=$OWN measures=$MEASURES orgs=$ORGS stakeholders=$STAKEHOLDERS workshops=$WORKSHOPS strategies=$STRATEGIES"

bench_prepare "$API_PORT"
log "machine load before: $(machine_load)"
reuse=false
if [ "${CCH_BENCH_SCALE_REUSE:-false}" = true ] &&
  [ "$(cch_psql -d postgres -At -c "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")" = "bench-scale $sizes" ]; then
  log "reusing $DB: it holds $sizes"
  reuse=true
else
  pg_recreate_db "$DB"
fi

section "API"
# The dispatcher's polling would add statements of its own to every figure; rate limits are for real callers.
bench_start_api api-bench-scale "$API_PORT" "$DB" "$CCH_LOGS/bench-scale-api.log" \
  CCH_RATE_LIMIT_BURST=1000000 CCH_RATE_LIMIT_PER_SECOND=1000000 CCH_RATE_LIMIT_CONCURRENT=1000 \
  CCH_WEBHOOKS_POLL_INTERVAL=off

if [ "$reuse" = false ]; then
  section "Data: $sizes"
  started=$(now)
  cch_psql -d "$DB" -v orgs="$ORGS" -v projects="$PROJECTS" -v own="$OWN" -v measures="$MEASURES" \
    -v stakeholders="$STAKEHOLDERS" -v workshops="$WORKSHOPS" -v strategies="$STRATEGIES" \
    -f "$CCH_ROOT/scripts/bench/scale-load.sql"
  cch_psql -d postgres -c "comment on database \"$DB\" is 'bench-scale $sizes'"
  log "loaded in $(($(now) - started)) s; database $(cch_psql -d "$DB" -At -c "select pg_size_pretty(pg_database_size('$DB'))")"
fi
log "machine load after the load: $(machine_load)"

section "API and pgbench, $CCH_BENCH_SCALE_CONCURRENCY clients"
out=$CCH_CACHE/bench-scale-$PROJECTS.json
rc=0
CCH_BENCH_API="http://localhost:$API_PORT" CCH_BENCH_KEY="$BENCH_KEY" CCH_BENCH_DB="$DB" CCH_BENCH_SCALE_OUT="$out" \
  node "$CCH_ROOT/scripts/bench/scale-bench.mjs" || rc=$?
log "JVM resident memory after the run: $(awk '/VmRSS/ { printf "%d MiB", $2 / 1024 }' "/proc/$BENCH_API_PID/status")"
log "machine load after the run: $(machine_load)"

mapfile -t tables < <(find "$CCH_CACHE" -maxdepth 1 -name 'bench-scale-*.json' | sort -V)
if [ "${#tables[@]}" -gt 1 ]; then
  section "Sizes side by side"
  node "$CCH_ROOT/scripts/bench/scale-compare.mjs" "${tables[@]}"
fi
exit "$rc"
