#!/usr/bin/env bash
# Engine benchmark: Mediadesk next to libvips, ImageMagick and GraphicsMagick, measured in one run.
# See docs/BENCHMARKS.md for what each figure means. Takes about 6-9 minutes on a 2-core machine.
#
#   scripts/bench-engine.sh              build, then measure everything, print the table
#   BENCH_REPS=3 scripts/bench-engine.sh   fewer repetitions (default 5)
#   BENCH_SKIP_BUILD=1 ...                 use the jars already built
#   BENCH_JOBS=400 ...                     only the 400 px job (400, 1200, layers, apng; default all four)
#   BENCH_JOBS=layers ...                  only the layered preset (an image and a text layer on a 12 MP photo)
#   BENCH_JOBS=apng ...                    only the animations: the corpus GIF pan to APNG (and GIF, WebP),
#                                          an APNG made by apngasm back in (apngasm/apngdis optional)
#
# Never runs `mvn install`: it builds with the reactor (package) and runs target/ directly.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
corpus="${CORPUS:-$root/../shared/corpus}"
work="${BENCH_DIR:-/tmp/mediadesk-bench}"
reps="${BENCH_REPS:-5}"
jobs="${BENCH_JOBS:-400 1200 layers apng}"
names=(Kleiber_by_Lukas_Baubkus.jpg Elephants_5640x3172.jpg seeding_by_Clements_Engelhardt.jpg
       Dragonfly_by_Bolly.jpg sunset_by_Aitzol_Berasategi.jpg seeding_baseline.jpg)
FILES=""
for n in "${names[@]}"; do FILES="$FILES $corpus/$n"; done
export ROOT="$root" FILES
files=($FILES)
for f in "${files[@]}"; do [ -f "$f" ] || { echo "missing $f (set CORPUS=...)" >&2; exit 1; }; done
for tool in vipsthumbnail gm /usr/bin/convert /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install libvips-tools graphicsmagick imagemagick time)" >&2; exit 1; }
done

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "building (reactor package, offline)..." >&2
  (cd "$root" && mvn -q -B -o -pl desktop -am package -DskipTests && mvn -q -B -o -pl engine test-compile) >&2
fi
cp="$root/engine/target/test-classes:$root/engine/target/classes:$root/desktop/target/lib/*"
bench() { java -cp "$cp" io.mediadesk.engine.render.EngineBench "$@"; }

rm -rf "$work/out"
mkdir -p "$work/out" "$work/ref"
results="$work/results.tsv"
: > "$results"
n=${#files[@]}

# Runs "$@" reps times (after one untimed run that warms the page cache), each in a fresh output
# folder; records img/s median/min/max and the largest peak RSS seen (of the process or, for a
# per-image loop, of its largest child).
whole() {
  local label="$1" job="$2" mode="$3"; shift 3
  local out="$work/out/$label-$job-$mode" walls=() rss=0 wall m
  rm -rf "$out"; mkdir -p "$out"
  OUT="$out" bash -c '"$@"' _ "$@" >/dev/null 2>&1 || { echo "FAILED: $label $job $mode" >&2; return 1; }
  for ((r = 0; r < reps; r++)); do
    rm -rf "$out"; mkdir -p "$out"
    OUT="$out" /usr/bin/time -f '%e %M' -o "$work/time.txt" bash -c '"$@"' _ "$@" >/dev/null 2>&1
    read -r wall m < "$work/time.txt"
    walls+=("$wall")
    [ "$m" -gt "$rss" ] && rss=$m
  done
  printf '%s\n' "${walls[@]}" | sort -g | awk -v n="$n" -v l="$label" -v j="$job" -v md="$mode" -v rss="$rss" '
    { w[NR] = $1 } END { printf "%s\t%s\twhole\t%s\t%.2f\t%.2f\t%.2f\t%d\n", l, j, md, n / w[int((NR + 1) / 2)], n / w[NR], n / w[1], rss / 1024 }' >> "$results"
  tail -n 1 "$results" >&2
}

# One image per process for the Magicks, as a shell loop would; vips and Mediadesk take the batch.
md()    { MEDIADESK_NO_BUILD=1 "$ROOT/mediadesk" transform --tr "$TR" --out-dir "$OUT" "$@" $FILES; }
md1()   { MEDIADESK_JAVA_OPTS="-XX:ActiveProcessorCount=1 ${MEDIADESK_JAVA_OPTS:-}" md --threads 1; }
md2()   { md --threads 2; }
vips_() { vipsthumbnail --size "$VSIZE" -o "$OUT/%s.jpg[Q=$Q]" $FILES; }
im()    { for f in $FILES; do /usr/bin/convert "$f" -resize "$IMSIZE" -quality "$Q" "$OUT/$(basename "$f")"; done; }
imh()   { for f in $FILES; do /usr/bin/convert -define jpeg:size="$HINT" "$f" -resize "$IMSIZE" -quality "$Q" "$OUT/$(basename "$f")"; done; }
gmh()   { for f in $FILES; do gm convert -size "$HINT" "$f" -resize "$IMSIZE" -quality "$Q" "$OUT/$(basename "$f")"; done; }
one()   { VIPS_CONCURRENCY=1 OMP_NUM_THREADS=1 MAGICK_THREAD_LIMIT=1 "$@"; }
core0() { taskset -c 0 bash -c '"$@"' _ "$@"; }
export -f md md1 md2 vips_ im imh gmh one core0

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for job in $jobs; do
  case $job in
    layers|apng) continue ;;
    400)  export TR=w-400,h-400,c-at_max,q-80 VSIZE=400x400 IMSIZE=400x400 HINT=800x800 Q=80 ;;
    1200) export TR=w-1200,q-85 VSIZE=1200x IMSIZE=1200x HINT=2400x1 Q=85 ;;
  esac
  echo "== job $job ($TR)" >&2
  bench inprocess "$TR" "$reps" "${files[@]}" | tee "$work/inprocess-$job.txt" >&2
  awk -v j="$job" -F'\t' '$1 == "inprocess" { printf "mediadesk\t%s\tin-process\t%s\t%s\t%s\t%s\t-\n", j, ($2 == 1 ? "1 thread" : "all cores"), $3, $4, $5 }' \
    "$work/inprocess-$job.txt" >> "$results"
  whole mediadesk "$job" "1 thread" md1
  whole mediadesk "$job" "all cores" md2
  whole vipsthumbnail "$job" "1 thread" one vips_
  whole vipsthumbnail "$job" "all cores" vips_
  whole "magick+hint" "$job" "1 thread" one imh
  whole "magick+hint" "$job" "all cores" imh
  whole magick "$job" "1 thread" one im
  whole magick "$job" "all cores" im
  whole "gm+hint" "$job" "1 thread" one gmh
  whole "gm+hint" "$job" "all cores" gmh
  if [ "$job" = 400 ]; then
    # The strictest single-thread reading: every process pinned to one core, JIT and GC included.
    whole mediadesk "$job" "1 core (taskset)" core0 md1
    whole vipsthumbnail "$job" "1 core (taskset)" core0 one vips_
  fi
