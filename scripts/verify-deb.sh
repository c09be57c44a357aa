#!/usr/bin/env bash
# Installs the Mediadesk .deb into THIS machine (root, apt), checks the installed app the way a
# user runs it, upgrades it over itself and checks the library survived, then purges it.
#   1. apt-get install ./mediadesk_*.deb (apt resolves the Depends, GTK included)
#   2. /usr/bin/mediadesk: --version, a headless transform (checked with info --json), exit codes
#   3. import one image into the DEFAULT library (XDG_DATA_HOME is a scratch folder)
#   4. the window under Xvfb from the menu launcher, with a screenshot; time to window
#   5. an upgrade (the same payload repacked as version X.Y.Z+1) keeps the library and the PATH link
#   6. purge: /opt/mediadesk, the link and the menu entry go; the library stays
# Writes the figures to OUT/packaging-report.txt (sizes, start-up times) for docs/BENCHMARKS.md.
# Usage: scripts/verify-deb.sh [DEB] [OUT]   (defaults: desktop/target/jpackage/dist/*.deb, target/packaging)
# Needs: root, apt-get, xvfb x11-utils imagemagick (.ci/run installs them).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deb="${1:-$(ls "$root"/desktop/target/jpackage/dist/mediadesk_*.deb 2>/dev/null | head -1)}"
out="${2:-$root/target/packaging}"
corpus_image="$root/../shared/corpus/sunset_by_Aitzol_Berasategi.jpg"
[ -f "$deb" ] || { echo "error: no .deb (build it with installers/build-linux.sh)" >&2; exit 1; }
[ -f "$corpus_image" ] || { echo "error: $corpus_image is missing" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "error: run as root: this installs the package into the machine" >&2; exit 1; }
if dpkg -s mediadesk >/dev/null 2>&1; then
  echo "error: a mediadesk package is already installed; this check would replace and purge it" >&2
  exit 1
fi
deb="$(readlink -f "$deb")"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"
report="$out/packaging-report.txt"
: >"$report"
cleanup() {
  if [ -n "${xvfb:-}" ]; then kill "$xvfb" 2>/dev/null || true; fi
  if dpkg -s mediadesk >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq mediadesk >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
step() { echo "verify-deb: $*"; }
fail() { echo "error: $*" >&2; exit 1; }
note() { echo "$*" | tee -a "$report"; }
# Median of numbers on stdin.
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

apt_install() {
  # apt resolves the Depends line (GTK, xdg-utils); its index may need a refresh on a fresh box.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >"$work/apt.log" 2>&1 || {
    apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >"$work/apt.log" 2>&1
  } || { cat "$work/apt.log" >&2; fail "apt-get install $1 failed"; }
}

version="$(dpkg-deb -f "$deb" Version)"
step "installing $(basename "$deb") ($version)"
note "package: $(basename "$deb")"
note "deb size: $(stat -c %s "$deb") bytes ($(( $(stat -c %s "$deb") / 1048576 )) MiB); Installed-Size: $(dpkg-deb -f "$deb" Installed-Size) KiB"
apt_install "$deb"
dpkg-query -W -f='${Depends}\n' mediadesk | grep -q 'libgtk-3-0' || fail "Depends lacks libgtk-3-0"
[ "$(readlink /usr/bin/mediadesk)" = /opt/mediadesk/lib/app/mediadesk ] || fail "/usr/bin/mediadesk is not the PATH launcher"
entry=/usr/share/applications/mediadesk-mediadesk.desktop
[ -f "$entry" ] || fail "no menu entry $entry"
grep -q '^MimeType=.*image/jpeg;.*image/webp;' "$entry" || fail "the menu entry lacks the image MIME types"
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$entry"; fi

# A scratch data folder: the default library is $XDG_DATA_HOME/mediadesk. (Setting HOME is not
# enough: Java 17 takes user.home from the password database, not from $HOME.)
export XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_DATA_HOME"
cd "$work"

