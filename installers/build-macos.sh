#!/usr/bin/env bash
# Builds Mediadesk.app, a .dmg and a .pkg on macOS into desktop/target/jpackage/dist/, signed and
# notarized when the environment names the identities. Written for macOS; NOT run on a Mac yet
# (see installers/README.md). Extra arguments go to Maven.
#
#   MEDIADESK_MAC_SIGN_IDENTITY   "Developer ID Application: Team (TEAMID)" user name part, as
#                                 jpackage --mac-signing-key-user-name wants it: e.g. "Team (TEAMID)"
#   MEDIADESK_MAC_KEYCHAIN        optional keychain holding that identity
#   MEDIADESK_NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile; set => notarize + staple
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ "$(uname -s)" = Darwin ] || { echo "error: build-macos.sh runs on macOS (jpackage builds only its own OS's packages)" >&2; exit 1; }
command -v jpackage >/dev/null || { echo "error: jpackage not found: install a JDK 17+ (e.g. Temurin 17) and put its bin/ on PATH" >&2; exit 1; }
command -v mvn >/dev/null || { echo "error: Maven 3.8+ is needed (brew install maven)" >&2; exit 1; }

# 1. Maven: filtered argument files, the class path, the jlinked runtime, an unsigned app-image,
#    and (unsigned) .dmg and .pkg. Enough for local testing.
mvn -B -q -Ppackage -pl desktop -am package -DskipTests "$@"
cd desktop/target/jpackage

# 2. Signed: the same jpackage steps again with the signing options. jpackage signs every binary
#    in the bundle with the hardened runtime and our entitlements, then the installers.
if [ -n "${MEDIADESK_MAC_SIGN_IDENTITY:-}" ]; then
  sign=(--mac-sign --mac-signing-key-user-name "$MEDIADESK_MAC_SIGN_IDENTITY" --mac-entitlements macos/mediadesk.entitlements)
  [ -n "${MEDIADESK_MAC_KEYCHAIN:-}" ] && sign+=(--mac-signing-keychain "$MEDIADESK_MAC_KEYCHAIN")
  rm -rf dist
  jpackage @image.args @macos/image.args "${sign[@]}"
  jpackage @installer.args @macos/dmg.args "${sign[@]}"
  jpackage @installer.args @macos/pkg.args "${sign[@]}"
  codesign --verify --deep --strict --verbose=2 dist/*.app
  spctl --assess --type execute --verbose dist/*.app || echo "build-macos: spctl rejects the app until it is notarized" >&2
else
  echo "build-macos: MEDIADESK_MAC_SIGN_IDENTITY not set: unsigned packages (Gatekeeper will warn)" >&2
fi

# 3. Notarization: Apple scans the upload; stapling lets Gatekeeper check it offline.
if [ -n "${MEDIADESK_NOTARY_PROFILE:-}" ]; then
  [ -n "${MEDIADESK_MAC_SIGN_IDENTITY:-}" ] || { echo "error: notarization needs signed packages" >&2; exit 1; }
  for f in dist/*.dmg dist/*.pkg; do
    xcrun notarytool submit "$f" --keychain-profile "$MEDIADESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$f"
  done
fi
ls -l dist
