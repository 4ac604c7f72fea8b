#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# dhcp_placement_e2e.sh - DHCP where it belongs (issue #13), on the e2e lab's segment (lab.sh:
# the lab namespace's bridge br0 with Crashcart, the site's dnsmasq behind a veth), plus:
#   a client namespace on br0 (busybox udhcpc, and dhcptool.py to craft messages and see replies),
#   a second segment: br1 in the lab namespace (Crashcart's machine has an address there too)
#   with a client namespace of its own, and a "rogue" namespace on br0 for a second proxyDHCP.
# What must hold:
#   pre-flight  `serve --check --dhcp proxy` finds the site's DHCP server and no other PXE
#               server; with a dnsmasq proxyDHCP (pxe-service) started on the segment it names it.
#   proxy       a non-PXE client (udhcpc) gets its lease from the site's dnsmasq, and Crashcart
#               sends it nothing (not one datagram of its chaddr on the wire, no log line), while
#               a PXE DISCOVER on the same wire does get Crashcart's offer. A PXE client's REQUEST
#               to the site's server (option 54) gets nothing from Crashcart.
#   full        `serve --dhcp full --interface br0`: udhcpc on br0 gets a lease from Crashcart,
#               udhcpc and a PXE DISCOVER on br1 get nothing. REQUESTs meant for another server
#               get nothing: one naming another server (option 54), an INIT-REBOOT and a
#               REBINDING for an address of another server's range (RFC 2131 4.3.2), while a
#               REQUEST naming Crashcart gets its ACK.
# Usage: dhcp_placement_e2e.sh CRASHCART_CLI [WORKDIR]    Exit: 0 ok, 1 failed, 77 cannot run here.
set -euo pipefail
CLI=$1; W=${2:-/tmp/crashcart-dhcp-$$}
HERE=$(cd "$(dirname "$0")" && pwd)
TOOL="$HERE/dhcptool.py"

