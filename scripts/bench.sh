#!/usr/bin/env bash
# Measures the API's speed and memory and prints figures (not a test: nothing here passes or fails on timing).
#
#   scripts/bench.sh            (after `cd backend && ./mvnw package -DskipTests`)
#
# Starts a fresh Keycloak (:8680) and the production jar (:8690, db cch_bench), takes a client-credentials token,
# then: creates CCH_BENCH_RECORDS strategies through the API, reads list pages sequentially and with
# CCH_BENCH_CONCURRENCY parallel clients, and reports throughput, latency percentiles and the JVM's resident memory.
# Every request goes to localhost only; loops are bounded in count. Stops what it started.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/keycloak.sh"

KC_PORT=8680
KC_MGMT_PORT=9680
API_PORT=8690
export CCH_BENCH_RECORDS=${CCH_BENCH_RECORDS:-2000}
export CCH_BENCH_READS=${CCH_BENCH_READS:-1000}
export CCH_BENCH_CONCURRENCY=${CCH_BENCH_CONCURRENCY:-8}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all_bg
  stop_private_cluster_if_started
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_java
require_cmd node curl
jar=$CCH_ROOT/backend/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || die "no $jar: run 'cd backend && ./mvnw package -DskipTests' first"
require_free_ports "$KC_PORT" "$KC_MGMT_PORT" "$API_PORT"

section "PostgreSQL"
ensure_postgres
pg_recreate_db cch_bench

section "Keycloak"
kc_home=$(keycloak_install "$CCH_CACHE/bench")
keycloak_start keycloak-bench "$kc_home" "$KC_PORT" "$KC_MGMT_PORT" "$CCH_LOGS/bench-keycloak.log" --db=dev-mem
keycloak_wait keycloak-bench "$KC_PORT" "$KC_MGMT_PORT" "$BG_PID" "$CCH_LOGS/bench-keycloak.log"

section "API"
aot_cache_opts "$CCH_ROOT/backend/target/quarkus-app"
start_bg api-bench "$CCH_LOGS/bench-api.log" "$CCH_ROOT/backend/target/quarkus-app" env \
  QUARKUS_HTTP_PORT="$API_PORT" CCH_DB_NAME=cch_bench CCH_DEMO_DATA=true \
  CCH_OIDC_URL="http://localhost:$KC_PORT/realms/circular-city" \
  "$JAVA_HOME/bin/java" -Xmx512m "${AOT_OPTS[@]}" -jar quarkus-run.jar
api_pid=$BG_PID
wait_http api-bench "http://localhost:$API_PORT/q/health/ready" 120 "$api_pid" "$CCH_LOGS/bench-api.log"
java_pid=$(pgrep -P "$api_pid" java || echo "$api_pid")

section "Benchmark"
CCH_BENCH_API="http://localhost:$API_PORT" \
  CCH_BENCH_TOKEN_URL="http://localhost:$KC_PORT/realms/circular-city/protocol/openid-connect/token" \
  CCH_BENCH_JAVA_PID="$java_pid" \
  node "$CCH_ROOT/scripts/bench/api-bench.mjs"