step "/usr/bin/mediadesk --version"
mediadesk --version | tee "$work/version.txt"
grep -qx "mediadesk ${version%-*}" <(head -1 "$work/version.txt") || fail "--version does not say mediadesk ${version%-*}"
for _ in 1 2 3 4 5 6 7; do
  /usr/bin/time -f %e -o "$work/t" mediadesk --version >/dev/null
  cat "$work/t" >>"$work/version-times"
done
note "installed --version wall time, /usr/bin/mediadesk, median of 7: $(median <"$work/version-times") s (all: $(tr '\n' ' ' <"$work/version-times"))"
for _ in 1 2 3 4 5 6 7; do
  /usr/bin/time -f %e -o "$work/t" /opt/mediadesk/bin/mediadesk --version >/dev/null
  cat "$work/t" >>"$work/version-times-jpackage"
done
note "installed --version wall time, jpackage's /opt/mediadesk/bin/mediadesk, median of 7: $(median <"$work/version-times-jpackage") s"

step "headless transform to a 400 px WebP"
/usr/bin/time -f %e -o "$work/t" mediadesk transform "$corpus_image" "$work/sunset-400.webp" --tr w-400
note "installed transform (3.9 MP JPEG -> 400 px WebP) wall time: $(cat "$work/t") s"
mediadesk info --json "$work/sunset-400.webp" | tee "$work/info.json"
grep -q '"width":400' "$work/info.json" && grep -q '"format":"webp"' "$work/info.json" || fail "the transform output is not a 400 px WebP"

step "exit codes of the contract"
code() { set +e; "$@" >/dev/null 2>&1; echo $?; set -e; }
[ "$(code mediadesk no-such-command)" = 2 ] || fail "unknown command is not exit 2"
[ "$(code mediadesk transform "$corpus_image" "$work/x.webp" --tr w-abc)" = 3 ] || fail "bad transformation is not exit 3"
[ "$(code mediadesk transform "$work/missing.jpg" "$work/x.webp" --tr w-400)" = 4 ] || fail "missing input is not exit 4"

step "import into the default library"
mediadesk import --json "$corpus_image" >"$work/import.json"
grep -q '"imported":1' "$work/import.json" || { cat "$work/import.json" >&2; fail "import did not import one image"; }
library="$XDG_DATA_HOME/mediadesk"
[ -f "$library/catalog.db" ] || fail "the default library is not at $library"
assets() { mediadesk library --json | sed -n 's/.*"assets":\([0-9]*\).*/\1/p'; }
[ "$(assets)" = 1 ] || fail "the library does not hold the imported asset"

step "the window from the menu launcher under Xvfb"
display=":$(( 150 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
# Seconds from start to a mapped top-level window titled Mediadesk; kills the app after.
time_to_window() {
  local launcher=$1 lib=$2 shot=${3:-} start t
  start=$(date +%s.%N)
  DISPLAY="$display" "$launcher" ${lib:+--library "$lib"} >"$work/app.log" 2>&1 &
  local app=$!
  for _ in $(seq 1200); do
    if DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q '"Mediadesk"'; then
      t=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
      # A window that appears and then dies with an exception in start() is a failure.
      sleep 2
      kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; fail "$launcher died after opening its window"; }
      if [ -n "$shot" ]; then DISPLAY="$display" import -window root "$shot"; fi
      kill "$app" 2>/dev/null || true
      wait "$app" 2>/dev/null || true
      for _ in $(seq 100); do
        DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q '"Mediadesk"' || break
        sleep 0.1
      done
      echo "$t"
      return 0
    fi
    kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; fail "$launcher exited before opening a window"; }
    sleep 0.05
  done
  kill "$app" 2>/dev/null; cat "$work/app.log" >&2; fail "no window titled Mediadesk within 60 s"
}
# The first window of a user unpacks JavaFX's natives into ~/.openjfx/cache; later ones find them.
# A fresh user.home shows that first start (JAVA_TOOL_OPTIONS is the one way into the launcher).
first=$(JAVA_TOOL_OPTIONS="-Duser.home=$work/home" time_to_window /opt/mediadesk/bin/mediadesk "")
note "installed window, menu launcher, first start of a new user (empty ~/.openjfx cache): ${first} s to a mapped window"
time_to_window /opt/mediadesk/bin/mediadesk "" "$out/installed-window.png" >/dev/null
for _ in 1 2 3; do time_to_window /opt/mediadesk/bin/mediadesk "" >>"$work/window-times"; done
note "installed window, menu launcher, later starts, median of 3: $(median <"$work/window-times") s (all: $(tr '\n' ' ' <"$work/window-times"))"
for _ in 1 2 3; do time_to_window /usr/bin/mediadesk "" >>"$work/window-cli-times"; done
note "installed window via /usr/bin/mediadesk, median of 3: $(median <"$work/window-cli-times") s"
step "screenshot: $out/installed-window.png"

