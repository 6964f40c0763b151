#!/usr/bin/env bash
# Stops the console, the four services and the local Postgres, Kafka and Temporal. Data stays in .run/data.
set -euo pipefail
LOG_TAG=stop
source "$(dirname "$0")/lib/common.sh"
source "$ROOT/scripts/services.sh"
stop_services
bash "$ROOT/deploy/local/infra.sh" stop
