#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ThreadSanitizer over the threads that carry transfers and events: builds the netboot and
# bootconfig tests (and the libraries under them) with -fsanitize=thread in a build of their
# own and runs them; any data race or lock-order inversion fails the run.
# Usage: tsan.sh SOURCE_DIR BUILD_DIR    Exit: 0 clean, 1 a report or a failed test/build.
set -euo pipefail
SRC=$1; B=$2
tests=$(sed -n 's/^crashcart_test(\([a-z_0-9]*\) .*/\1/p' "$SRC/tests/netboot/CMakeLists.txt" "$SRC/tests/bootconfig/CMakeLists.txt")
cmake -S "$SRC" -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRASHCART_SANITIZE=thread >/dev/null
# shellcheck disable=SC2086 # one target a word
cmake --build "$B" --target $tests
cd "$B"
# Tests start clients (curl) with fork+exec from a threaded process: die_after_fork=0 lets them.
# ignore_noninstrumented_modules: libc calls made by glib and Qt (the event loop's eventfd
# wake-ups) are theirs to get right, not ours.
# Qt itself is not built with TSan: what it synchronises inside its own code (the event queue
# of a thread, QThread's start) is unseen, so those frames are named in the suppressions.
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 history_size=4 die_after_fork=0 ignore_noninstrumented_modules=1 suppressions=$SRC/tests/sanitize/tsan.supp"
ctest --output-on-failure --timeout 600 -R "^($(echo $tests | tr ' ' '|'))\$"
