#!/usr/bin/env bash
# Renders the main window (library), the transform studio (fitted, and at 400 %), the sync plan, the sync conflicts, the presets room,
# the asset panel with versions, the purge panel, the accounts with the account's usage and the studio's Compare
# with CDN, light and dark, into
# docs/screenshots/*.png under Xvfb, with a real photo in the studio's preview.
# Needs: xvfb x11-utils imagemagick (the same as scripts/window-smoke.sh), a JDK, Maven.
# Usage: scripts/screenshots.sh [SAMPLE_IMAGE]   (default: the shared corpus sunset photo)
# Env:   MVN_FLAGS (e.g. -o), SETTLE (seconds to let the preview render, default 14),
#        ONLY (a regex: render only the shots whose name matches, e.g. ONLY=sync)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sample="${1:-$root/../shared/corpus/sunset_by_Aitzol_Berasategi.jpg}"
[ -f "$sample" ] || sample=/work/shared/corpus/sunset_by_Aitzol_Berasategi.jpg
out="$root/docs/screenshots"
settle="${SETTLE:-14}"
mkdir -p "$out"
work="$(mktemp -d)"
# Only the pids started here: an unset one must not become `kill 0` (this whole process group).
trap 'for p in "${app:-}" "${xvfb:-}"; do if [ -n "$p" ]; then kill "$p" 2>/dev/null || true; fi; done; rm -rf "$work"' EXIT

# Package only: `mvn install` would overwrite the shared SNAPSHOT jars in ~/.m2.
(cd "$root" && mvn -q -B ${MVN_FLAGS:-} -pl desktop -am package -DskipTests)