step "Open With: the menu entry's Exec line with an image imports it, then opens the window"
# The Exec value unescaped as the desktop-entry spec says (\\ -> \); its quoting is then a
# subset of the shell's double quotes, so the shell runs it as a desktop would.
exec_line="$(sed -n 's/^Exec=//p' "$entry" | sed 's/\\\\/\\/g; s/%F/"$OPEN_WITH"/')"
export OPEN_WITH="$(dirname "$corpus_image")/Bridge_by_Sander_Klootwijk.jpg"
( export DISPLAY="$display"; eval "exec $exec_line" ) >"$work/open-with.log" 2>&1 &
app=$!
opened=
for _ in $(seq 600); do
  if DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q '"Mediadesk"'; then opened=1; break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
[ -n "$opened" ] || { cat "$work/open-with.log" >&2; fail "Open With did not open the window"; }
[ "$(assets)" = 2 ] || { cat "$work/open-with.log" >&2; fail "Open With did not import the image"; }
note "Open With (the .desktop Exec with an image): imported it into the default library, then opened the window"

step "upgrade over the installed package"
# The same payload as a newer version: what dpkg does on an upgrade (old prerm, file swap, new
# postinst) is what matters here; gzip keeps the repack fast.
next="$(echo "${version%-*}" | awk -F. '{$NF=$NF+1; print}' OFS=.)-${version##*-}"
mkdir "$work/repack"
dpkg-deb -R "$deb" "$work/repack/root"
sed -i "s/^Version: .*/Version: $next/" "$work/repack/root/DEBIAN/control"
fakeroot dpkg-deb -Zgzip -z1 -b "$work/repack/root" "$work/repack/mediadesk_${next}_amd64.deb" >/dev/null
apt_install "$work/repack/mediadesk_${next}_amd64.deb"
[ "$(dpkg-query -W -f='${Version}' mediadesk)" = "$next" ] || fail "the upgrade to $next did not happen"
[ "$(readlink /usr/bin/mediadesk)" = /opt/mediadesk/lib/app/mediadesk ] || fail "the upgrade lost /usr/bin/mediadesk"
[ -f "$entry" ] || fail "the upgrade lost the menu entry"
[ "$(assets)" = 2 ] || fail "the upgrade lost the library's asset"
note "upgrade $version -> $next: library kept (2 assets), /usr/bin/mediadesk and the menu entry kept"

step "purge"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq mediadesk >/dev/null
[ ! -e /opt/mediadesk ] || fail "/opt/mediadesk is left after purge"
[ ! -e /usr/bin/mediadesk ] && [ ! -L /usr/bin/mediadesk ] || fail "/usr/bin/mediadesk is left after purge"
[ ! -e "$entry" ] || fail "the menu entry is left after purge"
[ -f "$library/catalog.db" ] || fail "purge removed the user's library"
note "purge: /opt/mediadesk, /usr/bin/mediadesk and the menu entry removed; the user's library left alone"
step "passed; figures in $report"
