#!/usr/bin/env bash
# Fault test: the production jar while its PostgreSQL goes away and comes back, and while it is shut down.
#
#   scripts/fault-postgres.sh      (after `cd backend && ./mvnw package -DskipTests`; scripts/test.sh runs it
#                                   as its "faults" stage)
#
# Starts a private PostgreSQL cluster of its own (.cache/faults/pgdata, port CCH_FAULTS_PG_PORT, default 5590)
# and the production jar against it (port CCH_FAULTS_API_PORT, default 8590, demo data on). Tokens are signed
# here with a key made for the run, which the jar is told to trust (quarkus.oidc.public-key): the outage is the
# database's, so no Keycloak is needed; the end-to-end stage covers Keycloak.
#
# Then, with several concurrent writers creating strategies and recording every write answered 2xx with its id:
#   - PostgreSQL is stopped the hard way (pg_ctl -m immediate, like a crash) for CCH_FAULTS_OUTAGE seconds;
#   - while it is down: reads and writes answer 503 problem+json with Retry-After within a bounded time (never
#     500, never a hang), /q/health/ready is down, /q/health/live is up, and no health answer shows the
#     database's host, port or driver messages;
#   - after it is back: the API answers again within 5 s by itself, and every acknowledged write is in the
#     database, each with its change record;
#   - graceful shutdown: SIGTERM while atomic bulk writes are in flight; they finish (2xx), none is cut off, and
#     every batch is in the database whole or not at all.
# Prints a PASS/FAIL table; exits non-zero when a check fails. Sends traffic to localhost only; every loop is
# bounded in count and time. Stops what it started.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
export CCH_PGDATA=$CCH_CACHE/faults/pgdata
export CCH_PRIVATE_PG_PORT=${CCH_FAULTS_PG_PORT:-5590}
export CCH_PG_LOG=$CCH_LOGS/faults-postgres.log
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"

API_PORT=${CCH_FAULTS_API_PORT:-8590}
OUTAGE_SECONDS=${CCH_FAULTS_OUTAGE:-6}
WRITERS=${CCH_FAULTS_WRITERS:-4}
RECOVERY_LIMIT=5
# An answer during the outage must come within this many seconds (the pool waits 3 s for a connection).
ANSWER_LIMIT=8
API=http://127.0.0.1:$API_PORT
DB=cch_faults
WORK=
API_PID=

declare -a CHECK_NAMES=() CHECK_RESULTS=() CHECK_DETAILS=()

check() { # check NAME PASS|FAIL DETAIL
  CHECK_NAMES+=("$1")
  CHECK_RESULTS+=("$2")
  CHECK_DETAILS+=("$3")
  log "$2: $1 ($3)"
}

expect() { # expect NAME DETAIL COMMAND...: PASS when COMMAND succeeds
  local name=$1 detail=$2
  shift 2
  if "$@"; then check "$name" PASS "$detail"; else check "$name" FAIL "$detail"; fi
}

print_table() {
  local i failed=0
  printf '\n========== fault-postgres.sh ==========\n'
  for i in "${!CHECK_NAMES[@]}"; do
    printf '  %-4s  %-58s %s\n' "${CHECK_RESULTS[$i]}" "${CHECK_NAMES[$i]}" "${CHECK_DETAILS[$i]}"
    [ "${CHECK_RESULTS[$i]}" = PASS ] || failed=$((failed + 1))
  done
  printf '%s passed, %s failed\n' "$((${#CHECK_NAMES[@]} - failed))" "$failed"
  [ "$failed" -eq 0 ] && [ "${#CHECK_NAMES[@]}" -gt 0 ]
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -z "$WORK" ] || touch "$WORK/stop"
  stop_all_bg
  stop_private_cluster_if_started
  if [ "${#CHECK_NAMES[@]}" -gt 0 ]; then
    print_table || { [ "$rc" -ne 0 ] || rc=1; }
  fi
  [ -z "$WORK" ] || rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_java
require_cmd curl psql openssl
jar_dir=$CCH_ROOT/backend/target/quarkus-app
[ -f "$jar_dir/quarkus-run.jar" ] || die "no $jar_dir/quarkus-run.jar: run 'cd backend && ./mvnw package -DskipTests' first"
require_free_ports "$API_PORT"
if port_in_use "$CCH_PRIVATE_PG_PORT"; then
  die "port $CCH_PRIVATE_PG_PORT is in use (a leftover fault cluster? stop it: pg_ctl -D ${CCH_PGDATA#"$CCH_ROOT"/} stop), or set CCH_FAULTS_PG_PORT"
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cch-faults.XXXXXX")
# A private copy of the jar, so that a build running meanwhile cannot change it mid-run.
cp -r "$jar_dir" "$WORK/api"

