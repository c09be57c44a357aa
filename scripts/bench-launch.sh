#!/usr/bin/env bash
# Times the launch of the real window: from starting the launcher to a top-level window titled
# "Mediadesk" under Xvfb (software pipeline), polled every 50 ms with xwininfo as in
# scripts/verify-deb.sh. Each run then waits a moment, closes the window and waits for the
# process, so the next run starts warm (file cache) but with a fresh JVM.
# Needs: xvfb x11-utils (as scripts/window-smoke.sh).
# Usage: scripts/bench-launch.sh LIBRARY [RUNS]     (RUNS default 5)
# Env:   MEDIADESK_LAUNCHER  another launcher (default ./mediadesk, with MEDIADESK_NO_BUILD=1)
#        MEDIADESK_JAVA_OPTS extra JVM flags for every run (e.g. -Xshare:off to compare)
#        SETTLE              seconds to keep each window open (default 3)
# With MEDIADESK_TRACE_STARTUP=1 set, the app's own milestones (ms since the JVM started) are
# printed after each run's figure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lib="${1:?usage: scripts/bench-launch.sh LIBRARY [RUNS]}"
runs="${2:-5}"
launcher="${MEDIADESK_LAUNCHER:-$root/mediadesk}"
settle="${SETTLE:-3}"
work="$(mktemp -d)"
trap 'kill "${app:-0}" "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

# Display numbers above the other scripts' (they pick 90-199): a second Xvfb on the same number
# would take our socket away mid-run.
start_xvfb() {
  n=$(( 400 + RANDOM % 100 ))
  while [ -e "/tmp/.X$n-lock" ]; do n=$(( n + 1 )); done
  display=":$n"
  Xvfb "$display" -screen 0 1440x920x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
  xdpyinfo -display "$display" >/dev/null 2>&1 || { echo "error: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
  export DISPLAY="$display"
}
start_xvfb

echo "launcher: $launcher; library: $lib; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
times=()
cpus=()
i=0
while [ "$i" -lt "$runs" ]; do
  i=$(( i + 1 ))
  if ! xdpyinfo >/dev/null 2>&1; then   # something on the machine took the display away
    kill "$xvfb" 2>/dev/null || true
    start_xvfb
  fi
  start=$(date +%s.%N)
  MEDIADESK_NO_BUILD="${MEDIADESK_NO_BUILD-1}" MEDIADESK_JAVA_OPTS="-Dprism.order=sw ${MEDIADESK_JAVA_OPTS:-}" \
    "$launcher" --library "$lib" >"$work/app.log" 2>&1 &
  app=$!
  t=""
  for _ in $(seq 1200); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"Mediadesk"'; then
      t=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
      # CPU the process has used by then (user + system, all threads): steadier than wall time on
      # a loaded machine. The launcher execs the JVM, so $app is the JVM.
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz}' "/proc/$app/stat" 2>/dev/null || echo "?")
      break
    fi
    if ! kill -0 "$app" 2>/dev/null; then
      if grep -q 'cannot open display\|Unable to open DISPLAY' "$work/app.log" && [ "${retries:-0}" -lt 3 ]; then
        # Seen on the shared machine: the display vanished under the app. Not the app's doing:
        # a new Xvfb, and the run again.
        retries=$(( ${retries:-0} + 1 ))
        echo "(run $i: the display went away; again on a new one)"
        kill "$xvfb" 2>/dev/null || true
        start_xvfb
        t=retry
        break
      fi
      cat "$work/app.log" >&2
      kill -0 "$xvfb" 2>/dev/null || { echo "Xvfb on $display has gone:" >&2; cat "$work/xvfb.log" >&2; }
      echo "error: the launcher exited before opening a window" >&2
      exit 1
    fi
    sleep 0.05
  done
  if [ "$t" = retry ]; then i=$(( i - 1 )); continue; fi
  [ -n "$t" ] || { cat "$work/app.log" >&2; echo "error: no window titled Mediadesk within 60 s" >&2; exit 1; }
  sleep "$settle"
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; echo "error: the app died after opening its window" >&2; exit 1; }
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  for _ in $(seq 100); do
    xwininfo -root -tree 2>/dev/null | grep -q '"Mediadesk"' || break
    sleep 0.1
  done
  times+=("$t")
  cpus+=("$cpu")
  echo "run $i: window after $t s, CPU $cpu s$(grep -o 'startup: .*' "$work/app.log" | tr '\n' ' ' | sed 's/^/  /')"
done
summary() {
  local sorted
  sorted=$(printf '%s\n' "$@" | sort -n)
  printf 'median %s s, min %s s, max %s s' \
    "$(awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}' <<<"$sorted")" \
    "$(head -1 <<<"$sorted")" "$(tail -1 <<<"$sorted")"
}
echo "window after: $(summary "${times[@]}"); CPU by then: $(summary "${cpus[@]}") ($runs runs)"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