# shellcheck source=lab.sh
. "$HERE/lab.sh"
lab_require dnsmasq ip busybox python3
PY=$(command -v /usr/bin/python3 || command -v python3) # not a shim: the PID must be Python's own
busybox udhcpc --help > /dev/null 2>&1 || lab_skip "busybox has no udhcpc"
CL=ccclient$$; OTHER=ccother$$; ROGUE=ccrogue$$
OTHERNET=10.233.$((RANDOM % 200))
CL_MAC=52:54:00:e2:d0:01; OTHER_MAC=52:54:00:e2:d0:02
cleanup() {
    lab_cleanup
    local ns
    for ns in "$CL" "$OTHER" "$ROGUE"; do ip netns del "$ns" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

rm -rf "$W"; mkdir -p "$W/root"
chmod 755 "$W"
FAILED=()
fail() { echo "FAIL: $*"; FAILED+=("$*"); }
pass() { echo "PASS: $*"; }

# A namespace $1 with interface eth0 (MAC $3), its peer $2 in bridge $4 of the lab namespace.
attach() {
    ip netns add "$1"; ip -n "$1" link set lo up
    ip -n "$LAB" link add "$2" type veth peer name eth0 netns "$1"
    ip -n "$1" link set eth0 address "$3"; ip -n "$1" link set eth0 up
    ip -n "$LAB" link set "$2" master "$4"; ip -n "$LAB" link set "$2" up
}

# udhcpc in namespace $1 as a plain (non-PXE) client: its vendor class is busybox's own
# ("udhcp 1.35.0"), never PXEClient. What it was given goes to $W/udhcpc-$2.env; returns 0 on a lease.
udhcpc_run() {
    printf '#!/bin/sh\n[ "$1" = bound ] && env | grep -E "^(ip|serverid|subnet|siaddr|boot_file)=" > %s\nexit 0\n' \
        "$W/udhcpc-$2.env" > "$W/udhcpc.script"
    chmod 755 "$W/udhcpc.script"; rm -f "$W/udhcpc-$2.env"
    ip netns exec "$1" busybox udhcpc -i eth0 -f -q -n -t 4 -T 2 -s "$W/udhcpc.script" > "$W/udhcpc-$2.out" 2>&1 || true
    [ -s "$W/udhcpc-$2.env" ]
}

# Watches eth0 of namespace $1 into $W/watch-$2.jsonl until watch_stop $2.
declare -A WATCHERS
watch_start() {
    ip netns exec "$1" "$PY" "$TOOL" watch eth0 "$W/watch-$2.jsonl" > "$W/watch-$2.out" 2>&1 &
    WATCHERS[$2]=$!; PIDS+=($!)
    for _ in $(seq 30); do grep -q ready "$W/watch-$2.out" 2>/dev/null && return 0; sleep 0.1; done
    echo "the watcher in $1 did not start"; cat "$W/watch-$2.out"; return 1
}
watch_stop() { kill "${WATCHERS[$1]}" 2>/dev/null || true; wait "${WATCHERS[$1]}" 2>/dev/null || true; }

# Replies in $1 (JSON lines) from Crashcart (sent from one of its addresses or naming one as the
# server) to the client hardware addresses $2... (all of them without).
from_crashcart() {
    "$PY" -c 'import json, sys
ours, macs = {sys.argv[2], sys.argv[3]}, set(sys.argv[4:])
for line in open(sys.argv[1]):
    m = json.loads(line)
    if m["op"] == 2 and (m["src"] in ours or m["server_id"] in ours) and (not macs or m["chaddr"] in macs):
        print(line, end="")' "$1" "$SUBNET.1" "$OTHERNET.1" "${@:2}"
}
# Field $2 of the first reply of type $3 in file $1 from server $4 (its option 54).
reply_field() {
    "$PY" -c 'import json, sys
for line in open(sys.argv[1]):
    m = json.loads(line)
    if m["type"] == sys.argv[3] and m["server_id"] == sys.argv[4]:
        print(m[sys.argv[2]]); break' "$@"
}

start=$(date +%s)
lab_network
ip -n "$LAB" link add br1 type bridge
ip -n "$LAB" addr add "$OTHERNET.1/24" dev br1
ip -n "$LAB" link set br1 up
attach "$CL" clv "$CL_MAC" br0
attach "$OTHER" otv "$OTHER_MAC" br1
attach "$ROGUE" rgv 52:54:00:e2:d0:03 br0
ip -n "$ROGUE" addr add "$SUBNET.3/24" dev eth0
cp /usr/lib/PXELINUX/pxelinux.0 /usr/lib/syslinux/modules/bios/ldlinux.c32 "$W/root/" 2>/dev/null || true
[ ! -f /usr/lib/ipxe/snponly.efi ] || cp /usr/lib/ipxe/snponly.efi "$W/root/"
lab_site_dhcp
CHECK=(--root "$W/root" --listen "$SUBNET.1" --interface br0 --tftp-port 69 --http-port 8080 --dhcp proxy)

echo "=== pre-flight: the site's DHCP server alone"
ip netns exec "$LAB" "$CLI" serve --check "${CHECK[@]}" > "$W/check-1.txt" 2>&1 || true
cat "$W/check-1.txt"
grep -q "The site's DHCP server $SUBNET.2 hands out addresses" "$W/check-1.txt" \
    && pass "pre-flight sees the site's DHCP server" || fail "pre-flight did not see the site's DHCP server"
! grep -q "Another PXE server" "$W/check-1.txt" && pass "pre-flight sees no other PXE server" \
    || fail "pre-flight reports a PXE server where there is none"

echo "=== pre-flight: a second proxyDHCP on the segment ($SUBNET.3)"
ip netns exec "$ROGUE" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 --interface=eth0 --bind-interfaces \
    --dhcp-range="$SUBNET.0,proxy" --pxe-service=x86PC,"rogue",rogue --pxe-service=X86-64_EFI,"rogue",rogue-efi \
    --log-dhcp --log-facility="$W/rogue.log" &
ROGUE_PID=$!; PIDS+=("$ROGUE_PID")
sleep 1
ip netns exec "$LAB" "$CLI" serve --check --json "${CHECK[@]}" > "$W/check-2.json" 2>"$W/check-2.err" || true
cat "$W/check-2.json" "$W/check-2.err"
"$PY" -c 'import json, sys
found = [f for f in json.load(open(sys.argv[1])) if f["severity"] == "warning" and sys.argv[2] in f["message"]
         and "Another PXE server" in f["message"]]
sys.exit(0 if found else 1)' "$W/check-2.json" "$SUBNET.3" \
    && pass "pre-flight names the second proxyDHCP $SUBNET.3" || fail "pre-flight missed the second proxyDHCP"
grep -q "PXE" "$W/rogue.log" && pass "the second proxyDHCP did answer the probe" \
    || fail "the second proxyDHCP never answered (rogue.log)"
kill "$ROGUE_PID"; wait "$ROGUE_PID" 2>/dev/null || true

echo "=== proxy mode next to the site's DHCP server"
lab_serve --root "$W/root" --dhcp proxy || exit 1
watch_start "$CL" proxy
if udhcpc_run "$CL" proxy; then
    cat "$W/udhcpc-proxy.env"
    grep -qx "serverid=$SUBNET.2" "$W/udhcpc-proxy.env" && pass "udhcpc leased from the site's DHCP server" \
        || fail "udhcpc's lease is not the site's"
else
    cat "$W/udhcpc-proxy.out"; fail "udhcpc got no lease in proxy mode"
fi
CL_IP=$(sed -n 's/^ip=//p' "$W/udhcpc-proxy.env" 2>/dev/null || true)
# A PXE client's REQUEST to the site's server, as firmware sends it after the two offers.
ip netns exec "$CL" "$PY" "$TOOL" send eth0 request --mac 52:54:00:e2:d0:11 --pxe --requested "${CL_IP:-$SUBNET.120}" \
    --server-id "$SUBNET.2" --wait 3 > "$W/proxy-request.jsonl"
# The control: a PXE client on the same wire does get Crashcart's offer (and the watcher sees it).
ip netns exec "$CL" "$PY" "$TOOL" send eth0 discover --mac 52:54:00:e2:d0:12 --pxe --wait 3 > "$W/proxy-pxe.jsonl"
cat "$W/proxy-pxe.jsonl"
[ -n "$(reply_field "$W/proxy-pxe.jsonl" file OFFER "$SUBNET.1")" ] && pass "a PXE DISCOVER gets Crashcart's offer with a boot file" \
    || fail "Crashcart did not answer a PXE DISCOVER: the silence below proves nothing"
sleep 1
watch_stop proxy
[ -n "$(from_crashcart "$W/watch-proxy.jsonl" 52:54:00:e2:d0:12)" ] || fail "the watcher did not see Crashcart's offer: it proves nothing"
discovers=$(grep -F "\"chaddr\": \"$CL_MAC\"" "$W/watch-proxy.jsonl" | grep -c '"type": "DISCOVER"' || true)
[ "$discovers" -gt 0 ] && pass "the watcher saw udhcpc's DISCOVER ($discovers)" || fail "the watcher saw no DISCOVER from udhcpc: it proves nothing"
! grep -F "\"chaddr\": \"$CL_MAC\"" "$W/watch-proxy.jsonl" | grep -q '"vendor": "PXEClient' \
    && pass "udhcpc is no PXE client (no PXEClient vendor class)" || fail "udhcpc said PXEClient: the test proves nothing"
# Nothing from Crashcart to udhcpc's chaddr, nor to the REQUEST; no log line about either.
if [ -z "$(from_crashcart "$W/watch-proxy.jsonl" "$CL_MAC" 52:54:00:e2:d0:11)" ]; then
    pass "proxy mode sent nothing to udhcpc or to the REQUEST for the site"
else
    from_crashcart "$W/watch-proxy.jsonl" "$CL_MAC" 52:54:00:e2:d0:11
    fail "proxy mode answered a non-PXE client or a REQUEST for another server"
fi
! grep -qiE "dhcp ($CL_MAC|52:54:00:e2:d0:11)" "$W/crashcart.log" && pass "the serve log has no answer to them" \
    || fail "the serve log shows an answer to them"
kill "$CRASHCART"; wait "$CRASHCART" 2>/dev/null || true
echo "--- crashcart log (proxy)"; cat "$W/crashcart.log"

echo "=== full mode on br0, with br1 beside it"
for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done  # the site's dnsmasq: full DHCP wants the segment alone
for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()
export CRASHCART_WORKSPACE="$W/ws"
"$CLI" hosts list > /dev/null
lab_serve --dhcp full --pool "$SUBNET.100-$SUBNET.150" || exit 1
watch_start "$OTHER" full-other
if udhcpc_run "$OTHER" full-other; then cat "$W/udhcpc-full-other.env"; fail "a client on br1 got a lease in full mode on br0"
else pass "udhcpc on br1 got no lease"; fi
ip netns exec "$OTHER" "$PY" "$TOOL" send eth0 discover --mac 52:54:00:e2:d0:21 --pxe --wait 3 > "$W/other-pxe.jsonl"
[ ! -s "$W/other-pxe.jsonl" ] && pass "a PXE DISCOVER on br1 gets nothing" || { cat "$W/other-pxe.jsonl"; fail "a PXE DISCOVER on br1 was answered"; }
watch_stop full-other
grep -q '"type": "DISCOVER"' "$W/watch-full-other.jsonl" || fail "the watcher on br1 saw no DISCOVER: it proves nothing"
[ -z "$(from_crashcart "$W/watch-full-other.jsonl")" ] && pass "nothing from Crashcart on br1" \
    || { from_crashcart "$W/watch-full-other.jsonl"; fail "Crashcart sent something on br1"; }
if udhcpc_run "$CL" full; then
    cat "$W/udhcpc-full.env"
    grep -qx "serverid=$SUBNET.1" "$W/udhcpc-full.env" && pass "udhcpc on br0 leased from Crashcart" || fail "udhcpc on br0: not Crashcart's lease"
else
    cat "$W/udhcpc-full.out"; fail "udhcpc on br0 got no lease from full mode"
fi

echo "=== full mode: REQUESTs meant for another server"
watch_start "$CL" full-requests
# 1. Option 54 names another server; the address is in Crashcart's pool.
ip netns exec "$CL" "$PY" "$TOOL" send eth0 request --mac 52:54:00:e2:d0:31 --server-id "$SUBNET.9" \
    --requested "$SUBNET.120" --wait 3 > "$W/req-other-server.jsonl"
# 2. INIT-REBOOT: no option 54, an address of this network outside the pool, a client unknown here.
ip netns exec "$CL" "$PY" "$TOOL" send eth0 request --mac 52:54:00:e2:d0:32 --requested "$SUBNET.20" \
    --wait 3 > "$W/req-init-reboot.jsonl"
# 3. REBINDING: ciaddr only, broadcast, same address range.
ip netns exec "$CL" "$PY" "$TOOL" send eth0 request --mac 52:54:00:e2:d0:33 --ciaddr "$SUBNET.21" \
    --wait 3 > "$W/req-rebinding.jsonl"
for r in other-server init-reboot rebinding; do
    [ ! -s "$W/req-$r.jsonl" ] && pass "REQUEST ($r) got no reply" || { cat "$W/req-$r.jsonl"; fail "REQUEST ($r) was answered"; }
done
# The control: the same kind of client choosing Crashcart gets its ACK.
ip netns exec "$CL" "$PY" "$TOOL" send eth0 discover --mac 52:54:00:e2:d0:34 --wait 2 > "$W/ctl-discover.jsonl"
OFFERED=$(reply_field "$W/ctl-discover.jsonl" yiaddr OFFER "$SUBNET.1")
ip netns exec "$CL" "$PY" "$TOOL" send eth0 request --mac 52:54:00:e2:d0:34 --server-id "$SUBNET.1" \
    --requested "${OFFERED:-$SUBNET.140}" --wait 3 > "$W/ctl-request.jsonl"
[ -n "$OFFERED" ] && [ "$(reply_field "$W/ctl-request.jsonl" yiaddr ACK "$SUBNET.1")" = "$OFFERED" ] \
    && pass "a REQUEST naming Crashcart gets its ACK ($OFFERED)" || { cat "$W/ctl-discover.jsonl" "$W/ctl-request.jsonl"; fail "the control REQUEST got no ACK"; }
watch_stop full-requests
# Nothing on the wire for the three MACs, whatever the tool missed.
if grep -E '"chaddr": "52:54:00:e2:d0:3[123]' "$W/watch-full-requests.jsonl" | grep -q '"op": 2'; then
    fail "a reply to a REQUEST for another server is on the wire"
else pass "no reply to them on the wire"; fi
kill "$CRASHCART"; wait "$CRASHCART" 2>/dev/null || true
echo "--- crashcart log (full)"; cat "$W/crashcart.log"

echo "RESULT dhcp-placement failures=${#FAILED[@]} seconds=$(( $(date +%s) - start ))"
[ ${#FAILED[@]} -eq 0 ]