# ---------------------------------------------------------------------------
section "faults: private PostgreSQL :$CCH_PRIVATE_PG_PORT"
export CCH_DB_HOST=127.0.0.1 CCH_DB_PORT=$CCH_PRIVATE_PG_PORT CCH_DB_USER=postgres
unset CCH_DB_PASSWORD
start_private_cluster
pg_recreate_db "$DB"
PG_BIN=$(pg_bindir)

pg_stop_hard() { as_pg_owner "$PG_BIN/pg_ctl" -D "$CCH_PGDATA" -m immediate -w stop >/dev/null; }
pg_start_again() {
  as_pg_owner "$PG_BIN/pg_ctl" -D "$CCH_PGDATA" -l "$CCH_PG_LOG" -w -t 60 \
    -o "-p $CCH_PRIVATE_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$CCH_PGDATA'" start >/dev/null
}
sql() { cch_psql -d "$DB" -At -c "$1"; }

# ---------------------------------------------------------------------------
section "faults: signing key and token"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
public_key=$(openssl pkey -in "$WORK/key.pem" -pubout 2>/dev/null | grep -v -- '-----' | tr -d '\n')
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
issued=$(date +%s)
jwt_header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
jwt_claims=$(printf '{"iss":"cch-fault-test","sub":"fault-writer","aud":"cch-api","iat":%s,"exp":%s,"preferred_username":"fault-writer","groups":["/organizations/musterstadt/editor"]}' \
  "$issued" "$((issued + 900))" | b64url)
jwt_signature=$(printf '%s.%s' "$jwt_header" "$jwt_claims" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)
TOKEN="$jwt_header.$jwt_claims.$jwt_signature"

# ---------------------------------------------------------------------------
section "faults: production jar :$API_PORT"
start_api() {
  aot_cache_opts "$WORK/api"
  start_bg api-faults "$CCH_LOGS/faults-api.log" "$WORK/api" env \
    QUARKUS_HTTP_PORT="$API_PORT" CCH_DB_NAME="$DB" CCH_DEMO_DATA=true \
    QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_DISCOVERY_ENABLED=false QUARKUS_OIDC_PUBLIC_KEY="$public_key" \
    CCH_RATE_LIMIT_BURST=100000 CCH_RATE_LIMIT_PER_SECOND=100000 \
    "$JAVA_HOME/bin/java" -Xmx512m "${AOT_OPTS[@]}" -jar quarkus-run.jar
  API_PID=$BG_PID
  wait_http api-faults "$API/q/health/ready" 120 "$API_PID" "$CCH_LOGS/faults-api.log"
}
start_api

# curl_api OUTFILE METHOD PATH [BODY]: writes "http_code seconds curl_exit" to stdout, the body to OUTFILE,
# the headers to OUTFILE.h. Never waits longer than 15 s.
curl_api() {
  local out=$1 method=$2 path=$3 body=${4:-} rc=0 result
  local -a args=(-sS -o "$out" -D "$out.h" --max-time 15 -w '%{http_code} %{time_total}' -X "$method"
    -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json')
  [ -z "$body" ] || args+=(-H 'Content-Type: application/json' --data "$body")
  result=$(curl "${args[@]}" "$API$path" 2>/dev/null) || rc=$?
  echo "${result:-000 0} $rc"
}

smoke=$(curl_api "$WORK/smoke" POST /api/v1/strategies '{"title":"Fault test smoke","periodFrom":2025,"periodTo":2030}')
[ "${smoke%% *}" = 201 ] || {
  show_log_tail "$CCH_LOGS/faults-api.log" 40
  die "the API did not accept a write before the fault (answer: $smoke, body: $(head -c 300 "$WORK/smoke"))"
}

# ---------------------------------------------------------------------------
section "faults: $WRITERS writers, PostgreSQL stopped for ${OUTAGE_SECONDS}s"
# Each writer appends "code seconds curl_exit id" per write; bounded to 3,000 writes and 120 s.
writer() {
  local n=$1 i=0 line id started
  started=$(now)
  while [ ! -e "$WORK/stop" ] && [ "$i" -lt 3000 ] && (($(now) - started < 120)); do
    i=$((i + 1))
    line=$(curl_api "$WORK/w$n.body" POST /api/v1/strategies \
      "{\"title\":\"Fault writer $n write $i\",\"periodFrom\":2025,\"periodTo\":2030}")
    id=$(grep -o '"id":"[0-9a-f-]\{36\}"' "$WORK/w$n.body" 2>/dev/null | head -n 1 | cut -d'"' -f4 || true)
    echo "$line ${id:--}" >>"$WORK/writes-$n"
    case ${line%% *} in 503) sleep 0.2 ;; esac
  done
}
writer_pids=()
for ((n = 1; n <= WRITERS; n++)); do
  : >"$WORK/writes-$n"
  writer "$n" &
  writer_pids+=("$!")
