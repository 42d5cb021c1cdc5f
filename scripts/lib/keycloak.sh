# shellcheck shell=bash
# Keycloak without Docker: the official distribution from Maven Central (cached in ~/.m2 by
# the backend's Maven wrapper), unpacked under .cache, started in dev mode with the
# project's realm imported. Requires common.sh.

KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.7.3}
CCH_REALM_FILE=$CCH_ROOT/keycloak/circular-city-realm.json
CCH_KC_ADMIN_USER=${CCH_KC_ADMIN_USER:-admin}
CCH_KC_ADMIN_PASSWORD=${CCH_KC_ADMIN_PASSWORD:-admin}

# Prints the path of the distribution zip, fetching it through Maven when needed.
keycloak_zip() {
  local out=$CCH_CACHE/downloads zip
  zip=$out/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  if [ ! -s "$zip" ]; then
    mkdir -p "$out"
    log "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip through Maven (~176 MB the first time)"
    (cd "$CCH_ROOT/backend" && ./mvnw -B -q -ntp dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "-DoutputDirectory=$out") >&2 ||
      die "could not fetch the Keycloak distribution with backend/mvnw"
  fi
  echo "$zip"
}

# keycloak_install PARENT_DIR: unpacks the distribution into PARENT_DIR/keycloak-VERSION
# (once) and prints that home directory.
keycloak_install() {
  local parent=$1 home zip tmp
  home=$parent/keycloak-$KEYCLOAK_VERSION
  if [ ! -x "$home/bin/kc.sh" ]; then
    require_cmd unzip
    zip=$(keycloak_zip)
    mkdir -p "$parent"
    tmp=$(mktemp -d "$parent/.unpack.XXXXXX")
    log "unpacking Keycloak $KEYCLOAK_VERSION into ${home#"$CCH_ROOT"/}"
    unzip -q "$zip" -d "$tmp" || die "unzip of $zip failed"
    rm -rf "$home"
    mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$home"
    rm -rf "$tmp"
  fi
  echo "$home"
}

# keycloak_start NAME HOME HTTP_PORT MANAGEMENT_PORT LOGFILE [EXTRA kc.sh ARGS...]
# Places the realm file in HOME/data/import and starts `kc.sh start-dev --import-realm`
# (an existing realm is kept: the import skips it). Sets BG_PID.
keycloak_start() {
  local name=$1 home=$2 http_port=$3 mgmt_port=$4 logfile=$5
  shift 5
  [ -f "$CCH_REALM_FILE" ] || die "realm file missing: $CCH_REALM_FILE"
  mkdir -p "$home/data/import"
  cp "$CCH_REALM_FILE" "$home/data/import/circular-city-realm.json"
  require_free_ports "$http_port" "$mgmt_port"
  start_bg "$name" "$logfile" "$home" env \
    KC_BOOTSTRAP_ADMIN_USERNAME="$CCH_KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$CCH_KC_ADMIN_PASSWORD" \
    "$home/bin/kc.sh" start-dev \
    --http-port "$http_port" --http-management-port "$mgmt_port" \
    --health-enabled=true --import-realm "$@"
}

# keycloak_wait NAME HTTP_PORT MANAGEMENT_PORT PID LOGFILE
keycloak_wait() {
  local name=$1 http_port=$2 mgmt_port=$3 pid=$4 logfile=$5
  wait_http "$name" "http://localhost:$mgmt_port/health/ready" "${CCH_KC_TIMEOUT:-300}" "$pid" "$logfile"
  # Ready means the import has run; check the realm itself is served.
  wait_http "$name realm" "http://localhost:$http_port/realms/circular-city/.well-known/openid-configuration" 30 "$pid" "$logfile"
}

# For the long-lived dev Keycloak (dev-file storage): when the realm file changed since the
# last import, drop the stored data so that the next start imports the new file.
keycloak_reset_if_realm_changed() {
  local home=$1 stamp sum
  stamp=$home/data/realm-file.sha256
  sum=$(sha256sum "$CCH_REALM_FILE" | cut -d' ' -f1)
  if [ -d "$home/data/h2" ] && [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    log "realm file changed since the last import: resetting the dev Keycloak data (users' sessions and edits made in the admin console are dropped)"
    rm -rf "$home/data/h2"
  fi
  mkdir -p "$home/data"
  echo "$sum" >"$stamp"
}