n=$(( 100 + RANDOM % 100 ))
while [ -e "/tmp/.X$n-lock" ]; do n=$(( n + 1 )); done   # other sessions may hold displays
display=":$n"
Xvfb "$display" -screen 0 1440x920x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 100); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo -display "$display" >/dev/null 2>&1 || { echo "error: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY="$display"

# shoot NAME SECONDS JAVA_PROPERTIES...
shoot() {
  local name="$1" wait="$2"; shift 2
  if [ -n "${ONLY:-}" ] && ! [[ "$name" =~ $ONLY ]]; then return 0; fi
  rm -rf "$work/library"
  if [ "${POPULATE:-}" = 1 ]; then
    # The library view is shown with real photos: a dozen corpus images, imported for real.
    java -jar "$root/desktop/target/mediadesk.jar" import --library "$work/library" "${photos[@]}" >/dev/null 2>&1
  fi
  if [ -n "${PREPARE:-}" ]; then "$PREPARE"; fi
  java -Dprism.order=sw "$@" -jar "$root/desktop/target/mediadesk.jar" --library "$work/library" >"$work/app.log" 2>&1 &
  app=$!
  local id=""
  for _ in $(seq 120); do
    id="$(xwininfo -root -tree 2>/dev/null | awk '/"Mediadesk"/ {print $1; exit}')"
    [ -n "$id" ] && break
    kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$id" ] || { echo "error: no Mediadesk window" >&2; exit 1; }
  sleep "$wait"
  import -window "$id" "$work/raw.png"
  kill "$app"; wait "$app" 2>/dev/null || true
  # Keep the README light: strip metadata, and fall back to a 256-colour palette if still heavy.
  convert "$work/raw.png" -strip -define png:compression-level=9 "$out/$name.png"
  if [ "$(stat -c %s "$out/$name.png")" -gt 300000 ]; then
    convert "$work/raw.png" -strip -dither FloydSteinberg -colors 256 -define png:compression-level=9 "PNG8:$out/$name.png"
  fi
  echo "$out/$name.png ($(( $(stat -c %s "$out/$name.png") / 1024 )) KB)"
}

corpus="$(dirname "$sample")"
photos=()
for f in Kleiber_by_Lukas_Baubkus.jpg Dragonfly_by_Bolly.jpg sunset_by_Aitzol_Berasategi.jpg Bridge_by_Sander_Klootwijk.jpg \
         Wine_by_Jakkub_Mede.jpg seeding_by_Clements_Engelhardt.jpg ImageMagick_logo.png orient_1.jpg \
         adobergb_Picture_1A.jpg gnome_wood-d.webp plasma_Grey_2560x1600.jpg panorama_strip_6028x300.jpg; do
  [ -f "$corpus/$f" ] && photos+=("$corpus/$f")
done

# Starts `mediadesk sandbox` on the library's sandbox folder (the stand-in the window's own
# in-process sandbox shares data and key with) and syncs the library with it once. Sets the
# caller's sb (its pid: `kill "$sb"` when done), base and key; uses the caller's md.
sandbox_synced() {
  "${md[@]}" --json sandbox >"$work/sandbox.json" 2>"$work/sandbox.log" &
  sb=$!
  for _ in $(seq 100); do grep -q privateKey "$work/sandbox.json" 2>/dev/null && break; sleep 0.2; done
  base="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["apiBase"])' "$work/sandbox.json")"
  key="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["privateKey"])' "$work/sandbox.json")"
  MEDIADESK_PRIVATE_KEY="$key" "${md[@]}" --api-base "$base" --upload-base "$base" sync --yes >/dev/null 2>&1
}

# The sync plan shows more than uploads: the library is synced once with the stand-in (run by
# `mediadesk sandbox` on the library's sandbox folder), then two photos are deleted and one tagged,
# so the window's own in-process sandbox (same data, same throwaway key) plans deletes and updates.
synced_then_edited() {
  local md=(java -jar "$root/desktop/target/mediadesk.jar" --library "$work/library") sb base key
  sandbox_synced
  "${md[@]}" delete --query 'name : "Wine"' >/dev/null 2>&1 || true
  "${md[@]}" delete --query 'name : "Bridge"' >/dev/null 2>&1 || true
  "${md[@]}" tag add --query 'name : "Kleiber"' birds >/dev/null 2>&1 || true
  kill "$sb"; wait "$sb" 2>/dev/null || true
}

# The conflicts tab shows conflicts a person may settle: after a first sync with the stand-in, one photo gets new
# content in the library (`replace`) and other new content on the service (an upload over its path), another is
# deleted in the library while the service tags it, and a preset is made on both sides with different text. Some
# delivery URLs are fetched first, so the accounts area's usage shows bandwidth next to storage.
conflicts_prepared() {
  local md=(java -jar "$root/desktop/target/mediadesk.jar" --library "$work/library") sb base key
  sandbox_synced
  local bridge
  bridge="$("${md[@]}" --json search 'name : "Bridge"' | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
  "${md[@]}" replace --id "$bridge" "$corpus/Dragonfly_by_Bolly.jpg" >/dev/null 2>&1 || true
  "${md[@]}" delete --query 'name : "Wine"' >/dev/null 2>&1 || true
  "${md[@]}" presets set hero "w-1600,h-600,fo-auto,q-70" --description "Campaign banners" >/dev/null
  curl -s -u "$key:" -F "file=@$corpus/Kleiber_by_Lukas_Baubkus.jpg" -F fileName=Bridge_by_Sander_Klootwijk.jpg \
    -F useUniqueFileName=false -F folder=/ "$base/api/v1/files/upload" >/dev/null
  python3 - x "$base" "$key" <<'PY'
import base64, json, sys, urllib.parse, urllib.request
_, _, base, key = sys.argv
auth = {"Authorization": "Basic " + base64.b64encode((key + ":").encode()).decode()}
def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={**auth, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        raw = r.read()
        return json.loads(raw) if raw else None
files = call("GET", "/v1/files?limit=1000")
for f in files[:6]:
    urllib.request.urlopen(f["url"]).read()   # delivered bytes: the usage's bandwidth
wine = [f["fileId"] for f in files if f["name"].startswith("Wine")]
call("POST", "/v1/files/addTags", {"fileIds": wine, "tags": ["approved", "autumn"]})
call("POST", "/v1/named-transformations", {"name": "hero", "transformation": "w-1200,h-400,fo-auto"})
PY
  kill "$sb"; wait "$sb" 2>/dev/null || true
}

# The presets room shows a preset with a history (three versions), one that uses it and a few
# others, made with `mediadesk presets set` as a user would.
presets_with_history() {
  local md=(java -jar "$root/desktop/target/mediadesk.jar" --library "$work/library")
  "${md[@]}" presets set thumb "w-400,h-300" --description "Product grid tiles" >/dev/null
  "${md[@]}" presets set thumb "w-400,h-300,c-maintain_ratio,fo-auto" >/dev/null
  "${md[@]}" presets set thumb "w-480,h-320,fo-auto,q-80" >/dev/null
  "${md[@]}" presets set card "n-thumb,r-24" --description "Rounded cards on the landing page" >/dev/null
  "${md[@]}" presets set hero "w-1600,h-600,fo-auto,q-70" --description "Campaign banners" >/dev/null
  "${md[@]}" presets set avatar "w-96,h-96,fo-face,r-max,f-png" >/dev/null
  "${md[@]}" presets set mono "n-thumb:e-grayscale" >/dev/null
}

# The asset panel shows a photo with three versions: the original, a retouch and a square crop, each given with
# `mediadesk replace` (renders made with `mediadesk transform`) as a user would.
versioned() {
  local md=(java -jar "$root/desktop/target/mediadesk.jar" --library "$work/library") id
  id="$("${md[@]}" --json search 'name : "Kleiber"' | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
  "${md[@]}" transform "$corpus/Kleiber_by_Lukas_Baubkus.jpg" "$work/retouch.jpg" --tr "e-contrast,e-sharpen,q-90" >/dev/null
  "${md[@]}" replace --id "$id" "$work/retouch.jpg" >/dev/null
  "${md[@]}" transform "$corpus/Kleiber_by_Lukas_Baubkus.jpg" "$work/square.jpg" --tr "w-1200,h-1200,fo-auto,e-contrast,q-90" >/dev/null
  "${md[@]}" replace --id "$id" "$work/square.jpg" >/dev/null
}

# The studio's Compare with CDN needs the photo on the service: the library is synced once with the stand-in (as
# for the sync plan), and the window's own sandbox serves the same data.
synced() {
  local md=(java -jar "$root/desktop/target/mediadesk.jar" --library "$work/library") sb base key
  sandbox_synced
  kill "$sb"; wait "$sb" 2>/dev/null || true
}

# The accounts panel lists two made-up profiles (no key stored: none is ever written here) beside the sandbox.
profiles() {
  mkdir -p "$work/library"
  cat >"$work/library/accounts.json" <<'JSON'
{"active":null,"profiles":[
 {"name":"production","urlEndpoint":"https://ik.imagekit.io/acme","apiBase":"https://api.imagekit.io","uploadBase":"https://upload.imagekit.io","publicKey":"public_Xq8dR2mVtL0c","keyHint":"…k3Pz","sandbox":false},
 {"name":"staging","urlEndpoint":"https://ik.imagekit.io/acme-staging","apiBase":"https://api.imagekit.io","uploadBase":"https://upload.imagekit.io","publicKey":"public_7hWq1NbYe2sA","keyHint":"…9fTm","sandbox":false}]}
JSON
}

# The accounts panel: the made-up profiles beside the sandbox, whose usage shows storage and bandwidth.
accounts_prepared() {
  conflicts_prepared
  profiles
}

studio=(-Dmediadesk.section=studio "-Dmediadesk.studio.sample=$sample"
        "-Dmediadesk.studio.tr=w-960,h-600,fo-auto,q-75:e-contrast,r-24")
grid=("${studio[@]}" "-Dmediadesk.studio.grid=w-480,h-300,fo-auto;w-480,h-300,q-20,e-grayscale;w-300,h-300,fo-auto,r-max,f-png")
for theme in light dark; do
  POPULATE=1 shoot "main-$theme" 6 "-Dmediadesk.theme=$theme"
  shoot "studio-$theme" "$settle" "-Dmediadesk.theme=$theme" "${studio[@]}"
  shoot "studio-zoom-$theme" "$settle" "-Dmediadesk.theme=$theme" "${studio[@]}" -Dmediadesk.studio.zoom=400
  shoot "studio-grid-$theme" "$settle" "-Dmediadesk.theme=$theme" "${grid[@]}"
  POPULATE=1 PREPARE=synced_then_edited shoot "sync-$theme" 10 "-Dmediadesk.theme=$theme" -Dmediadesk.section=sync \
    -Dmediadesk.demo.sandbox=true
  POPULATE=1 PREPARE=conflicts_prepared shoot "sync-conflicts-$theme" "$settle" "-Dmediadesk.theme=$theme" \
    -Dmediadesk.section=sync -Dmediadesk.demo.sandbox=true -Dmediadesk.sync.tab=conflicts
  PREPARE=presets_with_history shoot "presets-$theme" "$settle" "-Dmediadesk.theme=$theme" -Dmediadesk.section=presets \
    -Dmediadesk.presets.select=thumb "-Dmediadesk.studio.sample=$sample"
  POPULATE=1 PREPARE=versioned shoot "assets-$theme" 25 "-Dmediadesk.theme=$theme" -Dmediadesk.section=library \
    -Dmediadesk.library.select=Kleiber
  # The purge runner polls 5 s after sending, then 10 s later; the stand-in says Completed at the second poll.
  POPULATE=1 shoot "purge-$theme" 40 "-Dmediadesk.theme=$theme" -Dmediadesk.section=purge -Dmediadesk.demo.sandbox=true \
    "-Dmediadesk.demo.purge=/Kleiber_by_Lukas_Baubkus.jpg;/Dragonfly_by_Bolly.jpg;/sunset_by_Aitzol_Berasategi.jpg"
  POPULATE=1 PREPARE=accounts_prepared shoot "accounts-$theme" "$settle" "-Dmediadesk.theme=$theme" -Dmediadesk.section=accounts \
    -Dmediadesk.demo.sandbox=true
  POPULATE=1 PREPARE=synced shoot "studio-cdn-$theme" "$(( settle + 30 ))" "-Dmediadesk.theme=$theme" -Dmediadesk.section=studio \
    -Dmediadesk.demo.sandbox=true -Dmediadesk.library.select=sunset -Dmediadesk.studio.compare=true \
    "-Dmediadesk.studio.tr=w-960,h-600,fo-auto,q-75:e-contrast"
done
