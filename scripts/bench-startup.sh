#!/usr/bin/env bash
# Measures the production jar's start-up and memory and prints figures (not a test: timing passes or fails nothing).
#
#   scripts/bench-startup.sh     (after `cd backend && ./mvnw -B -o -ntp -q package -DskipTests`)
#
# Against a fresh database (cch_startup) and a stand-in for Keycloak's realm endpoints (scripts/bench/oidc-stub.mjs,
# which also signs the token the load uses): starts the jar once on the empty database (migrations, demo data), then
# CCH_STARTUP_RESTARTS more times as production restarts (schema in place, no demo data). For each start: the time
# from launching java until /q/health/ready answers UP (wall clock, and the CPU time the JVM used by then, which
# other work on the machine does not inflate), and Quarkus's own "started in". Then the resident memory (VmRSS) idle
# and under load (scripts/bench/startup-load.mjs; the per-caller rate limit is lifted for it), and whether
# already-issued tokens keep working with the sign-in service stopped. Every request goes to localhost; loops are
# bounded. Stops what it started.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"

OIDC_PORT=${CCH_STARTUP_OIDC_PORT:-8695}
API_PORT=${CCH_STARTUP_API_PORT:-8696}
RESTARTS=${CCH_STARTUP_RESTARTS:-3}
LOAD_REQUESTS=${CCH_STARTUP_LOAD_REQUESTS:-4000}
LOAD_CONCURRENCY=${CCH_STARTUP_LOAD_CONCURRENCY:-8}
DB=cch_startup

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
app=$CCH_ROOT/backend/target/quarkus-app
[ -f "$app/quarkus-run.jar" ] || die "no $app/quarkus-run.jar: run 'cd backend && ./mvnw package -DskipTests' first"
# The JVM options of the run: a fixed heap for comparable figures, and the AOT cache the package build writes on
# JDK 25+ (app.aot, backend/pom.xml), as scripts/stack.sh and scripts/test.sh use it; else the class-data archive
# when the package has one (`./mvnw package -DskipTests -Dquarkus.package.jar.appcds.enabled=true`).
default_opts="-Xmx512m -XX:+ExitOnOutOfMemoryError"
aot_cache_opts "$app"
if ((${#AOT_OPTS[@]})); then
  default_opts+=" ${AOT_OPTS[*]}"
elif [ -f "$app/app-cds.jsa" ]; then
  default_opts+=" -XX:SharedArchiveFile=app-cds.jsa"
fi
JAVA_OPTS=${CCH_STARTUP_JAVA_OPTS:-$default_opts}
require_free_ports "$OIDC_PORT" "$API_PORT"

section "PostgreSQL"
ensure_postgres
pg_recreate_db "$DB"

section "Sign-in stand-in"
token_file=$CCH_CACHE/startup-token.txt
rm -f "$token_file"
start_bg oidc-stub "$CCH_LOGS/startup-oidc.log" "$CCH_ROOT" node scripts/bench/oidc-stub.mjs "$OIDC_PORT" "$token_file"
oidc_pid=$BG_PID
wait_http oidc-stub "http://127.0.0.1:$OIDC_PORT/realms/circular-city/.well-known/openid-configuration" 30 \
  "$oidc_pid" "$CCH_LOGS/startup-oidc.log"

rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# CPU time (user + system) the process has used, in ms: a figure that other work on the machine does not inflate.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }

# start_api LABEL DEMO_DATA: starts the jar, waits for readiness, prints the figures; sets API_PID.
start_api() {
  local label=$1 demo=$2 logfile=$CCH_LOGS/startup-api.log t0 ms cpu started
  t0=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  start_bg api-startup "$logfile" "$app" env \
    QUARKUS_HTTP_PORT="$API_PORT" CCH_DB_NAME="$DB" CCH_DEMO_DATA="$demo" \
    CCH_RATE_LIMIT_BURST=1000000 CCH_RATE_LIMIT_PER_SECOND=1000000 \
    CCH_OIDC_URL="http://127.0.0.1:$OIDC_PORT/realms/circular-city" \
    "$JAVA_HOME/bin/java" $JAVA_OPTS -jar quarkus-run.jar
  API_PID=$BG_PID
  until curl -fsS --max-time 2 "http://127.0.0.1:$API_PORT/q/health/ready" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$API_PID" 2>/dev/null; then
      show_log_tail "$logfile" 60
      die "the API exited before becoming ready"
    fi
    if (($(date +%s%N) - t0 > 120000000000)); then
      show_log_tail "$logfile" 60
      die "the API was not ready after 120 s"
    fi
    sleep 0.02
  done
  ms=$((($(date +%s%N) - t0) / 1000000))
  cpu=$(cpu_ms "$API_PID")
  started=$(grep -o 'started in [0-9.]*s' "$logfile" | head -n 1 || true)
  printf 'start-up %-34s ready (UP) after %6d ms wall, %6d ms CPU; Quarkus: %s\n' \
    "$label:" "$ms" "$cpu" "${started:-no 'started in' line}"
}

section "Start-up"
printf 'JVM options: %s; java: %s; load average: %s\n' "$JAVA_OPTS" \
  "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" "$(cut -d ' ' -f 1-3 /proc/loadavg)"
start_api "first (migrations, demo data)" true
stop_group "$API_PID" 30
for ((run = 1; run <= RESTARTS; run++)); do
  start_api "restart $run (schema in place)" false
  if ((run < RESTARTS)); then stop_group "$API_PID" 30; fi
done

section "Memory"
sleep 3
printf 'rss idle (ready, 3 s after): %s MiB\n' "$(rss_mib "$API_PID")"
node "$CCH_ROOT/scripts/bench/startup-load.mjs" load "http://127.0.0.1:$API_PORT" "$token_file" "$API_PID" \
  "$LOAD_REQUESTS" "$LOAD_CONCURRENCY"

section "Sign-in service down"
stop_group "$oidc_pid" 10
node "$CCH_ROOT/scripts/bench/startup-load.mjs" outage "http://127.0.0.1:$API_PORT" "$token_file" "$API_PID"
