#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# netboot.sh - Crashcart's TFTP and HTTP servers side by side with the peer tools, in one
# run, through the shared harnesses (../shared/bench): same client, same files, loopback.
#
# Usage: bench/netboot.sh [quick|full|http-small|storm]
#   quick : curl at blksize 1468; atftp at 1468 with windowsize 1/16; 20 concurrent 32 MiB;
#           HTTP 1 GiB single client (a few minutes)
#   full  : every blksize (512 1468 8192 65464) and windowsize (1 8 16 64), 20 and 100
#           concurrent clients, HTTP single and 32 concurrent, against every peer
#   http-small : small requests only: wrk on the 4 KiB file, nginx and Crashcart alternating
#           for ROUNDS (default 5) rounds of one wrk run each (the big-file parts run once
#           per round at their smallest: one client, one run); prints each round and the
#           medians and their ratio. Env WRK_DUR, WRK_CONNS, WRK_THREADS pass through.
#   storm : a boot storm: CLIENTS (default "100 200") atftp clients at once, each fetching
#           the 32 MiB file at blksize 1468, against atftpd, tftpd-hpa and Crashcart, the
#           servers taking turns for ROUNDS (default 3) rounds. Per run: aggregate MB/s,
#           failures, the server's CPU seconds (its cgroup) and peak RSS (the sum over the
#           server's processes, sampled every 100 ms: tftpd-hpa forks one per transfer);
#           then the medians and Crashcart's ratio to atftpd. Wants a quiet machine.
# Needs the peers: ../shared/bench/run_baselines.sh setup (tftpd-hpa, dnsmasq, atftpd, nginx).
# Env: CRASHCART_CLI (default build/app/crashcart-cli), SHARED_BENCH (default ../shared/bench).
# Results: the harnesses' SUMMARY lines, and TSVs under $RESULTS (/tmp/crashcart-bench/results).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED_BENCH:-$top/../shared/bench}
cli=${CRASHCART_CLI:-$top/build/app/crashcart-cli}
mode=${1:-quick}
[ -x "$cli" ] || { echo "build crashcart-cli first ($cli)" >&2; exit 2; }
[ -d "$shared" ] || { echo "no shared harnesses at $shared" >&2; exit 2; }
ours_tftp="$cli serve --root {ROOT} --listen 127.0.0.1 --tftp-port {PORT} --http-port off --dhcp off"
ours_http="$cli serve --root {ROOT} --listen 127.0.0.1 --tftp-port off --http-port {PORT} --dhcp off"

"$shared/make_testfiles.sh" > /dev/null

if [ "$mode" = http-small ]; then
  rounds=${ROUNDS:-5} rows=$(mktemp /tmp/netboot-http-small.XXXXXX)
  for r in $(seq 1 "$rounds"); do
    for s in "nginx|8080|nginx" "$ours_http|8085|crashcart"; do
      IFS='|' read -r srv port label <<< "$s"
      rps=$(WRK_ROUNDS=1 CONC_ROUNDS=1 "$shared/http_throughput.sh" -s "$srv" -p "$port" -r 1 -n 1 -l "$label" \
            | sed -n 's/^SUMMARY.* wrk4k_rps=\([0-9.]*\).*/\1/p')
      echo "round $r $label wrk4k_rps=${rps:-failed} load=$(cut -d' ' -f1 /proc/loadavg)"
      [ -n "$rps" ] && echo "$label $rps" >> "$rows"
    done
  done
  python3 - "$rows" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
got = {l: [float(v) for k, v in rows if k == l] for l in ("nginx", "crashcart")}
med = {l: statistics.median(v) if v else float("nan") for l, v in got.items()}
print("SUMMARY netboot http-small nginx_rps=%.0f (n=%d) crashcart_rps=%.0f (n=%d) ratio=%.2f"
      % (med["nginx"], len(got["nginx"]), med["crashcart"], len(got["crashcart"]), med["crashcart"] / med["nginx"]))
PY
  rm -f "$rows"
  exit 0
fi