done
sleep 3

pg_stop_hard
down_at=$(now)
log "PostgreSQL stopped (immediate); probing the API while it is down"
sleep 1

# The probes run side by side, so that they all fall inside the outage: a read and a write (with the token) and
# the health endpoints (anonymous). Each leaves "code seconds curl_exit" in $WORK/probe-NAME, body and headers beside.
probe() { # probe NAME METHOD PATH [BODY]
  curl_api "$WORK/probe-$1.body" "$2" "$3" "${4:-}" >"$WORK/probe-$1"
}
health() { # health NAME PATH (no token)
  local rc=0 result
  result=$(curl -sS -o "$WORK/probe-$1.body" -D "$WORK/probe-$1.body.h" --max-time 15 -w '%{http_code} %{time_total}' \
    "$API$2" 2>/dev/null) || rc=$?
  echo "${result:-000 0} $rc" >"$WORK/probe-$1"
}
probe_pids=()
probe read GET '/api/v1/strategies?limit=5' &
probe_pids+=("$!")
probe write POST /api/v1/strategies '{"title":"During the outage","periodFrom":2025,"periodTo":2030}' &
probe_pids+=("$!")
for path in health health/ready health/live health/started; do
  health "${path//\//-}" "/q/$path" &
  probe_pids+=("$!")
done
wait "${probe_pids[@]}"

# A read and a write must be 503 problem+json with Retry-After, in bounded time.
check_unavailable() { # check_unavailable NAME PROBE
  local name=$1 f=$WORK/probe-$2 code seconds rc
  read -r code seconds rc <"$f"
  local ok=true why="HTTP $code in ${seconds}s"
  [ "$code" = 503 ] || ok=false
  grep -qi '^content-type: application/problem+json' "$f.body.h" || { ok=false; why="$why, not problem+json"; }
  grep -qi '^retry-after: [0-9]' "$f.body.h" || { ok=false; why="$why, no Retry-After"; }
  awk -v s="$seconds" -v l="$ANSWER_LIMIT" 'BEGIN { exit !(s <= l) }' || { ok=false; why="$why, over ${ANSWER_LIMIT}s"; }
  grep -q '"status":503' "$f.body" || { ok=false; why="$why, body: $(head -c 120 "$f.body")"; }
  if $ok; then check "$name" PASS "$why"; else check "$name" FAIL "$why"; fi
}
check_unavailable "outage: read answers 503 problem+json + Retry-After" read
check_unavailable "outage: write answers 503 problem+json + Retry-After" write

# Health, anonymously: readiness down, liveness up, nothing about the database's address.
read -r ready_code _ <"$WORK/probe-health-ready"
ready_body=$(cat "$WORK/probe-health-ready.body")
expect "outage: /q/health/ready reports down" "HTTP $ready_code $(echo "$ready_body" | tr -d ' \n' | head -c 80)" \
  test "$ready_code" = 503 -a -n "$(grep -o '"status" *: *"DOWN"' <<<"$ready_body")"
read -r live_code _ <"$WORK/probe-health-live"
expect "outage: /q/health/live stays up" "HTTP $live_code" test "$live_code" = 200
leaks=
for name in health health-ready health-live health-started; do
  if grep -qiE "$CCH_PRIVATE_PG_PORT|127\.0\.0\.1|localhost|jdbc|postgres|connection|refused|$DB" "$WORK/probe-$name.body"; then
    leaks="$leaks /q/${name//-//}"
  fi
done
expect "outage: anonymous health shows no host, port or driver text" "${leaks:-checked /q/health, ready, live, started}" \
  test -z "$leaks"

remaining=$((OUTAGE_SECONDS - ($(now) - down_at)))
((remaining <= 0)) || sleep "$remaining"
pg_start_again
up_at_ns=$(date +%s%N)
log "PostgreSQL started again after $(($(now) - down_at))s; waiting for the API to answer by itself"

recovered_ms=
for ((i = 0; i < 60; i++)); do
  line=$(curl_api "$WORK/recover" GET '/api/v1/strategies?limit=1')
  if [ "${line%% *}" = 200 ]; then
    recovered_ms=$((($(date +%s%N) - up_at_ns) / 1000000))
    break
  fi
  sleep 0.25
