#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The long fuzz runs, outside CI: one target for SECONDS (default 3600) from the corpus kept in
# the tree, then the corpus minimised back into the tree (libFuzzer's -merge=1 keeps the inputs
# that add coverage). Run tests/fuzz/run.sh once first: it builds the targets.
# Usage: long.sh SOURCE_DIR FUZZ_BUILD_DIR TARGET [SECONDS]
#   TARGET: tftp | tftp_transfer | dhcp | kickstart | csv | initrd | ... (fuzz_TARGET in the build)
# Output: libFuzzer's final stats (executions, coverage, corpus) in $WORK/TARGET.log; findings
# (crash-*, leak-*, timeout-*, oom-*) in $WORK/findings-TARGET. Exit 1 on a finding.
# Env: WORK (default /tmp/crashcart-fuzz), NICE (default 19: builds and tests keep the CPUs).
set -euo pipefail
SRC=$1; B=$2; T=$3; SECS=${4:-3600}
WORK=${WORK:-/tmp/crashcart-fuzz}
bin="$WORK/bin/fuzz_$T"; kept="$SRC/tests/fuzz/corpus/$T"; grown="$WORK/corpus-$T"; found="$WORK/findings-$T"
mkdir -p "$WORK/bin" "$grown" "$found" "$kept"
# A copy of the binary: a rebuild of the fuzz tree during the hour does not touch the run.
cp "$B/tests/fuzz/fuzz_$T" "$bin"
cd "$found"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
nice -n "${NICE:-19}" "$bin" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "$grown" "$kept" > "$WORK/$T.log" 2>&1 || status=1
# Minimise: a fresh folder gets the smallest set of inputs that covers what both folders cover.
merged="$WORK/merged-$T"; rm -rf "$merged"; mkdir -p "$merged"
nice -n "${NICE:-19}" "$bin" -merge=1 -timeout=10 -rss_limit_mb=2048 "$merged" "$kept" "$grown" > "$WORK/$T.merge.log" 2>&1 || status=1
if [ -n "$(ls -A "$merged")" ]; then
    rm -f "$kept"/*
    cp "$merged"/* "$kept"/
fi
grep -E '^#[0-9]+.*DONE|stat::|cov:' "$WORK/$T.log" | tail -12
ls "$found" | grep -E '^(crash|leak|timeout|oom)-' && status=1
echo "fuzz_$T: exit $status; corpus in the tree: $(ls "$kept" | wc -l) files, $(du -sh "$kept" | cut -f1)"
exit $status