if [ "$mode" = storm ]; then
  rounds=${ROUNDS:-3} rows=$(mktemp /tmp/netboot-storm.XXXXXX)
  # Peak resident memory of whatever serves UDP PORT and the processes of its group, in KiB.
  peak_rss() { # port stopfile outfile
    local port=$1 stop=$2 out=$3 peak=0 pid pgid sum
    while [ ! -e "$stop" ]; do
      pid=$(ss -Hlunp "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
      if [ -n "$pid" ] && pgid=$(ps -o pgid= -p "$pid" 2>/dev/null); then
        sum=$(ps -o rss= -g "${pgid// /}" 2>/dev/null | awk '{ s += $1 } END { print s + 0 }')
        [ "$sum" -gt "$peak" ] && peak=$sum
      fi
      sleep 0.1
    done
    echo "$peak" > "$out"
  }
  for n in ${CLIENTS:-100 200}; do
    for r in $(seq 1 "$rounds"); do
      for s in "atftpd|6971|atftpd" "tftpd-hpa|6969|tftpd-hpa" "$ours_tftp|6975|crashcart"; do
        IFS='|' read -r srv port label <<< "$s"
        stop=$(mktemp -u /tmp/netboot-storm-stop.XXXXXX) peakfile=$(mktemp /tmp/netboot-storm-peak.XXXXXX)
        peak_rss "$port" "$stop" "$peakfile" &
        sampler=$!
        line=$("$shared/tftp_concurrency.sh" -s "$srv" -p "$port" -n "$n" -c atftp -b 1468 -f f32m.bin -r 1 -t 600 -l "$label" \
               | grep '^SUMMARY')
        touch "$stop"; wait "$sampler"; rm -f "$stop"
        peak=$(cat "$peakfile"); rm -f "$peakfile"
        agg=$(sed -n 's/.* agg_MBps_med=\([0-9.]*\).*/\1/p' <<< "$line")
        fail=$(sed -n 's/.* failures_med=\([0-9.]*\).*/\1/p' <<< "$line")
        cpu=$(sed -n 's/.* server_cpu_s_med=\([0-9.]*\).*/\1/p' <<< "$line")
        echo "clients=$n round=$r $label agg_MBps=${agg:-failed} failures=${fail:-?} server_cpu_s=${cpu:-?} peak_rss_MiB=$((peak / 1024)) load=$(cut -d' ' -f1 /proc/loadavg)"
        [ -n "$agg" ] && echo "$n $label $agg ${fail%.*} $cpu $peak" >> "$rows"
      done
    done
  done
  python3 - "$rows" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for n in sorted({int(r[0]) for r in rows}):
    med = {}
    for label in ("atftpd", "tftpd-hpa", "crashcart"):
        got = [r for r in rows if int(r[0]) == n and r[1] == label]
        if not got:
            continue
        m = lambda i: statistics.median(float(r[i]) for r in got)
        med[label] = m(2)
        print("SUMMARY netboot storm clients=%d server=%s agg_MBps=%.1f failures=%d server_cpu_s=%.1f peak_rss_MiB=%.0f (n=%d)"
              % (n, label, m(2), max(int(r[3]) for r in got), m(4), m(5) / 1024, len(got)))
    if "atftpd" in med and "crashcart" in med:
        print("SUMMARY netboot storm clients=%d crashcart/atftpd=%.2f" % (n, med["crashcart"] / med["atftpd"]))
PY
  rm -f "$rows"
  exit 0
fi

if [ "$mode" = quick ]; then
  for s in "tftpd-hpa 6969" "dnsmasq 69" "atftpd 6971"; do
    set -- $s
    "$shared/tftp_throughput.sh" -s "$1" -p "$2" -c curl -b 1468 -r 3 -l "$1"
  done
  "$shared/tftp_throughput.sh" -s "$ours_tftp" -p 6975 -c curl -b 1468 -r 3 -l crashcart
  "$shared/tftp_throughput.sh" -s atftpd -p 6971 -c atftp -b 1468 -w "1 16" -r 3 -l atftpd
  "$shared/tftp_throughput.sh" -s "$ours_tftp" -p 6975 -c atftp -b 1468 -w "1 16" -r 3 -l crashcart
  "$shared/tftp_concurrency.sh" -s tftpd-hpa -p 6969 -n 20 -r 2 -l tftpd-hpa
  "$shared/tftp_concurrency.sh" -s "$ours_tftp" -p 6975 -n 20 -r 2 -l crashcart
  "$shared/http_throughput.sh" -s nginx -p 8080 -r 3 -l nginx
  "$shared/http_throughput.sh" -s "$ours_http" -p 8085 -r 3 -l crashcart
  exit 0
fi

for s in "tftpd-hpa 6969" "dnsmasq 69" "atftpd 6971" "$ours_tftp|6975"; do
  srv=${s%|*}; port=${s##*|}; [ "$srv" = "$s" ] && { set -- $s; srv=$1; port=$2; }
  "$shared/tftp_throughput.sh" -s "$srv" -p "$port" -c curl -b "512 1468 8192 65464"
  "$shared/tftp_throughput.sh" -s "$srv" -p "$port" -c atftp -b "512 1468 8192 65464" -w "1 8 16 64"
  for n in 20 100; do
    "$shared/tftp_concurrency.sh" -s "$srv" -p "$port" -n "$n" -f f32m.bin
  done
done
"$shared/http_throughput.sh" -s nginx -p 8080 -l nginx
"$shared/http_throughput.sh" -s "$ours_http" -p 8085 -l crashcart
