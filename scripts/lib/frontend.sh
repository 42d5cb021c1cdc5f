# shellcheck shell=bash
# Frontend helpers. Requires common.sh.

CCH_FRONTEND=$CCH_ROOT/frontend

# `npm ci` when node_modules is missing or older than package.json/package-lock.json.
# CI (CI=true) and CCH_FORCE_NPM_CI=1 always run it. Skipping an up-to-date install
# matters when the dev stack (vite dev) is running from the same node_modules: `npm ci`
# deletes the folder first.
npm_ci_if_needed() {
  local marker=$CCH_FRONTEND/node_modules/.package-lock.json
  if [ "${CI:-}" = true ] || [ "${CCH_FORCE_NPM_CI:-}" = 1 ] || [ ! -f "$marker" ] ||
    [ "$CCH_FRONTEND/package-lock.json" -nt "$marker" ] || [ "$CCH_FRONTEND/package.json" -nt "$marker" ]; then
    log "npm ci (frontend)"
    (cd "$CCH_FRONTEND" && npm ci --no-audit --no-fund) || die "npm ci failed"
  else
    log "frontend node_modules matches package-lock.json: skipping npm ci (CCH_FORCE_NPM_CI=1 forces it)"
  fi
}
