#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# initrd.sh - crashcart-cli initrd side by side with lsinitrd, lsinitramfs and the shell
# pipeline, in one run, on a dracut image of about 40 MB (xz, with an early cpio segment).
#
# Measures (wall-clock median of RUNS; peak RSS from GNU time, largest process of a pipeline):
#   list    : crashcart-cli initrd ls | lsinitrd | lsinitramfs | tail -c +OFF | xz -dc | cpio -t
#   repack  : crashcart-cli initrd add ... --repack --compression xz --level L (threads: all, 1)
#             against "xz -dc | cpio -idm" then "find . | cpio -o -H newc | xz --check=crc32 -L"
#             (-T0 and -T1), the same level; output sizes and entry counts
#   overlay : crashcart-cli initrd add IMAGE DIR(3 files) DEST (appending a segment), and with
#             bench_initrd (if built) the save alone with the image already open

# Usage: bench/initrd.sh [IMAGE] [LEVEL=6] [RUNS=3]
#   Without IMAGE, one is made with dracut (no-hostonly, xz, ACPI override in an early cpio,
#   plus drivers/net) and cached as $RESULTS/dracut-bench.img.
# Env: CRASHCART_CLI (default build/app/crashcart-cli; use a Release build for figures).
# Output: human lines and a final SUMMARY line; rows appended to $RESULTS/initrd.tsv.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cli=${CRASHCART_CLI:-$top/build/app/crashcart-cli}
RESULTS=${RESULTS:-/tmp/crashcart-bench/results}
IMAGE=${1:-} LEVEL=${2:-6} RUNS=${3:-3}
[ -x "$cli" ] || { echo "build crashcart-cli first ($cli)" >&2; exit 2; }
for tool in lsinitrd lsinitramfs xz cpio dracut /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "missing $tool (packages dracut-core initramfs-tools xz-utils cpio time)" >&2; exit 2; }
done
mkdir -p "$RESULTS"
WORK=$(mktemp -d /tmp/initrd-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ -z "$IMAGE" ]; then
  IMAGE=$RESULTS/dracut-bench.img
  if [ ! -s "$IMAGE" ]; then
    kver=$(find /lib/modules -mindepth 1 -maxdepth 1 -printf "%f\n" | sort | head -1)
    mkdir -p "$WORK/acpi" "$WORK/confdir"
    head -c 4096 /dev/urandom > "$WORK/acpi/ssdt1.aml"
    printf 'acpi_override="yes"\nacpi_table_dir="%s"\n' "$WORK/acpi" > "$WORK/dracut.conf"
    echo "# making $IMAGE with dracut for $kver (a few minutes)"
    dracut --force --no-hostonly --conf "$WORK/dracut.conf" --confdir "$WORK/confdir" --compress xz \
      --add-drivers "=drivers/net" --kver "$kver" "$IMAGE" > "$WORK/dracut.log" 2>&1 \
      || { tail "$WORK/dracut.log"; exit 1; }
  fi
fi
IMAGE=$(readlink -f "$IMAGE")
TSV=$RESULTS/initrd.tsv
[ -f "$TSV" ] || printf "date\timage\tstep\ttool\tseconds_med\tseconds_min\tpeak_rss_MB\tout_bytes\tnote\n" > "$TSV"

# timed RUNS CMD: median and min wall seconds, largest max-RSS (MB) -> MED MIN RSS RC
timed() {
  local n=$1 cmd=$2 times=() rss=0 el m
  RC=0
  for _ in $(seq 1 "$n"); do
    [ -n "${PRE:-}" ] && eval "$PRE"
    /usr/bin/time -f "%e %M" -o "$WORK/t" bash -c "$cmd" || RC=$?
    read -r el m < <(tail -1 "$WORK/t")
    times+=("$el"); [ "$m" -gt "$rss" ] && rss=$m
  done
  read -r MED MIN < <(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)], a[1]}')
  RSS=$(awk -v k="$rss" 'BEGIN {printf "%.1f", k/1024}')
}
row() { printf "%s\t%s\t%s\n" "$(date -Is)" "$(basename "$IMAGE")" "$(IFS=$'\t'; echo "$*")" >> "$TSV"; }

