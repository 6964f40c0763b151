# Shared by the start and test commands. Source it; do not run it.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE_DIR="${LC_STATE_DIR:-$ROOT/.run}"
export NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false NX_DAEMON=false NX_NO_CLOUD=true

log() { printf '[%s] %s\n' "${LOG_TAG:-lc}" "$*"; }

# Installs the locked dependencies when node_modules is missing or older than the lock file.
install_dependencies() {
  local marker="$ROOT/node_modules/.package-lock.json"
  if [[ -f "$marker" && "$marker" -nt "$ROOT/package-lock.json" ]]; then
    log "dependencies up to date"
    return
  fi
  log "installing dependencies (npm ci)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
}

# Builds every library and service; the (long) build output is shown only when the build fails.
build_all() {
  log "building libraries and services"
  local output
  if ! output=$(cd "$ROOT" && npx nx run-many -t build --outputStyle=static --parallel=2 2>&1); then
    printf '%s\n' "$output" >&2
    return 1
  fi
}

start_infrastructure() {
  bash "$ROOT/deploy/local/infra.sh" start
  eval "$(bash "$ROOT/deploy/local/infra.sh" env)"
}
