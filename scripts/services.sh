# Runs the four services as background processes. Source it; do not run it.

SERVICES=(registration hazard-reward assessment awards)
declare -A SERVICE_PORTS=([registration]=3001 [hazard-reward]=3002 [assessment]=3003 [awards]=3004)

service_pid_file() { echo "$STATE_DIR/pids/$1.pid"; }

stop_services() {
  local name pid
  for name in "${SERVICES[@]}"; do
    pid=$(cat "$(service_pid_file "$name")" 2>/dev/null || true)
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
      log "stopped $name"
    fi
    rm -f "$(service_pid_file "$name")"
  done
}

start_services() {
  mkdir -p "$STATE_DIR/logs" "$STATE_DIR/pids"
  local name port key_env
  for name in "${SERVICES[@]}"; do
    port=${SERVICE_PORTS[$name]}
    # Only registration signs tokens: the other services get the public key alone.
    if [[ $name == registration ]]; then key_env=(); else key_env=(-u AUTH_PRIVATE_KEY); fi
    PORT=$port setsid nohup env "${key_env[@]}" node "$ROOT/services/$name/dist/main.js" >"$STATE_DIR/logs/$name.log" 2>&1 &
    echo $! >"$(service_pid_file "$name")"
  done
  for name in "${SERVICES[@]}"; do
    port=${SERVICE_PORTS[$name]}
    local ok=
    for _ in $(seq 1 240); do
      if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then ok=1; break; fi
      kill -0 "$(cat "$(service_pid_file "$name")")" 2>/dev/null || break
      sleep 0.25
    done
    if [[ -z "$ok" ]]; then
      log "$name did not become ready; last lines of $STATE_DIR/logs/$name.log:"
      tail -n 30 "$STATE_DIR/logs/$name.log" >&2
      return 1
    fi
    log "$name ready on port $port"
  done
}
