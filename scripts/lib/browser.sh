# Debian's Chromium and a CJK font, for the console's browser journeys: Playwright drives this Chromium
# (it downloads no browser), and without a CJK font Chinese renders as empty boxes. Source it.

ensure_browser() {
  if [[ -x /usr/bin/chromium ]] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
    return
  fi
  log "installing Chromium and a CJK font (apt-get)"
  local sudo=()
  ((EUID == 0)) || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
}
