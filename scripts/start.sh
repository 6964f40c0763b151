#!/usr/bin/env bash
# Installs everything, starts Postgres, Kafka and Temporal, builds and starts the four services,
# loads the demo data and prints where to look. Run it again to restart the services with new code.
set -euo pipefail
LOG_TAG=start
source "$(dirname "$0")/lib/common.sh"
source "$ROOT/scripts/services.sh"
cd "$ROOT"

install_dependencies
build_all
start_infrastructure
stop_services
start_services
log "loading demo data"
REGISTRATION_URL="http://127.0.0.1:${SERVICE_PORTS[registration]}" node "$ROOT/scripts/demo-data.js"

cat <<INFO

The platform is running.
  Registration   API docs  http://127.0.0.1:${SERVICE_PORTS[registration]}/docs
  Hazard reward  API docs  http://127.0.0.1:${SERVICE_PORTS[hazard-reward]}/docs
  Assessment     API docs  http://127.0.0.1:${SERVICE_PORTS[assessment]}/docs
  Awards         API docs  http://127.0.0.1:${SERVICE_PORTS[awards]}/docs
  Temporal UI              ${TEMPORAL_UI_URL:-http://127.0.0.1:8233}
  Health                   http://127.0.0.1:<port>/health
  Logs                     $STATE_DIR/logs/
Stop everything with: scripts/stop.sh
INFO
