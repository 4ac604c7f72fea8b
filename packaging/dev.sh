#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The newcomer's commands, on Debian 12 as root or through sudo:
#   packaging/dev.sh run    install what is missing, build, start the app
#   packaging/dev.sh test   install what is missing, build, run the whole test suite
#   packaging/dev.sh build  install what is missing and build
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CRASHCART_BUILD_DIR:-$top/build}
cd "$top"

# `run` and `build` need what builds and runs the app; `test` also what the tests drive.
packages() {
    local lists=(packaging/debian-build.txt packaging/debian-runtime.txt)
    [ "${1:-}" = test ] && lists+=(packaging/debian-test.txt)
    grep -hE '^[a-z0-9]' "${lists[@]}" | sort -u
}

install_missing() {
    local missing=() pkg
    while read -r pkg; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done < <(packages "${1:-}")
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# CRASHCART_SANITIZE=address,undefined (what CI sets) builds everything with AddressSanitizer
# and UBSan, at -O1 with line tables only: they compile faster than -O2 -g and still name the
# line of every report. A build folder made one way and asked for the other is reconfigured.
configure_and_build() {
    local sanitize=${CRASHCART_SANITIZE:-} opt="-O2 -g -DNDEBUG"
    [ -n "$sanitize" ] && opt="-O1 -g1"
    local flags=(-DCMAKE_C_FLAGS_RELWITHDEBINFO="$opt" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$opt")
    if [ ! -f "$build/CMakeCache.txt" ] \
        || [ "$(sed -n 's/^CRASHCART_SANITIZE:STRING=//p' "$build/CMakeCache.txt")" != "$sanitize" ]; then
        cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRASHCART_SANITIZE="$sanitize" "${flags[@]}"
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

case "${1:-}" in
run)
    install_missing
    configure_and_build
    shift
    exec "$build/app/crashcart" "$@"
    ;;
build)
    install_missing
    configure_and_build
    ;;
test)
    install_missing test
    configure_and_build
    shift
    cd "$build"
    # Leaks of third-party libraries that are not ours to fix (tests/sanitize/lsan.supp).
    [ -n "${CRASHCART_SANITIZE:-}" ] && export LSAN_OPTIONS="suppressions=$top/tests/sanitize/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    # The BMC tests keep logins in the keychain: a session bus and a keyring of their own.
    # Two at a time: the tests that need the machine to themselves (the boots, the sanitizer
    # and fuzz builds, the package) are RUN_SERIAL and run alone.
    QT_QPA_PLATFORM=offscreen dbus-run-session -- "$top/tests/keyring-session.sh" \
        ctest --output-on-failure --timeout 900 --parallel "$(nproc)" "$@"
    ;;
*)
    echo "usage: packaging/dev.sh run|build|test [args]" >&2
    exit 2
    ;;
esac
