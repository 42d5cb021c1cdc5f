# shellcheck shell=bash
# What the benchmarks that start the production jar share: a work directory removed on exit together with what was
# started, a key pair whose public half the API trusts instead of a Keycloak (tokens are signed with the private
# half, scripts/bench/lib/tokens.mjs), and the API's start. Requires common.sh and postgres.sh. Source, don't execute.

BENCH_WORK=$(mktemp -d)
BENCH_KEY=$BENCH_WORK/key.pem

bench_cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_all_bg
  stop_private_cluster_if_started
  rm -rf "$BENCH_WORK"
  exit "$rc"
}
trap bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# bench_prepare PORT...: the JDK, the commands, the packaged jar and free ports; then PostgreSQL and the key pair.
bench_prepare() {
  ensure_java
  require_cmd node curl openssl pgbench
  [ -f "$CCH_ROOT/backend/target/quarkus-app/quarkus-run.jar" ] ||
    die "no backend/target/quarkus-app/quarkus-run.jar: run 'cd backend && ./mvnw package -DskipTests' first"
  require_free_ports "$@"
  section "PostgreSQL"
  ensure_postgres
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$BENCH_KEY" 2>/dev/null
}

# bench_start_api NAME PORT DB LOGFILE [VAR=value...]: starts the production jar (-Xmx512m, with the AOT cache when
# the package has one, demo data on for the organizations and schema, tokens checked against the key pair) with the
# extra environment, waits until it is ready (CCH_BENCH_READY_TIMEOUT seconds, default 180; migrations on a large
# data set take longer) and sets BENCH_API_PID (the JVM's).
bench_start_api() {
  local name=$1 port=$2 db=$3 logfile=$4 public_key
  shift 4
  public_key=$(openssl pkey -in "$BENCH_KEY" -pubout | grep -v -- '-----' | tr -d '\n')
  mkdir -p "$CCH_LOGS"
  aot_cache_opts "$CCH_ROOT/backend/target/quarkus-app"
  start_bg "$name" "$logfile" "$CCH_ROOT/backend/target/quarkus-app" env \
    QUARKUS_HTTP_PORT="$port" CCH_DB_NAME="$db" CCH_DEMO_DATA=true "$@" \
    "$JAVA_HOME/bin/java" -Xmx512m "${AOT_OPTS[@]}" -Dquarkus.oidc.public-key="$public_key" \
    -Dquarkus.oidc.token.issuer=cch-bench \
    -Dquarkus.oidc.auth-server-url= -jar quarkus-run.jar
  BENCH_API_PID=$BG_PID
  wait_http "$name" "http://localhost:$port/q/health/ready" "${CCH_BENCH_READY_TIMEOUT:-180}" "$BENCH_API_PID" "$logfile"
}

machine_load() { uptime | sed 's/.*load average/load average/'; }
