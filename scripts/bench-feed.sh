#!/usr/bin/env bash
# Measures the change feed and webhook delivery and prints figures (not a test: nothing here passes or fails on
# timing, only on a change that went missing or was repeated).
#
#   scripts/bench-feed.sh      (after `cd backend && ./mvnw package -DskipTests`)
#
# Starts the production jar (:8693, database cch_bench_feed, demo data on for the organizations and schema, webhooks
# allowed to a loopback receiver), writes CCH_BENCH_FEED_CHANGES starter projects through the bulk API (one change
# each), then drains GET /api/v1/changes from its start in pages of 1000 as one client would, checking each written
# change arrives exactly once (scripts/bench/feed-bench.mjs). Beside it, PostgreSQL's own rate for the page query
# (scripts/bench/feed-page.sql, simple protocol: planned with the cursor's values, as the API's first executions are)
# from the start and from a cursor halfway through. Last, webhook latency: a receiver
# on 127.0.0.1 subscribed as Musterstadt's admin, CCH_BENCH_FEED_WEBHOOK_WRITES single writes spaced out, time from
# each write's 2xx to its delivery. The API checks tokens against a key pair made here (quarkus.oidc.public-key)
# instead of a Keycloak. Only localhost is contacted; loops are bounded. Stops what it started.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"

API_PORT=${CCH_BENCH_API_PORT:-8693}
DB=cch_bench_feed
export CCH_BENCH_FEED_CHANGES=${CCH_BENCH_FEED_CHANGES:-100000}
export CCH_BENCH_FEED_WEBHOOK_WRITES=${CCH_BENCH_FEED_WEBHOOK_WRITES:-200}
export CCH_BENCH_FEED_WEBHOOK_SPACING_MS=${CCH_BENCH_FEED_WEBHOOK_SPACING_MS:-100}
POLL_INTERVAL=${CCH_WEBHOOKS_POLL_INTERVAL:-2s}
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
log "machine load before: $(uptime | sed 's/.*load average/load average/')"

section "PostgreSQL"
ensure_postgres
pg_recreate_db "$DB"

section "API"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
public_key=$(openssl pkey -in "$work/key.pem" -pubout | grep -v -- '-----' | tr -d '\n')
mkdir -p "$CCH_LOGS"
aot_cache_opts "$CCH_ROOT/backend/target/quarkus-app"
start_bg api-bench-feed "$CCH_LOGS/bench-feed-api.log" "$CCH_ROOT/backend/target/quarkus-app" env \
  QUARKUS_HTTP_PORT="$API_PORT" CCH_DB_NAME="$DB" CCH_DEMO_DATA=true CCH_RATE_LIMIT_BURST=100000 \
  CCH_WEBHOOKS_ALLOW_LOOPBACK=true CCH_WEBHOOKS_POLL_INTERVAL="$POLL_INTERVAL" \
  "$JAVA_HOME/bin/java" -Xmx512m "${AOT_OPTS[@]}" -Dquarkus.oidc.public-key="$public_key" -Dquarkus.oidc.token.issuer=cch-bench \
  -Dquarkus.oidc.auth-server-url= -jar quarkus-run.jar
api_pid=$BG_PID
wait_http api-bench-feed "http://localhost:$API_PORT/q/health/ready" 120 "$api_pid" "$CCH_LOGS/bench-feed-api.log"
export CCH_BENCH_API="http://localhost:$API_PORT" CCH_BENCH_KEY="$work/key.pem"
helper=$CCH_ROOT/scripts/bench/feed-bench.mjs

section "Writing $CCH_BENCH_FEED_CHANGES changes"
timeout 600 node "$helper" load
log "change records stored: $(cch_psql -d "$DB" -At -c "select count(*) from change_record")"

section "Draining the change feed through the API"
timeout 600 node "$helper" drain
log "machine load: $(uptime | sed 's/.*load average/load average/')"

section "The feed's page query through pgbench"
# Right after a 100,000-row load the planner's statistics still describe a nearly empty table (autovacuum analyzes
# it a little later) and it sorts every row for one page; analyzed, it walks the position index as the API did.
cch_psql -d "$DB" -qc "analyze change_record"
member=$(cch_psql -d "$DB" -At -c "select id from organization where slug = 'musterstadt'")
middle=$(cch_psql -d "$DB" -At -F ' ' -c "select tx_id::text, seq from change_record order by tx_id, seq
  offset (select count(*) / 2 from change_record) limit 1")
for cursor in "start:0 0" "halfway:$middle"; do
  read -r tx seq <<<"${cursor#*:}"
  (cd "$work" && PGPASSWORD=${CCH_DB_PASSWORD:-} timeout $((PGBENCH_SECONDS + 60)) pgbench -n -M simple -c 1 \
    -T "$PGBENCH_SECONDS" -h "$CCH_DB_HOST" -p "$CCH_DB_PORT" -U "${CCH_DB_USER:-postgres}" \
    -D member="'$member'" -D peer="'00000000-0000-0000-0000-000000000000'" -D tx="'$tx'" -D seq="$seq" \
    -f "$CCH_ROOT/scripts/bench/feed-page.sql" "$DB" \
    | awk -v at="${cursor%%:*}" '/^tps/ {
        printf "SQL: one page of 1000 from the %-8s 1 client   %6.1f ms/page  %8.0f changes/s\n", at, 1000 / $3, $3 * 1000 }')
done

section "Webhook delivery (dispatcher polls every $POLL_INTERVAL)"
timeout 300 node "$helper" webhooks
log "machine load after: $(uptime | sed 's/.*load average/load average/')"
