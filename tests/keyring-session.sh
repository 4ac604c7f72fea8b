#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a Secret Service (gnome-keyring, unlocked, in a folder of its own) on the
# session bus, for the tests that keep BMC logins in the keychain as the app does. Run it under
# dbus-run-session, which ends the bus and with it the keyring daemon:
#   dbus-run-session -- tests/keyring-session.sh ctest ...
set -euo pipefail
if command -v gnome-keyring-daemon >/dev/null && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    keyrings=$(mktemp -d)
    trap 'rm -rf "$keyrings"' EXIT
    # The password only unlocks this throw-away keyring.
    printf 'crashcart-tests' | XDG_DATA_HOME=$keyrings gnome-keyring-daemon --unlock --components=secrets >/dev/null
fi
"$@"
