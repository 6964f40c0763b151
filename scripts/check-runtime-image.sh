#!/usr/bin/env bash
# Checks the Dockerfile without a Docker engine (run after the build; scripts/test.sh does):
# - it builds in a build stage and its runtime stage ships production dependencies only: the
#   dependencies come from a stage that installs with `npm ci --omit=dev`, and nothing is copied
#   from the build stage but compiled output;
# - each service's dist starts with production dependencies alone: the runtime tree is put together in
#   a temporary folder as the Dockerfile does (package files, `npm ci --omit=dev`, each dist), and each
#   service is started there with no settings; it must get as far as refusing its configuration (a
#   module only installed for development would stop it earlier, with "Cannot find module").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
fail() { printf 'runtime image: %s\n' "$*" >&2; exit 1; }

stages=$(grep -E '^FROM ' Dockerfile | sed -E 's/.* AS ([a-z-]+).*/\1/')
[[ "$(echo $stages)" == "build prod-deps runtime" ]] || fail "Dockerfile stages are '$(echo $stages)', expected 'build prod-deps runtime'"
stage_of() { awk -v s="$1" '/^FROM /{cur=($0 ~ (" AS " s "$"))} cur' Dockerfile; }
stage_of prod-deps | grep -q 'npm ci --omit=dev' || fail "the prod-deps stage does not install with npm ci --omit=dev"
stage_of runtime | grep -Eq 'npm (ci|install)' && fail "the runtime stage installs packages itself"
stage_of runtime | grep -E '^COPY --from=build ' | grep -vq '/runtime/' && fail "the runtime stage copies more than compiled output from the build stage"
stage_of runtime | grep -q '^COPY --from=prod-deps ' || fail "the runtime stage takes no dependencies from the prod-deps stage"
grep -q 'console-web/dist' Dockerfile || fail "the console's web app (services/console-web/dist) is not in the image"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp package.json package-lock.json "$work/"
for p in libs/* services/* e2e; do mkdir -p "$work/$p" && cp "$p/package.json" "$work/$p/"; done
(cd "$work" && npm ci --omit=dev --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null)
# Packages the lock file marks as needed for development only (no production dependency needs them).
dev_only=$(node -p 'Object.entries(require("./package-lock.json").packages).filter(([p, v]) => v.dev && /^node_modules\/(@[^/]+\/)?[^/]+$/.test(p)).map(([p]) => p).join(" ")')
[[ -n $dev_only ]] || fail "the lock file marks no package as development-only"
for dev in $dev_only; do
  [[ -e "$work/$dev" ]] && fail "development-only package ${dev#node_modules/} is installed by npm ci --omit=dev"
done
for p in libs/*; do [[ "$p" == libs/testing ]] || cp -r "$p/dist" "$work/$p/dist"; done
for s in $(ls services); do
  [[ -f "services/$s/dist/main.js" ]] || continue
  cp -r "services/$s/dist" "$work/services/$s/dist"
  out=$(cd "$work" && env -i PATH="$PATH" NODE_ENV=production timeout 60 node "services/$s/dist/main.js" 2>&1 || true)
  grep -q 'Cannot find module' <<<"$out" && fail "$s does not start with production dependencies only:
$(grep -m3 'Cannot find module\|Require stack' <<<"$out")"
  grep -q 'is required but not set' <<<"$out" || fail "$s did not reach its configuration check:
$(tail -5 <<<"$out")"
  printf 'runtime image: %s starts with production dependencies only\n' "$s"
done