done

echo "== SSIM (luma) against ImageMagick Lanczos3 from the full decode, same size" >&2
: > "$work/ssim.tsv"
for job in $jobs; do
  [ "$job" = layers ] || [ "$job" = apng ] && continue
  for label in mediadesk vipsthumbnail magick+hint magick gm+hint; do
    s=$(bench ssim "$work/out/$label-$job-1 thread" "$work/ref" "${files[@]}" | tee "$work/ssim-$label-$job.txt" | awk -F'\t' '$1 == "ssim" { print $2 "\t" $3 }')
    printf '%s\t%s\t%s\n' "$label" "$job" "$s" >> "$work/ssim.tsv"
  done
done

if [ -s "$results" ]; then
echo
echo "Images/s over the six BENCH photos: median of $reps runs (slowest-fastest). Peak RSS in MB. SSIM: mean (worst file)."
echo
echo "| job | tool | mode | threads | img/s | range | peak RSS MB | SSIM |"
echo "|---|---|---|---|---:|---|---:|---|"
awk -F'\t' 'NR == FNR { s[$1 "/" $2] = sprintf("%.4f (%.4f)", $3, $4); next }
  { printf "| %s | %s | %s | %s | %.2f | %.2f-%.2f | %s | %s |\n", ($2 == 400 ? "fit 400x400 q80" : "1200 wide q85"), $1, $3, $4, $5, $6, $7, $8, s[$1 "/" $2] }' \
  "$work/ssim.tsv" "$results"
v=$(awk -F'\t' '$1 == "vipsthumbnail" && $2 == 400 && $4 == "1 thread" && $3 == "whole" { print $5 }' "$results")
m=$(awk -F'\t' '$1 == "mediadesk" && $2 == 400 && $4 == "1 thread" && $3 == "whole" { print $5 }' "$results")
[ -n "$v" ] && [ -n "$m" ] && awk -v m="$m" -v v="$v" 'BEGIN { printf "\nMediadesk / libvips, 400 px job, 1 thread, whole process: %.2f / %.2f = %.2fx (goal 0.75x)\n", m, v, m / v }'
echo
echo "Per-image time of the Mediadesk steps in-process, 1 thread (ms: median, min-max):"
for job in $jobs; do
  [ "$job" = layers ] || [ "$job" = apng ] && continue
  awk -F'\t' -v j="$job" '$1 == "breakdown" { printf "  %-5s %-10s %7.1f  (%.1f-%.1f)\n", j, $2, $3, $4, $5 }' "$work/inprocess-$job.txt"
done
echo "(raw: $results, $work/ssim-*.txt, outputs in $work/out)"
fi

