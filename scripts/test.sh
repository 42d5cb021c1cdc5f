#!/usr/bin/env bash
# Runs every test of Circular City Hub: the one command the README names and CI calls.
#
#   1. preflight   JDK 21+, Node, Chromium, free ports
#   2. postgres    a PostgreSQL that answers (configured, 127.0.0.1:5432 or a private
#                  cluster in .cache/pgdata on 5433); databases cch_test and cch_e2e recreated
#   3. backend     ./mvnw -B verify: formatting, unit and @QuarkusTest tests (incl. the
#                  OpenAPI drift test), production jar target/quarkus-app/quarkus-run.jar
#   4. faults      scripts/fault-postgres.sh: the production jar on a private PostgreSQL (:5590) that is
#                  stopped and started again under write load, then a graceful shutdown (:8590)
#   5. frontend    npm ci, npm run check: lint, prettier, typecheck, vitest, spectral + OWASP, build
#   6. e2e         Keycloak on 8480 (fresh in-memory import), production jar on 8490
#                  (db cch_e2e), built SPA on 4490, Playwright in Debian's Chromium
#
# Fails fast; always stops what it started; prints a summary line per stage.
# Uses ports and databases of its own, so it also runs while scripts/stack.sh is up.
#
# Options (environment):
#   CCH_TEST_STAGES=backend,faults,frontend,e2e   run only these of stages 3-6 (the default runs all)
#   CCH_DB_HOST / CCH_DB_PORT              use this PostgreSQL when it answers
#   CCH_CHROMIUM_PATH                      browser for Playwright (default /usr/bin/chromium)
#   CCH_E2E_SPECS=e2e/api-clients.spec.ts   run only these Playwright specs (the default runs all)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/keycloak.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/frontend.sh"

E2E_KC_PORT=8480
E2E_KC_MGMT_PORT=9480
E2E_API_PORT=8490
E2E_SPA_PORT=4490
E2E_WEBHOOK_PORT=8497
BACKEND_TEST_PORT=8081
FAULTS_API_PORT=8590
FAULTS_PG_PORT=5590
export CCH_CHROMIUM_PATH=${CCH_CHROMIUM_PATH:-/usr/bin/chromium}
SELECTED=",${CCH_TEST_STAGES:-backend,faults,frontend,e2e},"

ALL_STAGES=(preflight postgres backend faults frontend e2e)
declare -A STAGE_STATUS=() STAGE_SECONDS=()
CURRENT_STAGE=
STAGE_STARTED_AT=0
SCRIPT_STARTED_AT=$(now)
E2E_TMP=

selected() { [[ $SELECTED == *",$1,"* ]]; }

stage_begin() {
  CURRENT_STAGE=$1
  STAGE_STARTED_AT=$(now)
  section "$1: $2"
}

stage_end() {
  STAGE_STATUS[$CURRENT_STAGE]=passed
  STAGE_SECONDS[$CURRENT_STAGE]=$(($(now) - STAGE_STARTED_AT))
  log "$CURRENT_STAGE passed in ${STAGE_SECONDS[$CURRENT_STAGE]}s"
  CURRENT_STAGE=
}

stage_skip() {
  STAGE_STATUS[$1]="skipped (CCH_TEST_STAGES)"
}

print_summary() {
  local stage status passed=0 failed=0 result=PASSED
  printf '\n========== test.sh summary ==========\n'
  for stage in "${ALL_STAGES[@]}"; do
    status=${STAGE_STATUS[$stage]:-not run}
    case $status in
      passed) passed=$((passed + 1)) ;;
      failed) failed=$((failed + 1)) result=FAILED ;;
    esac
    if [ -n "${STAGE_SECONDS[$stage]:-}" ]; then
      printf '  %-10s %-28s %5ss\n' "$stage" "$status" "${STAGE_SECONDS[$stage]}"
    else
      printf '  %-10s %s\n' "$stage" "$status"
    fi
  done
  printf '  total %ss: %s\n' "$(($(now) - SCRIPT_STARTED_AT))" "$result"
  printf 'stages: %s passed, %s failed\n' "$passed" "$failed"
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$CURRENT_STAGE" ]; then
    STAGE_STATUS[$CURRENT_STAGE]=failed
    STAGE_SECONDS[$CURRENT_STAGE]=$(($(now) - STAGE_STARTED_AT))
    [ "$rc" -ne 0 ] || rc=1
  fi
  stop_all_bg
  stop_private_cluster_if_started
  [ -z "$E2E_TMP" ] || rm -rf "$E2E_TMP"
  print_summary
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------
stage_begin preflight "tools and ports"
ensure_java
log "JAVA_HOME=$JAVA_HOME ($("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
require_cmd curl psql
if selected frontend || selected e2e; then
  require_cmd node npm
  log "node $(node --version), npm $(npm --version)"
