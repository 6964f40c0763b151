# Runs the four services, then the console in front of them, as background processes. Source it; do not run it.

# The four services first; the console (the browser's one origin) once they are ready.
BACKEND_SERVICES=(registration hazard-reward assessment awards)
SERVICES=("${BACKEND_SERVICES[@]}" console)
declare -A SERVICE_PORTS=([registration]=3001 [hazard-reward]=3002 [assessment]=3003 [awards]=3004 [console]=3000)

service_pid_file() { echo "$STATE_DIR/pids/$1.pid"; }

stop_services() {
  local name pid i
  # The console first: nothing reaches the services through it while they stop.
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
    name=${SERVICES[$i]}
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

launch_service() {
  local name=$1 port=${SERVICE_PORTS[$1]} env_args
  if [[ $name == console ]]; then
    # The console holds no service key: it reaches the services by their addresses and seals its
    # session cookies with CONSOLE_SESSION_KEY.
    env_args=(-u AUTH_PRIVATE_KEY -u AUDIT_SIGNING_KEY -u REPORTER_TAG_KEY
      REGISTRATION_URL="http://127.0.0.1:${SERVICE_PORTS[registration]}"
      HAZARD_REWARD_URL="http://127.0.0.1:${SERVICE_PORTS[hazard-reward]}"
      ASSESSMENT_URL="http://127.0.0.1:${SERVICE_PORTS[assessment]}"
      AWARDS_URL="http://127.0.0.1:${SERVICE_PORTS[awards]}")
  elif [[ $name == registration ]]; then
    # Only registration signs tokens: the other services get the public key alone. It counts login
    # attempts by the browser's address, which the console on this machine names in X-Forwarded-For.
    env_args=(-u CONSOLE_SESSION_KEY TRUSTED_PROXIES=loopback)
  else
    env_args=(-u AUTH_PRIVATE_KEY -u CONSOLE_SESSION_KEY)
  fi
  PORT=$port setsid nohup env "${env_args[@]}" node "$ROOT/services/$name/dist/main.js" >"$STATE_DIR/logs/$name.log" 2>&1 &
  echo $! >"$(service_pid_file "$name")"
}

wait_until_ready() {
  local name=$1 port=${SERVICE_PORTS[$1]} ok=
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
}

start_services() {
  mkdir -p "$STATE_DIR/logs" "$STATE_DIR/pids"
  local name
  for name in "${BACKEND_SERVICES[@]}"; do launch_service "$name"; done
  for name in "${BACKEND_SERVICES[@]}"; do wait_until_ready "$name" || return 1; done
  launch_service console
  wait_until_ready console
}
