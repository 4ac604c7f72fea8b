#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# distro.sh - distributions served straight from their disc image (issue #12), side by side
# with nginx serving the same tree extracted, in one run, on loopback; and the import of a big
# image (its SHA-256 included) against sha256sum of the same file.
#
#   serve : a ~4 GiB image (three 1 GiB files, 16 x 64 MiB, 2,000 small files) made with
#           xorriso -R -J; Crashcart serves /distros/bench/ from the .iso, nginx (sendfile on)
#           the extracted tree. Per server: one client fetching each 1 GiB file (MB/s), 16
#           concurrent clients fetching the 64 MiB files (aggregate MB/s), 2,000 small files
#           over one keep-alive connection (files/s), the server's CPU seconds and peak RSS.
#           Every byte is checked against the source tree (cmp).
#   import: a ~10 GiB image (one file over 4 GiB, -iso-level 3): crashcart-cli distros import
#           against sha256sum, each after the page cache is dropped (cold, as root) and warm.
# Usage: bench/distro.sh [serve|import|all] ; WORK=/path with ~16 GiB free (default /tmp).
# Env: CRASHCART_CLI (default build/app/crashcart-cli). Needs xorriso, nginx, curl.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cli=${CRASHCART_CLI:-$top/build/app/crashcart-cli}
mode=${1:-all}
W=${WORK:-/tmp}/crashcart-distro-bench
PORT_OURS=8095 PORT_NGINX=8096
[ -x "$cli" ] || { echo "build crashcart-cli first ($cli)" >&2; exit 2; }
for tool in xorriso nginx curl; do command -v "$tool" > /dev/null || { echo "needs $tool" >&2; exit 2; }; done
mkdir -p "$W"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; }
trap cleanup EXIT

