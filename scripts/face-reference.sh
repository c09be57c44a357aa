#!/usr/bin/env bash
# Writes engine/src/test/resources/faces/opencv-boxes.tsv: the faces OpenCV itself finds in the
# fo-face test images with the engine's cascade, the golden data FaceDetectorTest compares the
# engine's pure-Java detector with (IoU >= 0.5 per face, same count). Run it again only when the
# images or the cascade change; the tests never need OpenCV.
#
#   scripts/face-reference.sh          needs org.openpnp:opencv:4.9.0-0 (110 MB with its native
#                                      libraries) in ~/.m2; fetches it with mvn if it is missing
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
corpus="${CORPUS:-$root/../shared/corpus}"
jar="$HOME/.m2/repository/org/openpnp/opencv/4.9.0-0/opencv-4.9.0-0.jar"
[ -f "$jar" ] || mvn -B -q dependency:get -Dartifact=org.openpnp:opencv:4.9.0-0
faces="$root/engine/src/test/resources/faces"
cascade="$root/engine/src/main/resources/io/mediadesk/engine/faces/lbpcascade_frontalface_improved.xml"
args=()
for f in "$faces"/*.jpg "$faces"/*.png; do [ -f "$f" ] && args+=("faces/$(basename "$f")=$f"); done
for n in orient_1.jpg sunset_adam7_1200.png adobergb_Picture_1A.jpg; do
  [ -f "$corpus/$n" ] || { echo "missing $corpus/$n (set CORPUS=...)" >&2; exit 1; }
  args+=("corpus/$n=$corpus/$n")
done
java -cp "$jar" "$root/scripts/FaceReference.java" "$cascade" "${args[@]}" 2>/dev/null > "$faces/opencv-boxes.tsv"
cat "$faces/opencv-boxes.tsv"