done
expect "recovery: the API answers again within ${RECOVERY_LIMIT}s" "${recovered_ms:-no answer 200 within 15}${recovered_ms:+ ms after PostgreSQL was back}" \
  test -n "$recovered_ms" -a "${recovered_ms:-99999}" -le $((RECOVERY_LIMIT * 1000))
health ready-again /q/health/ready
read -r ready_code _ <"$WORK/probe-ready-again"
expect "recovery: /q/health/ready is up again" "HTTP $ready_code" test "$ready_code" = 200

sleep 2
touch "$WORK/stop"
wait "${writer_pids[@]}"
rm -f "$WORK/stop"

cat "$WORK"/writes-* >"$WORK/writes"
total=$(wc -l <"$WORK/writes")
acked=$(awk '$1 ~ /^2/' "$WORK/writes" | wc -l)
unavailable=$(awk '$1 == 503' "$WORK/writes" | wc -l)
other=$(awk '$1 !~ /^2/ && $1 != 503' "$WORK/writes" | wc -l)
slowest=$(awk 'BEGIN { m = 0 } $2 > m { m = $2 } END { print m }' "$WORK/writes")
expect "load: writes were acknowledged before and after the outage" "$total writes, $acked acknowledged, $unavailable answered 503" \
  test "$acked" -gt 0 -a "$unavailable" -gt 0
expect "load: every write answered 2xx or 503, never 500 or a hang" \
  "$other others$( [ "$other" -eq 0 ] || echo ": $(awk '$1 !~ /^2/ && $1 != 503 { print $1 "/curl " $3 }' "$WORK/writes" | sort | uniq -c | tr -s ' \n' ' ')")" \
  test "$other" -eq 0
expect "load: every answer came within ${ANSWER_LIMIT}s" "slowest ${slowest}s" \
  awk -v s="$slowest" -v l="$ANSWER_LIMIT" 'BEGIN { exit !(s <= l) }'

awk '$1 ~ /^2/ && $4 != "-" { print $4 }' "$WORK/writes" | sort -u >"$WORK/acked-ids"
ids_without_id=$((acked - $(wc -l <"$WORK/acked-ids")))
{
  echo "create temp table acked (id uuid primary key);"
  echo "copy acked from stdin;"
  cat "$WORK/acked-ids"
  echo '\.'
  echo "select count(*), count(*) filter (where s.id is null), count(*) filter (where s.id is not null and not exists (select 1 from change_record c where c.record_id = s.id and c.operation = 'CREATE')) from acked a left join strategy s on s.id = a.id;"
} >"$WORK/verify.sql"
read -r looked_up missing unrecorded < <(cch_psql -d "$DB" -At -F ' ' -f "$WORK/verify.sql")
expect "durability: every acknowledged write is in the database" \
  "$looked_up acknowledged ids looked up, $missing missing, $ids_without_id answers without id" \
  test "$missing" -eq 0 -a "$ids_without_id" -eq 0 -a "$looked_up" -eq "$(wc -l <"$WORK/acked-ids")"
expect "durability: each with its change record (same transaction)" "$unrecorded without" test "$unrecorded" -eq 0

# ---------------------------------------------------------------------------
section "faults: graceful shutdown with writes in flight"
# Writers post atomic bulk writes of 100 strategies each, back to back, so that some are always in flight; SIGTERM
# in the middle. Each batch leaves "code seconds curl_exit start_ns end_ns" in $WORK/batches-N, one line per batch,
# and its items are named fault-<writer>x<batch>-<item>.
ITEMS=100
post_batches() { # post_batches WRITER: until the server refuses or is gone; at most 200 batches and 60 s
  local w=$1 b=0 i items rc result start_ns started
  started=$(now)
  while [ "$b" -lt 200 ] && (($(now) - started < 60)); do
    b=$((b + 1))
    items=
    for ((i = 1; i <= ITEMS; i++)); do
      items="$items${items:+,}{\"externalId\":\"fault-${w}x$b-$i\",\"title\":\"Fault batch ${w}x$b item $i\"}"
    done
    rc=0
    start_ns=$(date +%s%N)
    result=$(curl -sS -o /dev/null --max-time 40 -w '%{http_code} %{time_total}' -X POST \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H 'Accept: application/json' \
      --data "{\"items\":[$items]}" "$API/api/v1/strategies/bulk?mode=atomic" 2>/dev/null) || rc=$?
    echo "${result:-000 0} $rc $start_ns $(date +%s%N) ${w}x$b" >>"$WORK/batches-$w"
    [[ $result == 2* ]] || break
  done
}
batch_pids=()
for ((w = 1; w <= WRITERS; w++)); do
  : >"$WORK/batches-$w"
  post_batches "$w" &
  batch_pids+=("$!")
