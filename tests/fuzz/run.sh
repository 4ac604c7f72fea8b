#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a bounded time.
# Usage: run.sh SOURCE_DIR BUILD_DIR [SECONDS]    Exit: 0 no finding, 1 a finding or a build
# failure, 77 clang or its runtime missing (packaging/dev.sh test installs them).
set -euo pipefail
SRC=$1; B=$2; SECONDS_EACH=${3:-${FUZZ_SECONDS:-30}}
command -v clang++ >/dev/null || { echo "SKIP: clang++ missing"; exit 77; }
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 \
    || { echo "SKIP: libclang-rt-14-dev missing"; exit 77; }
cmake -S "$SRC" -B "$B" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRASHCART_FUZZ=ON >/dev/null
cmake --build "$B" --target fuzz_tftp fuzz_dhcp fuzz_http fuzz_initrd fuzz_elf fuzz_kickstart fuzz_syslog fuzz_ipmi fuzz_redfish fuzz_iso \
    fuzz_tftp_transfer fuzz_csv
status=0
for t in tftp dhcp http initrd elf kickstart syslog ipmi redfish iso tftp_transfer csv; do
    corpus="$B/corpus-$t"; mkdir -p "$corpus" "$B/findings-$t"
    echo "== fuzz_$t for ${SECONDS_EACH}s"
    if ! (cd "$B/findings-$t" && UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
          "$B/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
          -print_final_stats=1 "$corpus" "$SRC/tests/fuzz/corpus/$t" 2>&1 | tail -25); then
        status=1
    fi
    if ls "$B/findings-$t"/crash-* "$B/findings-$t"/leak-* "$B/findings-$t"/timeout-* "$B/findings-$t"/oom-* >/dev/null 2>&1; then
        echo "fuzz_$t: findings in $B/findings-$t"; status=1
    fi
done
exit $status
