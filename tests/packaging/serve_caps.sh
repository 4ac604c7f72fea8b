#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# serve_caps.sh CRASHCART-CLI: runs `serve` as crashcart-serve.service does, as an unprivileged
# user whose only capability is CAP_NET_BIND_SERVICE (ambient, bounding set and no new
# privileges, set by setpriv instead of systemd), with proxyDHCP bound to one interface, in a
# network namespace of its own so that ports 67, 69, 80 and 4011 are free. It must bind them
# all, log to standard output, and end with 0 on SIGTERM. Root only; exits 77 elsewhere.
set -u
cli=$1
if [ "$(id -u)" != 0 ]; then
    echo "SKIP: dropping to another user with one capability needs root"
    exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
chown nobody "$dir"

# shellcheck disable=SC2016 # expanded by the inner shell
unshare --net bash -c '
    set -u
    ip link set lo up
    setpriv --reuid=nobody --regid=nogroup --clear-groups --no-new-privs \
        --inh-caps=-all,+net_bind_service --ambient-caps=-all,+net_bind_service --bounding-set=-all,+net_bind_service \
        env HOME="$2" CRASHCART_WORKSPACE="$2/ws" "$1" serve --listen 127.0.0.1 --dhcp proxy --interface lo \
        >"$2/log" 2>&1 &
    serve=$!
    for _ in $(seq 100); do
        grep -q "proxydhcp listening" "$2/log" && grep -q "http listening" "$2/log" && grep -q "tftp listening" "$2/log" && break
        sleep 0.2
    done
    grep CapEff /proc/$serve/status >"$2/caps"
    kill -TERM $serve
    wait $serve
    echo "exit status $?" >"$2/status"
' serve "$cli" "$dir"
cat "$dir/log" "$dir/caps" "$dir/status"
grep -qP "^CapEff:\s*0000000000000400$" "$dir/caps" &&
    grep -q "tftp listening on 127.0.0.1:69 " "$dir/log" &&
    grep -q "http listening on 127.0.0.1:80 " "$dir/log" &&
    grep -q "proxydhcp listening on ports 67 and 4011" "$dir/log" &&
    grep -q " stopped$" "$dir/log" &&
    grep -qx "exit status 0" "$dir/status"