fi
if selected e2e; then
  require_cmd unzip
  [ -x "$CCH_CHROMIUM_PATH" ] ||
    die "Chromium not found at $CCH_CHROMIUM_PATH: install Debian's package (apt-get install -y chromium) or set CCH_CHROMIUM_PATH"
  log "browser: $("$CCH_CHROMIUM_PATH" --version 2>/dev/null || echo "$CCH_CHROMIUM_PATH")"
  require_free_ports "$E2E_KC_PORT" "$E2E_KC_MGMT_PORT" "$E2E_API_PORT" "$E2E_SPA_PORT" "$E2E_WEBHOOK_PORT"
fi
if selected backend; then
  require_free_ports "$BACKEND_TEST_PORT"
fi
if selected faults; then
  require_cmd openssl
  require_free_ports "$FAULTS_API_PORT" "$FAULTS_PG_PORT"
fi
stage_end

# ---------------------------------------------------------------------------
stage_begin postgres "PostgreSQL and test databases"
ensure_postgres
pg_recreate_db cch_test
pg_recreate_db cch_e2e
stage_end

# ---------------------------------------------------------------------------
if selected backend; then
  stage_begin backend "./mvnw -B verify (format check, unit + @QuarkusTest tests, OpenAPI drift, jar)"
  (cd "$CCH_ROOT/backend" && env -u CCH_DB_NAME ./mvnw -B -ntp verify) ||
    die "backend build or tests failed (see the Maven output above)"
  [ -f "$CCH_ROOT/backend/target/quarkus-app/quarkus-run.jar" ] ||
    die "backend verify passed but target/quarkus-app/quarkus-run.jar is missing"
  stage_end
else
  stage_skip backend
fi

# ---------------------------------------------------------------------------
if selected faults; then
  stage_begin faults "PostgreSQL stopped and restarted under write load, graceful shutdown (scripts/fault-postgres.sh)"
  [ -f "$CCH_ROOT/backend/target/quarkus-app/quarkus-run.jar" ] ||
    die "no backend/target/quarkus-app/quarkus-run.jar: run the backend stage first"
  CCH_FAULTS_API_PORT=$FAULTS_API_PORT CCH_FAULTS_PG_PORT=$FAULTS_PG_PORT "$CCH_ROOT/scripts/fault-postgres.sh" ||
    die "fault test failed (see its table above; logs: ${CCH_LOGS#"$CCH_ROOT"/}/faults-{api,postgres}.log)"
  stage_end
else
  stage_skip faults
fi

# ---------------------------------------------------------------------------
if selected frontend; then
  stage_begin frontend "npm ci, npm run check (lint, format, typecheck, vitest, spectral + OWASP, build)"
  npm_ci_if_needed
  (cd "$CCH_FRONTEND" && npm run check) || die "frontend checks failed (see the output above)"
  [ -f "$CCH_FRONTEND/dist/index.html" ] || die "npm run check passed but frontend/dist/index.html is missing"
  stage_end
else
  stage_skip frontend
fi