cpu_seconds() { # PID -> user+system seconds of the process so far
    awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$1/stat"
}
peak_rss_mb() { awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
now() { date +%s.%N; }

make_serve_tree() {
    local t="$W/tree"
    [ -f "$W/bench.iso" ] && return
    rm -rf "$t"; mkdir -p "$t/big" "$t/mid" "$t/small/a" "$t/small/b" "$t/images/pxeboot"
    printf '[header]\ntype = productmd.treeinfo\nversion = 1.2\n[release]\nname = AlmaLinux\nversion = 9.4\n[tree]\narch = x86_64\n[images-x86_64]\nkernel = images/pxeboot/vmlinuz\ninitrd = images/pxeboot/initrd.img\n' > "$t/.treeinfo"
    head -c 1000000 /dev/urandom > "$t/images/pxeboot/vmlinuz"
    head -c 3000000 /dev/urandom > "$t/images/pxeboot/initrd.img"
    for i in 1 2 3; do head -c $((1 << 30)) /dev/urandom > "$t/big/f$i.bin"; done
    for i in $(seq 16); do head -c $((64 << 20)) /dev/urandom > "$t/mid/m$i.bin"; done
    for i in $(seq 1000); do head -c $((RANDOM * 4 % 60000 + 100)) /dev/urandom > "$t/small/a/s$i.rpm"; done
    for i in $(seq 1000); do head -c $((RANDOM % 4000 + 100)) /dev/urandom > "$t/small/b/s$i.xml"; done
    xorriso -as mkisofs -quiet -R -J -o "$W/bench.iso" "$t"
}

# SERVER_NAME BASE_URL PID: the three fetch patterns, checked byte for byte.
measure() {
    local name=$1 base=$2 pid=$3 t0 t1 bad=0 cpu0
    cpu0=$(cpu_seconds "$pid")
    local single=() i
    for i in 1 2 3; do
        t0=$(now); curl -fsS -o "$W/got.bin" "$base/big/f$i.bin" || bad=$((bad + 1)); t1=$(now)
        cmp -s "$W/got.bin" "$W/tree/big/f$i.bin" || bad=$((bad + 1))
        single+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", 1073.741824 / (b - a) }')")
    done
    rm -f "$W/got.bin"
    t0=$(now)
    local clients=()
    for i in $(seq 16); do curl -fsS -o "$W/mid$i.bin" "$base/mid/m$i.bin" & clients+=($!); done
    for i in "${clients[@]}"; do wait "$i" || bad=$((bad + 1)); done
    t1=$(now)
    for i in $(seq 16); do cmp -s "$W/mid$i.bin" "$W/tree/mid/m$i.bin" || bad=$((bad + 1)); rm -f "$W/mid$i.bin"; done
    local concurrent; concurrent=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", 16 * 67.108864 / (b - a) }')
    local urls=() f
    for f in "$W"/tree/small/a/*.rpm "$W"/tree/small/b/*.xml; do urls+=("$base/${f#"$W"/tree/}" -o "$W/small.out"); done
    t0=$(now); curl -fsS "${urls[@]}" || bad=$((bad + 1)); t1=$(now)
    local small; small=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", 2000 / (b - a) }')
    local cpu; cpu=$(awk -v a="$cpu0" -v b="$(cpu_seconds "$pid")" 'BEGIN { printf "%.2f", b - a }')
    printf '%-10s single 1 GiB MB/s: %s  16 concurrent MB/s: %s  small files/s: %s  server CPU s: %s  peak RSS MB: %s  failures: %s\n' \
        "$name" "${single[*]}" "$concurrent" "$small" "$cpu" "$(peak_rss_mb "$pid")" "$bad"
}

bench_serve() {
    make_serve_tree
    echo "image: $(stat -c %s "$W/bench.iso") bytes, $(find "$W/tree" -type f | wc -l) files"
    rm -rf "$W/ws"; mkdir -p "$W/ws"
    export CRASHCART_WORKSPACE="$W/ws"
    local t0; t0=$(now)
    "$cli" distros import "$W/bench.iso" --name bench > /dev/null || { echo "import failed"; return 1; }
    echo "import of the 4 GiB image: $(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }') s"
    "$cli" serve --listen 127.0.0.1 --tftp-port off --http-port "$PORT_OURS" --dhcp off > "$W/serve.log" 2>&1 &
    local ours=$!; PIDS+=("$ours")
    cat > "$W/nginx.conf" <<NGINX
worker_processes auto;
pid $W/nginx.pid;
error_log $W/nginx-error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  sendfile on; tcp_nopush on; access_log off; keepalive_requests 100000;
  default_type application/octet-stream;
  server { listen 127.0.0.1:$PORT_NGINX; location /distros/bench/ { alias $W/tree/; } }
}
NGINX
    nginx -c "$W/nginx.conf" -p "$W" &
    local ng=$!; PIDS+=("$ng")
    sleep 1
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT_OURS/distros/bench/.treeinfo" || { cat "$W/serve.log"; return 1; }
    measure crashcart "http://127.0.0.1:$PORT_OURS/distros/bench" "$ours"
    # nginx's workers do the work: their CPU and RSS, summed and maxed, after the run.
    local workers; workers=$(pgrep -P "$ng" | tr '\n' ' ')
    measure nginx "http://127.0.0.1:$PORT_NGINX/distros/bench" "${workers%% *}"
    echo "(nginx: CPU and RSS of one of its workers: $workers)"
    kill "$ours" "$ng"; wait "$ours" "$ng" 2>/dev/null
}

bench_import() {
    local t="$W/bigtree"
    if [ ! -f "$W/big.iso" ]; then
        rm -rf "$t"; mkdir -p "$t/images/pxeboot"
        cp "$W/tree/.treeinfo" "$t/" 2>/dev/null || printf '[general]\nfamily = AlmaLinux\nversion = 9.4\narch = x86_64\n' > "$t/.treeinfo"
        head -c 1000000 /dev/urandom > "$t/images/pxeboot/vmlinuz"
        head -c 1000000 /dev/urandom > "$t/images/pxeboot/initrd.img"
        head -c $((5 << 30)) /dev/urandom > "$t/part1.bin"
        head -c $((5 << 30)) /dev/urandom > "$t/part2.bin"
        xorriso -as mkisofs -quiet -R -J -iso-level 3 -o "$W/big.iso" "$t" && rm -rf "$t"
    fi
    echo "image: $(stat -c %s "$W/big.iso") bytes"
    local run
    for run in cold warm; do
        for tool in sha256sum crashcart; do
            [ "$run" != cold ] || { sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || echo "(cannot drop caches: not root)"; }
            rm -rf "$W/ws-import"; mkdir -p "$W/ws-import"
            local t0; t0=$(now)
            if [ "$tool" = sha256sum ]; then sha256sum "$W/big.iso" > /dev/null; else CRASHCART_WORKSPACE="$W/ws-import" "$cli" distros import "$W/big.iso" > /dev/null; fi
            printf '%-5s %-10s %s s\n' "$run" "$tool" "$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')"
        done
    done
}

case "$mode" in
    serve) bench_serve ;;
    import) bench_import ;;
    all) bench_serve; bench_import ;;
    *) echo "usage: $0 [serve|import|all]" >&2; exit 2 ;;
esac