info=$("$cli" initrd info --json "$IMAGE") || { echo "crashcart-cli cannot read $IMAGE" >&2; exit 1; }
read -r OFF MAINCOMP ENTRIES < <(python3 -c '
import json, sys
d = json.load(sys.stdin)
main = [s for s in d["segments"] if s["compression"] != "none"][0]
print(main["offset"], main["compression"], main["entries"])' <<< "$info")
[ "$MAINCOMP" = xz ] || echo "# NOTE: main segment is $MAINCOMP, the pipeline below assumes xz"
echo "== $IMAGE: $(stat -c %s "$IMAGE") bytes; main segment xz at offset $OFF with $ENTRIES entries; level $LEVEL; $(nproc) CPUs"
summary="image=$(basename "$IMAGE") bytes=$(stat -c %s "$IMAGE")"

# ---- list ------------------------------------------------------------------
declare -A LIST
lst() { # name cmd
  timed "$RUNS" "$2 > /dev/null 2>&1"
  printf "list    %-28s med=%ss min=%ss peak_rss=%sMB rc=%s\n" "$1" "$MED" "$MIN" "$RSS" "$RC"
  row list "$1" "$MED" "$MIN" "$RSS" "" "rc=$RC"
  summary+=" list_$1=${MED}s"
  LIST[$1]=$MED
}
lst crashcart "'$cli' initrd ls '$IMAGE'"
lst lsinitrd "lsinitrd '$IMAGE'"
lst lsinitramfs "lsinitramfs '$IMAGE'"
lst xz_cpio_t "tail -c +$((OFF + 1)) '$IMAGE' | xz -dc | cpio -t --quiet"
echo "        list speed-up over lsinitrd: $(awk -v a="${LIST[lsinitrd]}" -v b="${LIST[crashcart]}" 'BEGIN {printf "%.1fx", a/b}')"

# ---- repack ----------------------------------------------------------------
echo "bench" > "$WORK/small"
count() { "$cli" initrd ls "$1" | wc -l; }
ours() { # name threads
  local out=$WORK/ours.img
  timed 1 "'$cli' initrd add '$IMAGE' '$WORK/small' /etc/crashcart-bench -o '$out' --repack --compression xz --level $LEVEL --threads $2 --no-backup > /dev/null"
  local size main n
  size=$(stat -c %s "$out"); main=$((size - OFF)); n=$(count "$out")
  printf "repack  %-28s time=%ss peak_rss=%sMB out=%s (main segment %s) entries=%s rc=%s\n" "$1" "$MED" "$RSS" "$size" "$main" "$n" "$RC"
  row repack "$1" "$MED" "$MIN" "$RSS" "$main" "entries=$n rc=$RC"
  summary+=" repack_$1=${MED}s/${RSS}MB/${main}B"
  rm -f "$out"
}
pipeline() { # name xz-threads
  PRE="rm -rf '$WORK/u' '$WORK/p.xz'; mkdir -p '$WORK/u'"
  timed 1 "cd '$WORK/u' && tail -c +$((OFF + 1)) '$IMAGE' | xz -dc | cpio -idm --quiet && find . | cpio -o -H newc --quiet | xz --check=crc32 -$LEVEL -T$2 > '$WORK/p.xz'"
  PRE=""
  local size n
  size=$(stat -c %s "$WORK/p.xz"); n=$(xz -dc "$WORK/p.xz" | cpio -t --quiet 2>/dev/null | wc -l)
  printf "repack  %-28s time=%ss peak_rss=%sMB out=%s entries=%s rc=%s\n" "$1" "$MED" "$RSS" "$size" "$n" "$RC"
  row repack "$1" "$MED" "$MIN" "$RSS" "$size" "entries=$n rc=$RC"
  summary+=" repack_$1=${MED}s/${RSS}MB/${size}B"
  rm -rf "$WORK/u" "$WORK/p.xz"
}
ours crashcart_threads_all 0
pipeline pipeline_xz_T0 0
ours crashcart_threads_1 1
pipeline pipeline_xz_T1 1

# ---- overlay ---------------------------------------------------------------
mkdir -p "$WORK/add"
head -c 200000 /usr/bin/ls > "$WORK/add/tool"; echo "option x" > "$WORK/add/x.conf"; echo "#!/bin/sh" > "$WORK/add/hook"
timed "$RUNS" "'$cli' initrd add '$IMAGE' '$WORK/add' /opt/added -o '$WORK/overlay.img' --no-backup > /dev/null"
printf "overlay %-28s med=%ss min=%ss peak_rss=%sMB out=%s\n" "crashcart_3_files" "$MED" "$MIN" "$RSS" "$(stat -c %s "$WORK/overlay.img")"
row overlay crashcart_3_files "$MED" "$MIN" "$RSS" "$(stat -c %s "$WORK/overlay.img")" ""
summary+=" overlay_3_files=${MED}s"
# The command line opens (lists) the image before appending; the workbench has it open already.
benchbin=${BENCH_INITRD:-$(dirname "$cli")/../bench/bench_initrd}
if [ -x "$benchbin" ]; then
  line=$("$benchbin" "$IMAGE" "$RUNS" | grep '^SUMMARY')
  echo "overlay image already open (bench_initrd): ${line#SUMMARY bench_initrd }"
  summary+=" ${line#SUMMARY bench_initrd }"
fi
echo "SUMMARY initrd $summary"
