#!/usr/bin/env bash
# Starts the production jar for a benchmark that signs its own tokens (no Keycloak): a key pair is made in a work
# directory and the API checks tokens against its public half (quarkus.oidc.public-key, issuer cch-bench). The
# benchmark's node script signs with the private half (scripts/bench/token.mjs, CCH_BENCH_KEY).
# Needs common.sh; the caller's cleanup stops what start_bg started.

# bench_api_start NAME PORT DB LOG WORKDIR [VAR=value ...]: starts the API and waits until it is ready; exports
# CCH_BENCH_API and CCH_BENCH_KEY for the node scripts and sets BENCH_API_PID (the java process).
bench_api_start() {
  local name=$1 port=$2 db=$3 log_file=$4 work=$5
  shift 5
  [ -f "$work/key.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
  local public_key
  public_key=$(openssl pkey -in "$work/key.pem" -pubout | grep -v -- '-----' | tr -d '\n')
  mkdir -p "$(dirname "$log_file")"
  start_bg "$name" "$log_file" "$CCH_ROOT/backend/target/quarkus-app" env \
    QUARKUS_HTTP_PORT="$port" CCH_DB_NAME="$db" CCH_DEMO_DATA=true "$@" \
    "$JAVA_HOME/bin/java" -Xmx512m -Dquarkus.oidc.public-key="$public_key" -Dquarkus.oidc.token.issuer=cch-bench \
    -Dquarkus.oidc.auth-server-url= -jar quarkus-run.jar
  BENCH_API_PID=$BG_PID
  wait_http "$name" "http://localhost:$port/q/health/ready" 120 "$BENCH_API_PID" "$log_file"
  export CCH_BENCH_API="http://localhost:$port" CCH_BENCH_KEY="$work/key.pem"
}

# bench_require_jar: the benchmarks measure the production jar; it must be built first.
bench_require_jar() {
  local jar=$CCH_ROOT/backend/target/quarkus-app/quarkus-run.jar
  [ -f "$jar" ] || die "no $jar: run 'cd backend && ./mvnw package -DskipTests' first"
}