# ---------------------------------------------------------------------------
if selected e2e; then
  stage_begin e2e "Keycloak :$E2E_KC_PORT + production jar :$E2E_API_PORT + built SPA :$E2E_SPA_PORT + Playwright"
  jar_dir=$CCH_ROOT/backend/target/quarkus-app
  [ -f "$jar_dir/quarkus-run.jar" ] || die "no $jar_dir/quarkus-run.jar: run the backend stage first"
  [ -f "$CCH_FRONTEND/dist/index.html" ] || die "no frontend/dist: run the frontend stage first"
  [ -d "$CCH_FRONTEND/node_modules/@playwright/test" ] || npm_ci_if_needed
  # The example sync script (examples/sync-csv) runs in e2e/sync-example.spec.ts.
  log "npm ci (examples/sync-csv)"
  (cd "$CCH_ROOT/examples/sync-csv" && npm ci --no-audit --no-fund) || die "npm ci of examples/sync-csv failed"

  # Private copies, so that a concurrent build (or the dev stack) cannot change them mid-run.
  E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/cch-e2e.XXXXXX")
  cp -r "$jar_dir" "$E2E_TMP/api"
  cp -r "$CCH_FRONTEND/dist" "$E2E_TMP/spa"
  cat >"$E2E_TMP/spa/config.json" <<JSON
{
  "apiBaseUrl": "http://localhost:$E2E_API_PORT",
  "keycloakUrl": "http://localhost:$E2E_KC_PORT",
  "realm": "circular-city",
  "clientId": "cch-spa"
}
JSON

  # A Keycloak home of its own under .cache/e2e with in-memory storage: every run imports
  # the realm afresh and the dev stack's Keycloak data stays untouched.
  kc_home=$(keycloak_install "$CCH_CACHE/e2e")
  kc_started=$(now)
  keycloak_start keycloak-e2e "$kc_home" "$E2E_KC_PORT" "$E2E_KC_MGMT_PORT" "$CCH_LOGS/e2e-keycloak.log" --db=dev-mem
  kc_pid=$BG_PID

  start_bg spa-e2e "$CCH_LOGS/e2e-spa.log" "$CCH_FRONTEND" \
    ./node_modules/.bin/vite preview --outDir "$E2E_TMP/spa" --port "$E2E_SPA_PORT" --strictPort
  spa_pid=$BG_PID

  keycloak_wait keycloak-e2e "$E2E_KC_PORT" "$E2E_KC_MGMT_PORT" "$kc_pid" "$CCH_LOGS/e2e-keycloak.log"
  log "Keycloak (e2e) took $(($(now) - kc_started))s to start"

  # Started after Keycloak answers: quarkus-oidc reads the realm metadata at start-up.
  aot_cache_opts "$E2E_TMP/api"
  start_bg api-e2e "$CCH_LOGS/e2e-api.log" "$E2E_TMP/api" env \
    QUARKUS_HTTP_PORT="$E2E_API_PORT" CCH_DB_NAME=cch_e2e \
    CCH_OIDC_URL="http://localhost:$E2E_KC_PORT/realms/circular-city" \
    CCH_CORS_ORIGINS="http://localhost:$E2E_SPA_PORT" CCH_DEMO_DATA=true \
    CCH_WEBHOOKS_ALLOW_LOOPBACK=true \
    CCH_KEYCLOAK_ADMIN_URL="http://localhost:$E2E_KC_PORT" CCH_KEYCLOAK_REALM=circular-city \
    CCH_PROVISIONER_CLIENT_ID=cch-provisioner CCH_PROVISIONER_CLIENT_SECRET=provisioner-dev-secret \
    "$JAVA_HOME/bin/java" "${AOT_OPTS[@]}" -jar quarkus-run.jar
  api_pid=$BG_PID

  wait_http spa-e2e "http://localhost:$E2E_SPA_PORT/config.json" 60 "$spa_pid" "$CCH_LOGS/e2e-spa.log"
  wait_http api-e2e "http://localhost:$E2E_API_PORT/q/health/ready" 120 "$api_pid" "$CCH_LOGS/e2e-api.log"

  (cd "$CCH_FRONTEND" && env \
    CCH_E2E_APP_URL="http://localhost:$E2E_SPA_PORT" \
    CCH_E2E_API_URL="http://localhost:$E2E_API_PORT" \
    CCH_E2E_KEYCLOAK_URL="http://localhost:$E2E_KC_PORT" \
    CCH_E2E_WEBHOOK_PORT="$E2E_WEBHOOK_PORT" \
    npm run test:e2e -- ${CCH_E2E_SPECS:-}) || {
    log "logs: ${CCH_LOGS#"$CCH_ROOT"/}/e2e-{keycloak,api,spa}.log; Playwright traces: frontend/test-results/"
    die "end-to-end tests failed"
  }
  stage_end
else
  stage_skip e2e
fi
