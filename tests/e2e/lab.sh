# SPDX-License-Identifier: GPL-3.0-or-later
# lab.sh - the lab the real-firmware e2e scripts share (sourced by pxe_e2e.sh and install_e2e.sh):
# network namespaces this script creates and deletes, nothing outside them.
#   $LAB:  the bridge br0 ($SUBNET.1/24), the VM's tap0 and Crashcart (`crashcart-cli serve`)
#   $SITE: the site's DHCP server (dnsmasq, addresses only), on veth1 ($SUBNET.2), bridged to br0
# Every process started here is put in PIDS; lab_cleanup (the EXIT trap) kills them by PID and
# deletes the namespaces.
# shellcheck shell=bash

SUBNET=10.232.$((RANDOM % 200)); LAB=cclab$$; SITE=ccsite$$
PIDS=()

lab_skip() { echo "SKIP: $*"; exit 77; }

# Root, a tun device and the given programs, or exit 77.
lab_require() {
    [ "$(id -u)" = 0 ] || lab_skip "needs root for network namespaces"
    [ -c /dev/net/tun ] || lab_skip "no /dev/net/tun"
    local t
    for t in "$@"; do command -v "$t" >/dev/null || lab_skip "$t missing (packaging/dev.sh installs it)"; done
}

lab_cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    ip netns del "$LAB" 2>/dev/null || true
    ip netns del "$SITE" 2>/dev/null || true
}

# Network: lab (bridge, tap, Crashcart) and site (the site's DHCP server), joined by a veth.
lab_network() {
    ip netns add "$LAB"; ip netns add "$SITE"
    ip -n "$LAB" link set lo up; ip -n "$SITE" link set lo up
    ip -n "$LAB" link add br0 type bridge
    ip -n "$LAB" addr add "$SUBNET.1/24" dev br0
    ip -n "$LAB" link set br0 up
    ip -n "$LAB" tuntap add dev tap0 mode tap
    ip -n "$LAB" link set tap0 master br0; ip -n "$LAB" link set tap0 up
    ip -n "$LAB" link add veth0 type veth peer name veth1 netns "$SITE"
    ip -n "$LAB" link set veth0 master br0; ip -n "$LAB" link set veth0 up
    ip -n "$SITE" addr add "$SUBNET.2/24" dev veth1
    ip -n "$SITE" addr add fd00:232::2/64 dev veth1 nodad
    ip -n "$SITE" link set veth1 up
}

# The lossy link (issue #13): tap0 leaves br0 for a bridge of its own, brvm, joined to br0 by a
# link that loses, reorders and duplicates frames both ways, so everything between the VM and the
# lab (DHCP, TFTP data and ACKs, HTTP) crosses it. With sch_netem the link is a veth pair with
# `tc qdisc ... netem` on the egress of each end; without it (a kernel that has neither the module
# nor netem built in) it is lossylink.py between two taps, the same model in user space, seeded.
# LOSS_LINK=auto (netem if the kernel has it) | netem | relay. Sets LINK_KIND; the relay's
# account of what it did goes to $W/lossylink.log when it stops.
LOSS_PCT=${LOSS_PCT:-10}; DELAY_MS=${DELAY_MS:-5}; REORDER_PCT=${REORDER_PCT:-25}; DUP_PCT=${DUP_PCT:-5}
lab_netem_works() {
    local ns=ccnetem$$ ok=1
    ip netns add "$ns" || return 1
    ip -n "$ns" link add n0 type veth peer name n1 && tc -n "$ns" qdisc add dev n0 root netem loss 1% > /dev/null 2>&1 && ok=0
    ip netns del "$ns"
    return $ok
}
lab_lossy_link() {
    local kind=${LOSS_LINK:-auto}
    command -v tc > /dev/null || [ "$kind" = relay ] || kind=relay
    if [ "$kind" = auto ]; then lab_netem_works && kind=netem || kind=relay; fi
    ip -n "$LAB" link add brvm type bridge; ip -n "$LAB" link set brvm up
    ip -n "$LAB" link set tap0 nomaster; ip -n "$LAB" link set tap0 master brvm
    if [ "$kind" = netem ]; then
        ip -n "$LAB" link add lnka type veth peer name lnkb
        local end
        for end in lnka lnkb; do
            tc -n "$LAB" qdisc add dev "$end" root netem loss "$LOSS_PCT%" delay "${DELAY_MS}ms" reorder "$REORDER_PCT%" \
                duplicate "$DUP_PCT%" || lab_skip "tc netem refused on $end"
        done
    else
        local py
        py=$(command -v /usr/bin/python3 || command -v python3) || lab_skip "no sch_netem in this kernel and no python3 for lossylink.py"
        ip -n "$LAB" tuntap add dev lnka mode tap; ip -n "$LAB" tuntap add dev lnkb mode tap
        ip netns exec "$LAB" "$py" "$(dirname "${BASH_SOURCE[0]}")/lossylink.py" lnka lnkb --loss "$LOSS_PCT" \
            --delay-ms "$DELAY_MS" --reorder "$REORDER_PCT" --duplicate "$DUP_PCT" --seed "${LOSS_SEED:-$$}" \
            --stats "$W/lossylink.log" > "$W/lossylink.out" 2>&1 &
        LOSSYLINK=$!; PIDS+=("$LOSSYLINK")
        for _ in $(seq 20); do grep -q ready "$W/lossylink.out" && break; sleep 0.2; done
        grep -q ready "$W/lossylink.out" || { cat "$W/lossylink.out"; echo "lossylink.py did not start"; return 1; }
    fi
    ip -n "$LAB" link set lnka master brvm; ip -n "$LAB" link set lnkb master br0
    ip -n "$LAB" link set lnka up; ip -n "$LAB" link set lnkb up
    LINK_KIND=$kind
    echo "lossy link: $kind, loss $LOSS_PCT% delay ${DELAY_MS}ms reorder $REORDER_PCT% duplicate $DUP_PCT% (both ways)"
}

