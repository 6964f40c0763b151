#!/usr/bin/env bash
# Runs every check and test of the project, installing and starting what they need:
# dependency audit (production dependencies, fails on high), type check, lint (including the rules that
# no service imports another and no production code imports the test harness), build, the build's output
# (no specs in dist, one workflow bundle per service) and the image's (production dependencies only), then jest with real Postgres, Kafka and Temporal, then the fault
# console's browser journeys (Playwright in Debian's Chromium, on a demo city of their own), then the
# soak (two minutes of load while services are killed and the broker, Temporal and Postgres are
# disturbed, on servers of its own; then it reconciles).
# Extra arguments go to jest and skip the journeys and the soak, e.g. `scripts/test.sh e2e`.
set -euo pipefail
LOG_TAG=test
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/audit-dependencies.sh"
source "$(dirname "$0")/lib/browser.sh"
cd "$ROOT"
started=$(date +%s)

install_dependencies
ensure_browser
audit_dependencies
log "type check"; npx tsc -p tsconfig.json
build_all
log "build output"; node scripts/check-build-output.js
log "runtime image"; bash scripts/check-runtime-image.sh
# After the build, so that Nx has the project graph the module-boundary rule needs.
log "lint"; npx eslint . --max-warnings=0
log "tests"
# Servers this run starts are stopped at the end; servers that were already running stay up.
if [[ -z "${DATABASE_URL:-}" && "${LC_INFRA:-local}" == local ]] && ! bash deploy/local/infra.sh status >/dev/null 2>&1; then
  trap 'bash deploy/local/infra.sh stop >/dev/null 2>&1 || true' EXIT
fi
npx jest --ci "$@"
if [[ $# -eq 0 ]]; then
  log "console journeys"
  npx playwright test -c e2e/console/playwright.config.ts
  log "soak"
  npm run --silent soak
fi
log "all checks passed in $(( $(date +%s) - started )) s"
