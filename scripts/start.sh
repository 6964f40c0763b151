#!/usr/bin/env bash
# Installs everything, starts Postgres, Kafka and Temporal, builds and starts the four services and the
# console in front of them, loads the demo city and prints where to look. Run it again to restart the
# services with new code; the keys and the data are kept, and the demo data is not loaded twice.
set -euo pipefail
LOG_TAG=start
source "$(dirname "$0")/lib/common.sh"
source "$ROOT/scripts/services.sh"
cd "$ROOT"

DEMO_PASSWORD=Demo2026pass

# An Ed25519 key pair kept in the keys folder as <name>-private.pem and <name>-public.pem, made once.
ensure_key_pair() {
  node -e '
    const crypto = require("node:crypto"), fs = require("node:fs"), path = require("node:path");
    const [dir, name, purpose] = process.argv.slice(1);
    const privateFile = path.join(dir, `${name}-private.pem`), publicFile = path.join(dir, `${name}-public.pem`);
    let privateKey;
    if (fs.existsSync(privateFile)) {
      privateKey = crypto.createPrivateKey(fs.readFileSync(privateFile));
      if (privateKey.asymmetricKeyType !== "ed25519") throw new Error(`${privateFile} is not an Ed25519 key; delete it to make a new pair`);
    } else {
      privateKey = crypto.generateKeyPairSync("ed25519").privateKey;
      fs.writeFileSync(`${privateFile}.tmp`, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
      fs.renameSync(`${privateFile}.tmp`, privateFile);
      console.log(`[start] made a new ${purpose} key pair in ${dir}`);
    }
    fs.chmodSync(privateFile, 0o600);
    const publicPem = crypto.createPublicKey(privateKey).export({ type: "spki", format: "pem" });
    if (!fs.existsSync(publicFile) || fs.readFileSync(publicFile, "utf8") !== publicPem) fs.writeFileSync(publicFile, publicPem);
  ' "$1" "$2" "$3"
}

# The keys, made once per state folder and kept (tokens and the audit chains' published heads stay valid
# across restarts):
# - the pair that signs access tokens: registration signs with the private key, every service verifies;
# - the pair that signs the audit chains' heads: every service signs, auditors verify (AUDIT_VERIFY_KEY);
# - hazard-reward's key for reporter tags: losing it would cut reporters off from their own reports;
# - the console's key its session cookies are sealed with: a new one logs every browser out.
use_keys() {
  local dir="$STATE_DIR/keys"
  mkdir -p "$dir"
  chmod 700 "$dir"
  ensure_key_pair "$dir" auth "token signing"
  ensure_key_pair "$dir" audit "audit head signing"
  AUTH_PUBLIC_KEY="$(cat "$dir/auth-public.pem")"
  AUTH_PRIVATE_KEY="$(cat "$dir/auth-private.pem")"
  AUDIT_SIGNING_KEY="$(cat "$dir/audit-private.pem")"
  # services.sh hands AUTH_PRIVATE_KEY to the registration service only.
  export AUTH_PUBLIC_KEY AUTH_PRIVATE_KEY AUDIT_SIGNING_KEY
  [[ -f $dir/reporter-tag.key ]] || (umask 077 && node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("hex"))' >"$dir/reporter-tag.key")
  REPORTER_TAG_KEY="$(cat "$dir/reporter-tag.key")"
  export REPORTER_TAG_KEY
  [[ -f $dir/console-session.key ]] || (umask 077 && node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64"))' >"$dir/console-session.key")
  CONSOLE_SESSION_KEY="$(cat "$dir/console-session.key")"
  # services.sh hands it to the console only.
  export CONSOLE_SESSION_KEY
}

# The root union and its first cadre, who builds the rest of the demo city through the API
# (scripts/demo/city.js names the same root, cadre and password: change them together).
install_root() {
  local result
  result=$(env -u AUTH_PRIVATE_KEY \
    ROOT_UNIT_ID=demo-city ROOT_UNIT_NAME=示范市总工会 ROOT_UNIT_KIND=city_federation ROOT_REGION_CODE=370100 \
    ADMIN_USERNAME=city.cadre ADMIN_DISPLAY_NAME=李建国 ADMIN_PASSWORD="$DEMO_PASSWORD" \
    node "$ROOT/services/registration/dist/bootstrap/install.js")
  log "install: $result"
}

install_dependencies
build_all
start_infrastructure
use_keys
stop_services
start_services
install_root
log "loading demo data"
REGISTRATION_URL="http://127.0.0.1:${SERVICE_PORTS[registration]}" HAZARD_REWARD_URL="http://127.0.0.1:${SERVICE_PORTS[hazard-reward]}" \
  ASSESSMENT_URL="http://127.0.0.1:${SERVICE_PORTS[assessment]}" AWARDS_URL="http://127.0.0.1:${SERVICE_PORTS[awards]}" \
  env -u AUTH_PRIVATE_KEY node "$ROOT/scripts/demo-data.js"

cat <<INFO

Console (管理端) http://localhost:${SERVICE_PORTS[console]}
The platform is running.
  Registration   API docs  http://127.0.0.1:${SERVICE_PORTS[registration]}/docs
  Hazard reward  API docs  http://127.0.0.1:${SERVICE_PORTS[hazard-reward]}/docs
  Assessment     API docs  http://127.0.0.1:${SERVICE_PORTS[assessment]}/docs
  Awards         API docs  http://127.0.0.1:${SERVICE_PORTS[awards]}/docs
  Temporal UI              ${TEMPORAL_UI_URL:-http://127.0.0.1:8233}
  Readiness / liveness     http://127.0.0.1:<port>/health/ready, /health/live
  Audit chains             eval "\$(deploy/local/infra.sh env)"; AUDIT_VERIFY_KEY="\$(cat $STATE_DIR/keys/audit-public.pem)" npm run audit:verify
  Logs                     $STATE_DIR/logs/
Demo users (README.md, "Demo city"): city.cadre, county.cadre, town.cadre, ent.cadre, demo.worker, city.auditor, …
  password $DEMO_PASSWORD; get a token with
  curl -s -X POST http://127.0.0.1:${SERVICE_PORTS[registration]}/auth/login -H 'content-type: application/json' \\
       -d '{"username":"city.cadre","password":"$DEMO_PASSWORD"}'
Stop everything with: scripts/stop.sh
INFO
