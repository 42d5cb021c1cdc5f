#!/usr/bin/env bash
# Shows whether one caller's burst slows another (not a test: nothing here passes or fails on timing).
#
#   scripts/bench-burst.sh      (after `cd backend && ./mvnw package -DskipTests`)
#
# Starts the production jar twice against its own database (cch_bench_burst, demo data): first with the documented
# default rate limit (cch.rate-limit.burst 200, per-second 50), then with a tight one (20, 10 a second), then with
# limits so high that nothing is refused (the noisy caller's rate there is what the API serves at most).
# In each, scripts/bench/burst-bench.mjs times a quiet caller alone and while a noisy caller with its own token
# hammers the same list endpoint, and prints the quiet caller's p50/p95/p99 and what the noisy caller was served and
# refused. The API checks tokens against a key pair made here, as in bench-practices.sh. Only localhost is contacted.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/bench.sh"

API_PORT=${CCH_BENCH_API_PORT:-8694}
DB=cch_bench_burst
export CCH_BENCH_API="http://localhost:$API_PORT" CCH_BENCH_KEY="$BENCH_KEY"

bench_prepare "$API_PORT"
log "machine load before: $(machine_load)"
pg_recreate_db "$DB"

section "API with the default rate limit"
bench_start_api api-bench-burst "$API_PORT" "$DB" "$CCH_LOGS/bench-burst-api.log"
node "$CCH_ROOT/scripts/bench/burst-bench.mjs" "default (200, 50/s, 10 at once)"
stop_all_bg

section "API with a tight limit (burst 20, 10 a second)"
bench_start_api api-bench-burst "$API_PORT" "$DB" "$CCH_LOGS/bench-burst-api.log" \
  CCH_RATE_LIMIT_BURST=20 CCH_RATE_LIMIT_PER_SECOND=10
node "$CCH_ROOT/scripts/bench/burst-bench.mjs" "tight (20, 10/s, 10 at once)"
stop_all_bg

section "API without a limit that bites"
bench_start_api api-bench-burst "$API_PORT" "$DB" "$CCH_LOGS/bench-burst-api.log" \
  CCH_RATE_LIMIT_BURST=100000000 CCH_RATE_LIMIT_PER_SECOND=100000000 CCH_RATE_LIMIT_CONCURRENT=100000
node "$CCH_ROOT/scripts/bench/burst-bench.mjs" "no effective limit"
log "machine load after: $(machine_load)"
