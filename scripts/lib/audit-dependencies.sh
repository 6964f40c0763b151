# Audits the production dependencies against the registry's advisory database and fails on a high or
# critical advisory. Source it; do not run it.
#
# A registry without the advisory endpoint (a mirror, or no network) cannot answer: that is reported as a
# warning and the run goes on, because it says nothing about the dependencies. Any advisory found fails.
audit_dependencies() {
  local output status=0
  output=$(cd "$ROOT" && npm audit --omit=dev --audit-level=high 2>&1) || status=$?
  if [[ $status -eq 0 ]]; then
    log "dependency audit: no high or critical advisory in production dependencies"
  elif grep -qE 'audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN' <<<"$output"; then
    log "dependency audit: WARNING the registry's advisory database cannot be reached, audit not done:"
    grep -E 'npm (warn|error) audit' <<<"$output" | head -n 2 | sed 's/^/  /'
  else
    printf '%s\n' "$output" >&2
    log "dependency audit: high or critical advisories in production dependencies (above)"
    return 1
  fi
}
