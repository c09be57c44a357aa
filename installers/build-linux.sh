#!/usr/bin/env bash
# Builds the Linux packages: the jpackage app-image, a .deb, and an .rpm where rpmbuild is
# installed, all into desktop/target/jpackage/dist/. Extra arguments go to Maven (e.g. -o,
# -Dmediadesk.version=0.1.1). See installers/README.md; check the .deb with scripts/verify-deb.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
missing=()
[ -x "$java_home/bin/jpackage" ] || missing+=("jpackage (a full JDK 17+, e.g. openjdk-17-jdk)")
[ -d "$java_home/jmods" ] || [ -f "$java_home/lib/modules" ] || missing+=("the JDK's jmods (openjdk-17-jmods)")
command -v mvn >/dev/null || missing+=("maven")
command -v objcopy >/dev/null || missing+=("objcopy (binutils): jlink --strip-debug needs it")
command -v fakeroot >/dev/null || missing+=("fakeroot: jpackage needs it for the .deb")
command -v dpkg-deb >/dev/null || missing+=("dpkg-deb (dpkg)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'error: missing %s\n' "${missing[@]}" >&2
  echo "Debian/Ubuntu: apt-get install -y --no-install-recommends openjdk-17-jdk maven fakeroot binutils" >&2
  exit 1
fi
command -v rpmbuild >/dev/null && echo "build-linux: rpmbuild found, an .rpm is made as well" \
  || echo "build-linux: no rpmbuild, so no .rpm (apt-get install rpm / dnf install rpm-build for one)"

start=$(date +%s)
# package, never install: the reactor builds the modules; ~/.m2 keeps what other builds resolve.
mvn -B -q -Ppackage -pl desktop -am package -DskipTests "$@"
dist="$root/desktop/target/jpackage/dist"
echo "build-linux: done in $(( $(date +%s) - start )) s"
du -sh "$dist/mediadesk" | sed 's/^/app-image: /'
for f in "$dist"/*.deb "$dist"/*.rpm; do
  [ -f "$f" ] && echo "package:   $f ($(( $(stat -c %s "$f") / 1048576 )) MiB)"
done
true
