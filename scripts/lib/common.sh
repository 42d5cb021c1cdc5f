# shellcheck shell=bash
# Shared helpers for scripts/stack.sh and scripts/test.sh. Source, don't execute.
#
# Background services are started in their own process group (setsid) so that one
# `kill -- -PGID` stops a service together with everything it spawned (kc.sh -> java,
# mvnw -> java, npm -> node), and so that Ctrl-C in the terminal reaches only the
# script, whose trap then stops the services in reverse start order.

CCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CCH_CACHE=${CCH_CACHE:-$CCH_ROOT/.cache}
CCH_LOGS=${CCH_LOGS:-$CCH_CACHE/logs}
mkdir -p "$CCH_CACHE" "$CCH_LOGS"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
  printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2
  exit 1
}
section() { printf '\n========== %s ==========\n' "$*" >&2; }

# True when something accepts TCP connections on localhost:PORT (IPv4 or IPv6).
port_in_use() {
  local port=$1
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/$port") 2>/dev/null && return 0
  return 1
}

require_free_ports() {
  local port
  for port in "$@"; do
    if port_in_use "$port"; then
      die "port $port is already in use (another stack.sh/test.sh, or a leftover process?). Find it with: ss -ltnp 'sport = :$port'"
    fi
  done
}

# Seconds since the epoch; used for stage timings.
now() { date +%s; }

# The feature release of the JDK in $1 (21, 25, ...); empty when it does not answer.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# Picks a JDK >= 21: $JAVA_HOME if good enough, else the newest suitable one under /usr/lib/jvm.
ensure_java() {
  local candidate major
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  # Newest first (sort -V -r), so temurin-25 wins over temurin-21.
  while IFS= read -r candidate; do candidates+=("$candidate"); done < <(printf "%s\n" /usr/lib/jvm/*/ | sed "s:/$::" | sort -V -r)
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME=$candidate
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  die "no JDK 21 or newer found (set JAVA_HOME; on these machines: /usr/lib/jvm/temurin-25-jdk-amd64)"
}

# aot_cache_opts APP_DIR: sets the array AOT_OPTS to the option that starts the jar in APP_DIR with the AOT cache the
# package build wrote there (app.aot, built on JDK 25+, see backend/pom.xml), or to nothing when there is none or
# $JAVA_HOME is older than 25. The jar must then start from APP_DIR. A JDK 25+ of another build than the one that
# wrote the cache warns and starts without it.
aot_cache_opts() {
  AOT_OPTS=()
  local major
  [ -f "$1/app.aot" ] || return 0
  major=$(java_major "$JAVA_HOME")
  if [ -n "$major" ] && [ "$major" -ge 25 ]; then
    # shellcheck disable=SC2034 # read by the scripts that source this file
    AOT_OPTS=(-XX:AOTCache=app.aot)
  fi
}

require_cmd() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "required command not found: $cmd"
  done
}

# ---------------------------------------------------------------------------
# Background processes
# ---------------------------------------------------------------------------
CCH_BG_NAMES=()
CCH_BG_PIDS=()
CCH_BG_LOGS=()

# start_bg NAME LOGFILE WORKDIR COMMAND [ARGS...]
# Runs COMMAND in WORKDIR detached from the terminal (stdin from /dev/null) in a new
# session, output to LOGFILE. Use `env VAR=value COMMAND` for extra environment. Sets BG_PID.
start_bg() {
  local name=$1 logfile=$2 workdir=$3
  shift 3
  : >"$logfile"
  # In a non-interactive shell the forked child is not a process-group leader, so setsid
  # does not fork again: $! is the pid of the command and the id of its new process group.
  (cd "$workdir" && exec setsid "$@") </dev/null >>"$logfile" 2>&1 &
  BG_PID=$!
  CCH_BG_NAMES+=("$name")
  CCH_BG_PIDS+=("$BG_PID")
  CCH_BG_LOGS+=("$logfile")
  log "started $name (pid $BG_PID), log: ${logfile#"$CCH_ROOT"/}"
}

# Sends TERM to the process group, waits up to $2 seconds, then KILLs.
stop_group() {
  local pid=$1 grace=${2:-30} i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  # Stragglers in the group (e.g. a JVM whose launcher script already exited).
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Stops every background process started with start_bg, newest first. Idempotent.
stop_all_bg() {
  local i
  for ((i = ${#CCH_BG_PIDS[@]} - 1; i >= 0; i--)); do
    if kill -0 "${CCH_BG_PIDS[$i]}" 2>/dev/null; then
      log "stopping ${CCH_BG_NAMES[$i]} (pid ${CCH_BG_PIDS[$i]})"
      stop_group "${CCH_BG_PIDS[$i]}" 30
    fi
  done
  CCH_BG_NAMES=()
  CCH_BG_PIDS=()
  CCH_BG_LOGS=()
}

# Prints the name of the first background process that has exited, if any.
first_dead_bg() {
  local i
  for i in "${!CCH_BG_PIDS[@]}"; do
    if ! kill -0 "${CCH_BG_PIDS[$i]}" 2>/dev/null; then
      printf '%s\t%s\n' "${CCH_BG_NAMES[$i]}" "${CCH_BG_LOGS[$i]}"
      return 0
    fi
  done
  return 1
}

show_log_tail() {
  local logfile=$1 lines=${2:-40}
  [ -f "$logfile" ] || return 0
  printf -- '----- last %s lines of %s -----\n' "$lines" "${logfile#"$CCH_ROOT"/}" >&2
  tail -n "$lines" "$logfile" >&2
  printf -- '-----\n' >&2
}

# wait_http NAME URL TIMEOUT_SECONDS PID LOGFILE
# Polls URL until it answers 2xx; fails early when PID dies.
wait_http() {
  local name=$1 url=$2 timeout=$3 pid=$4 logfile=$5 start
  start=$(now)
  log "waiting for $name at $url (up to ${timeout}s)"
  while true; do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then
      log "$name is ready after $(($(now) - start))s"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      show_log_tail "$logfile" 60
      die "$name exited before becoming ready (log: ${logfile#"$CCH_ROOT"/})"
    fi
    if (($(now) - start >= timeout)); then
      show_log_tail "$logfile" 60
      die "$name was not ready after ${timeout}s (log: ${logfile#"$CCH_ROOT"/})"
    fi
    sleep 1
  done
}