case " $jobs " in *" layers "*)
  # The layered preset: the ImageMagick logo (2135x2048 RGBA) scaled to a fifth of the photo's
  # width at the bottom right, and a caption on a translucent box at the top left, on the 12.2 MP
  # sunset, full size and scaled to 1200 wide; the same without layers for the layers' own cost.
  photo="$corpus/sunset_by_Aitzol_Berasategi.jpg"
  mkdir -p "$work/lib"; cp "$corpus/ImageMagick_logo.png" "$work/lib/logo.png"
  img='l-image,i-logo.png,w-bw_div_5,lx-N40,ly-N40,l-end'
  txt='l-text,i-Mediadesk%20sample,fs-bh_div_20,co-FFFFFF,bg-00000050,pa-20,lx-40,ly-40,l-end'
  echo "== layered preset on $(basename "$photo")" >&2
  bench layered "$reps" "$work/lib" "$photo" q-80 "q-80,$img,$txt" "w-1200,q-80" "w-1200,q-80,$img,$txt" \
    | tee "$work/layered.txt" >&2
  # ImageMagick doing the same composite and caption (not pixel-identical: its own text rasteriser)
  rm -rf "$work/out/layers"; mkdir -p "$work/out/layers"
  imlayers() {
    /usr/bin/convert "$photo" \( "$work/lib/logo.png" -trim +repage -resize 854x \) -gravity SouthEast -geometry +40+40 -composite \
      -gravity NorthWest -font DejaVu-Sans -pointsize 142 -fill white -undercolor '#00000080' -annotate +60+60 'Mediadesk sample' \
      -quality 80 "$work/out/layers/im.jpg"
  }
  imlayers
  ims=()
  for ((r = 0; r < reps; r++)); do
    s0=$(date +%s%N); imlayers; s1=$(date +%s%N); ims+=($(( (s1 - s0) / 1000000 )))
  done
  echo
  echo "Layered preset, ms per render of the 12.2 MP sunset (median of $reps, min-max), JPEG q80:"
  echo
  echo "| output | layers | threads | wall ms | range | CPU ms |"
  echo "|---|---|---|---:|---|---:|"
  awk -F'\t' '$1 == "layered" { out = ($3 ~ /^w-1200/ ? "1200 wide" : "full size"); l = ($3 ~ /l-image/ ? "image + text" : "none");
      printf "| %s | %s | %s | %s | %s-%s | %s |\n", out, l, $2, $4, $5, $6, $8 }' "$work/layered.txt"
  printf '%s\n' "${ims[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "| full size | image + text, ImageMagick convert | default | %d | %d-%d | - |\n", v[int((NR + 1) / 2)], v[1], v[NR] }'
  ;;
esac

case " $jobs " in *" apng "*)
  # Animations whole (decode every frame, stages per frame, encode the sequence), in-process, one
  # thread: the corpus GIF pan (10 frames of 320x180) to APNG, next to GIF and WebP of the same
  # size; then an APNG made from the same frames by apngasm (if installed) read back in.
  gif="$corpus/anim_pan_Kleiber_320x180.gif"
  out="$work/out/apng"; rm -rf "$out"; mkdir -p "$out"
  echo "== animations of $(basename "$gif"), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  java -Dbench.out="$out" -cp "$cp" io.mediadesk.engine.render.EngineBench animated "$reps" "$gif" \
    w-160,f-png f-png w-160 w-160,f-webp | tee "$work/apng.txt" >&2
  if command -v apngasm >/dev/null; then
    mkdir -p "$work/apngasm"; rm -f "$work/apngasm"/*
    /usr/bin/convert "$gif" -coalesce -strip PNG24:"$work/apngasm/f-%02d.png"
    s0=$(date +%s%N)
    apngasm "$work/apngasm/pan.png" "$work/apngasm"/f-*.png 12 100 -z0 >/dev/null
    s1=$(date +%s%N)
    echo "apngasm -z0 of the 10 coalesced 320x180 frames: $(( (s1 - s0) / 1000000 )) ms, $(stat -c %s "$work/apngasm/pan.png") bytes" >&2
    java -cp "$cp" io.mediadesk.engine.render.EngineBench animated "$reps" "$work/apngasm/pan.png" \
      w-160 w-160,f-gif | sed 's/^animated/animated-in/' | tee -a "$work/apng.txt" >&2
  fi
  if command -v apngdis >/dev/null; then
    (cd "$out" && apngdis 0.png check_ >/dev/null && echo "apngdis reads $(ls "$out"/check_*.png | wc -l) frames of the w-160,f-png output, frame 1 $(cat "$out/check_01.txt")" >&2)
  fi
  echo
  echo "Animations, ms per render (median of $reps, min-max), 1 thread, in-process:"
  echo
  echo "| input | transformation | frames | ms per render (min-max) | frames/s | output bytes | CPU ms |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  awk -F'\t' '$1 ~ /^animated/ { printf "| %s | `%s` | %s | %s (%s-%s) | %s | %s | %s |\n", ($1 == "animated" ? "GIF pan" : "apngasm APNG"), $2, $3, $4, $5, $6, $7, $8, $9 }' "$work/apng.txt"
  ;;
esac