done
sleep 2
log_lines_before=$(wc -l <"$CCH_LOGS/faults-api.log")
term_ns=$(date +%s%N)
kill -TERM "$API_PID"
# Once the server says it is draining, one request more must be refused.
for ((i = 0; i < 50; i++)); do
  tail -n +"$((log_lines_before + 1))" "$CCH_LOGS/faults-api.log" | grep -q 'Waiting for HTTP requests to complete' && break
  sleep 0.1
done
late_rc=0
late_code=$(curl -sS -o /dev/null --max-time 10 -w '%{http_code}' "$API/api/v1/strategies?limit=1" \
  -H "Authorization: Bearer $TOKEN" 2>/dev/null) || late_rc=$?
exited=false
for ((i = 0; i < 150; i++)); do
  kill -0 "$API_PID" 2>/dev/null || { exited=true; break; }
  sleep 0.2
done
stop_ms=$((($(date +%s%N) - term_ns) / 1000000))
wait "${batch_pids[@]}"

cat "$WORK"/batches-* >"$WORK/batches"
# Sent before SIGTERM: must finish (2xx), or be refused with 503 when it reached the server after the drain had begun.
# Sent after: refused, with 503 or at the connection (the listening socket closes at the end of the drain); never
# acknowledged and then lost, which the check below the next one covers.
batches=$(wc -l <"$WORK/batches")
in_flight=$(awk -v t="$term_ns" '$1 ~ /^2/ && $4 < t && $5 > t' "$WORK/batches" | wc -l)
cut=$(awk -v t="$term_ns" '$4 < t && !($1 ~ /^2/ || $1 == 503)' "$WORK/batches" | wc -l)
late_refused=$(awk -v t="$term_ns" '$4 >= t && $1 == 503' "$WORK/batches" | wc -l)
late_closed=$(awk -v t="$term_ns" '$4 >= t && $1 == "000"' "$WORK/batches" | wc -l)
late_accepted=$(awk -v t="$term_ns" '$4 >= t && $1 != 503 && $1 != "000"' "$WORK/batches" | wc -l)
expect "shutdown: SIGTERM lets the JVM exit by itself" "exited=$exited after ${stop_ms} ms" test "$exited" = true
expect "shutdown: requests in flight finish, none is cut off" \
  "$batches batches; $in_flight in flight at SIGTERM finished 2xx, $cut sent before it cut off$( [ "$cut" -eq 0 ] || echo ": $(awk -v t="$term_ns" '$4 < t && !($1 ~ /^2/ || $1 == 503) { print $1 "/curl " $3 }' "$WORK/batches" | sort | uniq -c | tr -s ' \n' ' ')")" \
  test "$cut" -eq 0 -a "$in_flight" -gt 0
expect "shutdown: requests sent after SIGTERM are refused" \
  "$late_refused answered 503, $late_closed refused at the connection, $late_accepted otherwise" test "$late_accepted" -eq 0
expect "shutdown: a request arriving during the drain is refused" "HTTP $late_code, curl exit $late_rc" \
  test "$late_code" = 503 -o "$late_rc" = 7

awk '$1 ~ /^2/ { print $6 }' "$WORK/batches" | sort >"$WORK/acked-batches"
read -r acked_batches stored partial acked_incomplete < <(
  {
    echo "create temp table acked (batch text primary key);"
    echo "copy acked from stdin;"
    cat "$WORK/acked-batches"
    echo '\.'
    echo "create temp table stored as select split_part(external_id, '-', 2) as batch, count(*) as n from strategy where external_id like 'fault-%x%' group by 1;"
    echo "select (select count(*) from acked), (select count(*) from stored), (select count(*) from stored where n <> $ITEMS), (select count(*) from acked a where not exists (select 1 from stored s where s.batch = a.batch and s.n = $ITEMS));"
  } | cch_psql -d "$DB" -At -F ' ' -f -
)
expect "shutdown: nothing half-written (each batch whole or absent)" \
  "$stored batches stored, $partial partial, $acked_batches acknowledged, $acked_incomplete of them missing" \
  test "$partial" -eq 0 -a "$acked_incomplete" -eq 0 -a "$acked_batches" -eq "$(wc -l <"$WORK/acked-batches")" -a "$stored" -ge "$acked_batches"
# The table is printed on exit (cleanup), after everything started here has stopped.
