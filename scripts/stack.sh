#!/usr/bin/env bash
# Starts the whole dev stack without Docker and keeps it in the foreground:
#   PostgreSQL (configured, 127.0.0.1:5432 or a private cluster), db `cch`
#   Keycloak    http://localhost:8180  (admin console: admin/admin; realm circular-city)
#   API         http://localhost:8080  (production jar built with ./mvnw package; demo data)
#   SPA         http://localhost:5173  (vite dev server)
# Ctrl-C stops everything this script started. Logs: .cache/logs/.
#
# Options (environment):
#   CCH_DB_HOST / CCH_DB_PORT   use this PostgreSQL when it answers
#   CCH_STACK_SKIP=backend,frontend   do not start these (e.g. to run the backend from your IDE)
#   CCH_BACKEND_MODE=dev   run `./mvnw quarkus:dev` (live reload) instead of the packaged jar.
#                          Not the default: the Maven registry reachable here lacks
#                          io.quarkus:quarkus-devui:3.34.2, which dev mode needs.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/keycloak.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/frontend.sh"

KC_PORT=8180
KC_MGMT_PORT=9180
API_PORT=8080
SPA_PORT=5173
SKIP=",${CCH_STACK_SKIP:-},"
BACKEND_MODE=${CCH_BACKEND_MODE:-jar}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  echo >&2
  log "shutting down the dev stack"
  stop_all_bg
  stop_private_cluster_if_started
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

section "Preflight"
ensure_java
require_cmd curl unzip node npm psql
ports=("$KC_PORT" "$KC_MGMT_PORT")
[[ $SKIP == *,backend,* ]] || ports+=("$API_PORT")
[[ $SKIP == *,frontend,* ]] || ports+=("$SPA_PORT")
require_free_ports "${ports[@]}"
log "JAVA_HOME=$JAVA_HOME"

section "PostgreSQL"
ensure_postgres
pg_create_db_if_missing cch

section "Keycloak"
kc_home=$(keycloak_install "$CCH_CACHE")
keycloak_reset_if_realm_changed "$kc_home"
keycloak_start keycloak "$kc_home" "$KC_PORT" "$KC_MGMT_PORT" "$CCH_LOGS/keycloak.log"
kc_pid=$BG_PID
keycloak_wait keycloak "$KC_PORT" "$KC_MGMT_PORT" "$kc_pid" "$CCH_LOGS/keycloak.log"

if [[ $SKIP != *,backend,* ]]; then
  backend_env=(
    CCH_DB_NAME=cch CCH_DEMO_DATA=true QUARKUS_HTTP_PORT="$API_PORT"
    CCH_OIDC_URL="http://localhost:$KC_PORT/realms/circular-city"
    CCH_CORS_ORIGINS="http://localhost:$SPA_PORT"
    # The hub's own service account creates the machine clients that organisation admins manage.
    CCH_KEYCLOAK_ADMIN_URL="http://localhost:$KC_PORT" CCH_KEYCLOAK_REALM=circular-city
    CCH_PROVISIONER_CLIENT_ID=cch-provisioner CCH_PROVISIONER_CLIENT_SECRET=provisioner-dev-secret
  )
  if [ "$BACKEND_MODE" = dev ]; then
    section "Backend (quarkus:dev, live reload)"
    # No console (stdin is /dev/null); the debugger listens on the default port 5005.
    start_bg backend "$CCH_LOGS/backend.log" "$CCH_ROOT/backend" env "${backend_env[@]}" \
      ./mvnw -B -ntp quarkus:dev -Dquarkus.console.enabled=false
  else
    section "Backend (production jar)"
    log "building the backend: ./mvnw package -DskipTests (log: ${CCH_LOGS#"$CCH_ROOT"/}/backend-build.log)"
    (cd "$CCH_ROOT/backend" && ./mvnw -B -ntp package -DskipTests -Dspotless.check.skip=true) \
      >"$CCH_LOGS/backend-build.log" 2>&1 || {
      show_log_tail "$CCH_LOGS/backend-build.log" 40
      die "backend build failed"
    }
    # Run a copy, so that rebuilding while the stack runs cannot pull classes from under it.
    rm -rf "$CCH_CACHE/stack/backend-app"
    mkdir -p "$CCH_CACHE/stack"
    cp -r "$CCH_ROOT/backend/target/quarkus-app" "$CCH_CACHE/stack/backend-app"
    aot_cache_opts "$CCH_CACHE/stack/backend-app"
    start_bg backend "$CCH_LOGS/backend.log" "$CCH_CACHE/stack/backend-app" env "${backend_env[@]}" \
      QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
      "$JAVA_HOME/bin/java" "${AOT_OPTS[@]}" -jar quarkus-run.jar
  fi
  backend_pid=$BG_PID
fi

if [[ $SKIP != *,frontend,* ]]; then
  section "Frontend (vite dev)"
  npm_ci_if_needed
  (cd "$CCH_FRONTEND" && npm run -s gen:api) || die "npm run gen:api failed"
  start_bg frontend "$CCH_LOGS/frontend.log" "$CCH_FRONTEND" npm run dev -- --port "$SPA_PORT" --strictPort
  frontend_pid=$BG_PID
  wait_http frontend "http://localhost:$SPA_PORT/" 120 "$frontend_pid" "$CCH_LOGS/frontend.log"
fi

if [[ $SKIP != *,backend,* ]]; then
  # quarkus:dev compiles first (and may download dependencies) before it answers.
  wait_http backend "http://localhost:$API_PORT/q/health/ready" "${CCH_BACKEND_TIMEOUT:-600}" "$backend_pid" "$CCH_LOGS/backend.log"
fi

section "Circular City Hub is running"
cat >&2 <<INFO
  App            http://localhost:$SPA_PORT/
  API            http://localhost:$API_PORT/api/v1   (OpenAPI: http://localhost:$API_PORT/q/openapi)
  Keycloak       http://localhost:$KC_PORT/admin/    (admin / admin)
  PostgreSQL     $CCH_DB_HOST:$CCH_DB_PORT, database cch, user $CCH_DB_USER
  Logs           ${CCH_LOGS#"$CCH_ROOT"/}/

  Demo logins (realm circular-city, password "demo" for all):
    musterstadt-editor    Erika Mustermann   editor, Musterstadt (DE)
    musterstadt-viewer    Max Mustermann     viewer, Musterstadt (DE)
    eksempelby-editor     Jens Jensen        editor, Eksempelby (DK)
    eksempelby-viewer     Karen Hansen       viewer, Eksempelby (DK)
    network-coordinator   Nora Netz          admin, Kreislauf-Netzwerk
    platform-admin        Paula Plattform    platform administrator
  Sync client (client credentials): cch-sync-musterstadt / musterstadt-sync-secret

  Press Ctrl-C to stop everything.
INFO

while true; do
  if dead=$(first_dead_bg); then
    name=${dead%%$'\t'*}
    show_log_tail "${dead#*$'\t'}" 40
    die "$name stopped unexpectedly; stopping the rest"
  fi
  sleep 2
done
