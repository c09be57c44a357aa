#!/usr/bin/env bash
# Opens the real window under Xvfb on a fresh library, waits for a top-level window titled
# "Mediadesk", takes a screenshot, then closes it. Exit 0 only if the window appeared.
# Needs: xvfb xauth libgtk-3-0 libxtst6 x11-utils imagemagick (.ci/run installs them).
# Usage: scripts/window-smoke.sh [SCREENSHOT.png]
# MEDIADESK_LAUNCHER names another launcher to open (e.g. an installed /usr/bin/mediadesk); it
# runs with its own fixed JVM options, so it picks its rendering pipeline itself.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shot="${1:-$root/target/window-smoke.png}"
mkdir -p "$(dirname "$shot")"
work="$(mktemp -d)"
trap 'kill "${app:-0}" "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

export DISPLAY="$display"
MEDIADESK_JAVA_OPTS="-Dprism.order=sw ${MEDIADESK_JAVA_OPTS:-}" "${MEDIADESK_LAUNCHER:-$root/mediadesk}" --library "$work/library" >"$work/app.log" 2>&1 &
app=$!

for _ in $(seq 120); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Mediadesk"'; then
    sleep 2   # let the first frame paint
    import -window root "$shot"
    echo "window \"Mediadesk\" is open; screenshot: $shot"
    exit 0
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "error: mediadesk exited before opening a window:" >&2; cat "$work/app.log" >&2; exit 1
  fi
  sleep 0.5
done
echo "error: no window titled Mediadesk within 60 s" >&2
cat "$work/app.log" >&2
exit 1