# What the link did: netem's counters per end, or the relay's account (it writes it on SIGTERM).
lab_lossy_link_report() {
    if [ "${LINK_KIND:-}" = netem ]; then
        tc -n "$LAB" -s qdisc show dev lnka; tc -n "$LAB" -s qdisc show dev lnkb
    elif [ -n "${LOSSYLINK:-}" ]; then
        kill "$LOSSYLINK" 2>/dev/null || true; wait "$LOSSYLINK" 2>/dev/null || true
        cat "$W/lossylink.log" 2>/dev/null || true
    fi
}

# The site's DHCP server: addresses only (extra dnsmasq options as arguments). Router
# advertisements spare iPXE its IPv6 wait. Its log goes to $W/dnsmasq.log, its leases to $W/leases.
lab_site_dhcp() {
    # (Not "A || B &": the PID must be dnsmasq's own, or cleanup cannot stop it.)
    ip netns exec "$SITE" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 --interface=veth1 \
        --bind-interfaces --dhcp-range="$SUBNET.100,$SUBNET.150,255.255.255.0,1h" --dhcp-leasefile="$W/leases" \
        --enable-ra --dhcp-range=fd00:232::,ra-only --log-dhcp --log-facility="$W/dnsmasq.log" "$@" &
    PIDS+=($!)
}

# `crashcart-cli serve` in the lab namespace on br0 ($SUBNET.1, TFTP 69, HTTP 8080) with the given
# options; its output goes to $W/crashcart.log. Sets CRASHCART (its PID); fails unless DHCP listens.
lab_serve() {
    ip netns exec "$LAB" "$CLI" serve --listen "$SUBNET.1" --tftp-port 69 --http-port 8080 --interface br0 "$@" \
        > "$W/crashcart.log" 2>&1 &
    CRASHCART=$!; PIDS+=("$CRASHCART")
    for _ in $(seq 20); do
        grep -q "dhcp.* listening" "$W/crashcart.log" && return 0
        kill -0 "$CRASHCART" 2>/dev/null || break
        sleep 0.5
    done
    cat "$W/crashcart.log"; echo "crashcart did not start"; return 1
}

# Firmware and NIC for a mode: bios* is SeaBIOS with the e1000's iPXE ROM; anything else OVMF
# (its own PXE on virtio-net, no option ROM) with a copy of the variables in $W/vars.fd.
# Sets FW (QEMU arguments) and NIC (the -device value, without bootindex).
# shellcheck disable=SC2034,SC2054  # FW and NIC are for the caller; FW holds QEMU options with commas
lab_firmware() {
    FW=(); NIC="e1000,netdev=n0,mac=$VM_MAC"
    if [[ $1 != bios* ]]; then
        NIC="virtio-net-pci,netdev=n0,mac=$VM_MAC,romfile="
        cp /usr/share/OVMF/OVMF_VARS_4M.fd "$W/vars.fd"
        # The lab is IPv4: OVMF skips PXE over IPv6, so a network boot that gives up (a host to
        # boot from its disk) reaches the disk sooner.
        FW=(-drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd
            -drive if=pflash,format=raw,unit=1,file="$W/vars.fd"
            -fw_cfg name=opt/org.tianocore/IPv6PXESupport,string=n)
    fi
}

# The serial log without escapes and carriage returns, last N (default 15) non-empty lines.
lab_serial_tail() {
    tr -d '\033' < "${2:-$W/serial.log}" | tr '\r' '\n' | grep -av '^\s*$' | tail -"${1:-15}" || true
}

# The BMC tests' keychain: a session bus on a socket file in $W (reachable from the lab namespace,
# unlike an abstract socket) and an unlocked gnome-keyring of the test's own, both in PIDS.
# Exports DBUS_SESSION_BUS_ADDRESS.
lab_keyring() {
    dbus-daemon --session --address="unix:path=$W/bus" --nofork --nopidfile > "$W/dbus.log" 2>&1 &
    PIDS+=($!)
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$W/bus"
    for _ in $(seq 20); do [ -S "$W/bus" ] && break; sleep 0.1; done
    printf 'lab-keyring' | XDG_DATA_HOME="$W/keyrings" gnome-keyring-daemon --foreground --unlock --components=secrets \
        > "$W/keyring.log" 2>&1 &
    PIDS+=($!)
    sleep 1
}

# Polls every process's command line and environment for $BMC_PASSWORD while process $1 runs;
# where it is seen goes to $W/password-seen.log.
lab_watch_for_password() {
    local pid=$1 f
    while kill -0 "$pid" 2>/dev/null; do
        for f in /proc/[0-9]*/cmdline /proc/[0-9]*/environ; do
            if grep -qaF -- "$BMC_PASSWORD" "$f" 2>/dev/null; then
                echo "${f%/*}: $(tr '\0' ' ' < "${f%/*}/cmdline" 2>/dev/null | head -c 200)" >> "$W/password-seen.log"
            fi
        done
        sleep 0.1
    done
}
