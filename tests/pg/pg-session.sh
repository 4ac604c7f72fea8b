#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a throw-away PostgreSQL 15: a new cluster in a temporary folder,
# listening only on a Unix socket there, started before the command and stopped and removed
# after it, whatever happens. The command finds it in $CRASHCART_TEST_DATABASE (a libpq URI
# for the superuser "crashcart", trust authentication: only this folder's owner reaches the
# socket). As root, the cluster runs as "nobody" (PostgreSQL refuses to run as root).
#   tests/pg/pg-session.sh ctest -R database
# Exit status: the command's; 77 (CTest's skip code) when PostgreSQL 15 is not installed.
set -euo pipefail
bin=${CRASHCART_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "pg-session: $bin/initdb not found: install postgresql-15 (packaging/debian-test.txt)" >&2
    exit 77
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/crashcart-pg.XXXXXX")
as=()
if [ "$(id -u)" = 0 ]; then
    chown nobody: "$dir"
    as=(runuser -u nobody --)
fi
started=
watchdog=
child=
# shellcheck disable=SC2317  # called from the EXIT trap and the watchdog
stop_cluster() {
    (cd "$dir" && "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1) || true
}
# shellcheck disable=SC2317  # the EXIT trap
cleanup() {
    if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
        kill "$child" 2>/dev/null || true # timeout passes it on to the command
        wait "$child" 2>/dev/null || true
    fi
    if [ -n "$watchdog" ]; then
        kill "$watchdog" 2>/dev/null || true
        wait "$watchdog" 2>/dev/null || true
    fi
    if [ -n "$started" ]; then
        stop_cluster
    fi
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cd "$dir"
# No fsync: the cluster lives for one test run.
if ! "${as[@]}" "$bin/initdb" -D "$dir/data" -U crashcart -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    exit 1
fi
started=1
# Should this script be killed outright (SIGKILL, a CTest timeout), the watchdog ends the
# command, stops the cluster and removes the folder: nothing outlives the test run.
parent=$$
(
    trap - EXIT
    while kill -0 "$parent" 2>/dev/null; do sleep 1; done
    if [ -f "$dir/command.pid" ]; then kill "$(cat "$dir/command.pid")" 2>/dev/null || true; fi
    stop_cluster
    rm -rf "$dir"
) </dev/null >/dev/null 2>&1 &
watchdog=$!
if ! "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=50" \
    start >/dev/null; then
    cat "$dir/server.log" >&2
    exit 1
fi
cd - >/dev/null
export CRASHCART_TEST_DATABASE="postgresql://crashcart@/postgres?host=$dir"
export CRASHCART_TEST_PG_DIR="$dir"
status=0
timeout --kill-after=10 "${CRASHCART_PG_TIMEOUT:-900}" "$@" <&0 &
child=$!
echo "$child" >"$dir/command.pid"
wait "$child" || status=$?
child=
exit "$status"
