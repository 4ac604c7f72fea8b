#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# install_redfish_e2e.sh - the one-click install through a REDFISH BMC, end to end (issue #11):
# `crashcart-cli install start MAC --yes --server ADDR --http-port 8080` runs the pre-flight
# against sushy-tools (OpenStack's Redfish emulator, tests/e2e/redfishlab.sh), arms the host,
# PATCHes the boot override (Pxe, in the profile's firmware mode: Legacy, then UEFI) and resets
# the libvirt/QEMU domain sushy drives; the domain then PXE-boots FROM CRASHCART'S OWN SERVERS
# (`crashcart-cli serve --dhcp proxy` in the lab namespace of tests/e2e/lab.sh, next to the site
# DHCP's dnsmasq).
# What it proves, each printed as PASS or FAIL:
#   - an unknown self-signed certificate blocks the pre-flight, which names the SHA-256 sushy
#     presents; it is the fingerprint openssl computes from the lab's certificate file; once
#     `bmc trust MAC --fingerprint` accepted it, the BMC login comes from the keychain (a private
#     session bus and gnome-keyring of the test's own, filled by `bmc credentials
#     --password-stdin`);
#   - the BMC reports its boot mode before anything is set (bmc status);
#   - for each firmware mode: install start succeeds; sushy's domain really got the override
#     (its NIC is boot device 1 of the inactive definition, the loader is SeaBIOS or OVMF); the
#     host's timeline shows bmc.boot (pxe, the mode) and bmc.power (on: the first mode finds the
#     domain off; cycle: the next finds it running the first's kernel), then Crashcart's boot.dhcp
#     offer (arch 0, or 7 for UEFI) and the boot.http GETs of the boot script, the host's iPXE
#     config and the profile's kernel and initrd, in that order; and the kernel Crashcart served
#     boots (its initrd prints a marker on the domain's serial console);
#   - the BMC password is in no process's command line or environment while install start runs,
#     no file of the workspace, no log, no `hosts export`.
# A full OS install is NOT done here (e2e_install_bios_ipmi does it through IPMI): reaching
# Crashcart's boot script, kernel and initrd is the proof the BMC steps took effect.
# Where the emulator differs from a real BMC (so what this cannot prove):
#   - BootSourceOverrideEnabled Once is accepted but kept as Continuous: sushy does not clear it
#     after the boot, as a real BMC does; Crashcart's read-back then reports it Continuous.
#   - boot settings go to the domain's inactive definition and take effect only when sushy
#     destroys and recreates the QEMU process (ForceRestart, ForceOff + On); a real BMC applies
#     them at the next POST. No POST, no BIOS setup, no real NIC option ROM choice.
#   - "Legacy"/"UEFI" swap the domain's loader (SeaBIOS <-> OVMF pflash) instead of a firmware
#     setting; the UEFI NVRAM is a fresh copy, so no stale boot entries as on real servers.
#   - sushy reports BootSourceOverrideMode only for a domain that names its loader, so
#     redfishlab.sh names SeaBIOS (a BMC reporting no mode, like iLO 4, gets Crashcart's PATCH
#     without one: that case is not exercised here).
#   - sushy offers no PowerCycle: Crashcart's cycle falls back to ForceRestart, which sushy does
#     as destroy + create of the QEMU process (a real BMC resets the running machine).
#   - power state changes are instant (no POST delay, no fans, no BMC-side power-on delay).
#   - the certificate is the one the test made (CN=sushy-N, IP:127.0.0.1), on loopback.
#   - the NIC is virtio-net with iPXE's BIOS-only option ROM: Legacy boots through iPXE, which
#     asks as iPXE and gets Crashcart's boot script straight over HTTP (a real server's vendor PXE
#     ROM would first take Crashcart's BIOS loader over TFTP; not exercised here); UEFI boots
#     through OVMF's own PXE (DHCP arch 7, snponly.efi over TFTP), as a real server's UEFI does.
# Measured (2 cores, TCG, no KVM): sushy up 1.4-2.6 s; install start 4-8 s (pre-flight, PATCH,
# reset); from bmc.power to Crashcart's first DHCP offer 2.3-2.5 s (Legacy) / 4.6-5.4 s (UEFI),
# to the kernel GET 5.4-5.9 s / 10.4-11.4 s; the served kernel's marker 15-19 s / 23-26 s after
# install start began; the whole test 51-65 s (TIMES lines print the per-mode numbers).
# Network: libvirt runs the domain in the root namespace, Crashcart serves in the lab namespace.
# The domain's NIC is of type udp (a port pair on the root namespace's 127.0.0.1); a device-less
# QEMU (-machine none) in the root namespace joins that UDP socket and a tap on one hub; the tap,
# created there by that QEMU, is then moved into the lab namespace and onto its bridge br0. No
# address, route or bridge is added outside the test's namespaces; the tap dies with its QEMU.
# sushy runs IN the lab namespace on its 127.0.0.1 (it reaches libvirtd through its socket file),
# so install start, also in the lab namespace, reaches both the BMC and Crashcart's HTTP server.
# Usage: install_redfish_e2e.sh CRASHCART_CLI [legacy|uefi|legacy,uefi (default)] [WORKDIR]
# Exit: 0 every check passed, 1 a check failed, 77 cannot run here.
# shellcheck source-path=SCRIPTDIR disable=SC2015  # "A && B || die": die exits
set -uo pipefail
CLI=$(realpath "$1"); MODES=${2:-legacy,uefi}; W=${3:-/tmp/crashcart-rfinstall-$$}
HERE=$(cd "$(dirname "$0")" && pwd)
BOOT_TIMEOUT=${BOOT_TIMEOUT:-150}     # per mode: install start -> the marker of the served kernel
VM_MAC=52:54:00:e2:e0:11
MAC_DASHES=${VM_MAC//:/-}
PROFILE=rf
BMC_PORT=8443 BMC_USER=rfadmin BMC_PASSWORD="Rf-$$-$RANDOM-$RANDOM-pw"
MARKER=CRASHCART_REDFISH_PXE_KERNEL_BOOTED
KERNEL=$(find /boot -maxdepth 1 -name 'vmlinuz-*' 2>/dev/null | sort -V | tail -1)

. "$HERE/lab.sh"
. "$HERE/redfishlab.sh"
for m in ${MODES//,/ }; do
    case "$m" in legacy|uefi) ;; *) echo "usage: $0 CRASHCART_CLI [legacy|uefi|legacy,uefi] [WORKDIR]"; exit 2 ;; esac
done
lab_require qemu-system-x86_64 dnsmasq ip ss cpio gzip busybox sqlite3 dbus-daemon gnome-keyring-daemon timeout
redfishlab_require
if [ -z "$KERNEL" ] || [ ! -r "$KERNEL" ]; then lab_skip "no readable kernel in /boot (linux-image-amd64)"; fi
[ -f /usr/lib/ipxe/snponly.efi ] || lab_skip "ipxe missing (snponly.efi)"
# The NIC: virtio-net with iPXE's BIOS-only option ROM. SeaBIOS (Legacy) boots through that ROM;
# OVMF (UEFI) cannot run it and uses its own virtio-net driver and PXE client, so UEFI takes the
# firmware's path of a real server: DHCP arch 7, then the loader over TFTP. (The template's e1000
# would carry iPXE's EFI ROM under OVMF and skip the TFTP loader.)
NIC_ROM=/usr/lib/ipxe/qemu/pxe-virtio.rom
[ -f "$NIC_ROM" ] || lab_skip "ipxe-qemu missing ($NIC_ROM)"

# The domain's NIC: UDP from the domain's port DOM_PORT to the hub's HUB_PORT (root loopback).
udp_in_use() { ss -Hlun "( sport = :$1 or sport = :$(($1 + 1)) )" 2>/dev/null | grep -q .; }
for _ in 1 2 3 4 5; do
    HUB_PORT=$((40000 + RANDOM % 10000 * 2)); udp_in_use "$HUB_PORT" || break
done
DOM_PORT=$((HUB_PORT + 1)); TAP=ccrf$$
HUB=
# Everything by PID or by the names this test gave; the work dir stays when a check failed.
cleanup() {
    redfishlab_stop
    lab_cleanup
    ip link del "$TAP" 2>/dev/null || true   # only if it never left the root namespace
    if [ "${RESULT_OK:-}" = yes ] && [ -z "${KEEP_WORKDIR:-}" ]; then rm -rf "$W"; else echo "logs: $W"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP PIPE
FAILED=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; FAILED=$((FAILED + 1)); }
die() {
    echo "FAIL $*"
    echo "--- sushy log (last lines)"; tail -15 "$W/lab/sushy.log" 2>/dev/null
    echo "--- crashcart log (last lines)"; tail -15 "$W/crashcart.log" 2>/dev/null
    echo "RESULT result=failed"; exit 1
}
T0=$(date +%s%N)
secs() { local ms=$((($(date +%s%N) - $1) / 1000000)); printf '%d.%03d' $((ms / 1000)) $((ms % 1000)); }
step() { printf '[%7ss] %s\n' "$(secs "$T0")" "$*"; }

rm -rf "$W"; mkdir -p "$W"
export CRASHCART_WORKSPACE="$W/ws"

# --- The profile's initrd: busybox whose /init says the served kernel booted, then waits (the
# domain keeps running, so the next mode's install start finds it on and power-cycles it).
mkdir -p "$W/initrd/bin" "$W/initrd/proc"
cp "$(command -v busybox)" "$W/initrd/bin/busybox"; ln -s busybox "$W/initrd/bin/sh"
# shellcheck disable=SC2016  # $(...) is for the initrd's shell
printf '#!/bin/sh\n/bin/busybox mount -t proc proc /proc\necho "%s $(/bin/busybox cat /proc/cmdline)"\nexec /bin/busybox sleep 100000\n' \
    "$MARKER" > "$W/initrd/init"
chmod 755 "$W/initrd/init"
(cd "$W/initrd" && find . | cpio -o -H newc --quiet -R 0:0 | gzip -1) > "$W/initrd.img"

# --- The workspace: the host with its Redfish BMC (sushy on the lab namespace's loopback).
printf 'mac,hostname,profile,tags,bmc_address,bmc_type\n%s,rf-vm,%s,,127.0.0.1:%s,redfish\n' \
    "$VM_MAC" "$PROFILE" "$BMC_PORT" > "$W/hosts.csv"
"$CLI" hosts import "$W/hosts.csv" > "$W/setup.log" 2>&1 || die "hosts import: $(cat "$W/setup.log")"
set_profile() { # FIRMWARE
    "$CLI" profiles set "$PROFILE" --kernel "$KERNEL" --initrd "$W/initrd.img" --args "console=ttyS0,115200 panic=-1 quiet" \
        --kickstart "$HERE/installer/lab.ks" --firmware "$1" >> "$W/setup.log" 2>&1 || die "profiles set: $(tail -3 "$W/setup.log")"
}
set_profile bios
mkdir -p "$W/ws/tftp"; cp /usr/lib/ipxe/snponly.efi "$W/ws/tftp/"

# --- The lab: namespaces, the site DHCP, Crashcart.
lab_network
# shellcheck disable=SC2119  # no extra dnsmasq options
lab_site_dhcp
lab_serve --dhcp proxy --uefi-loader ipxe || die "crashcart-cli serve did not start"
step "lab up: Crashcart serves on $SUBNET.1 in namespace $LAB"

# --- The wire from the domain (root namespace) to br0 (lab namespace).
timeout 900 qemu-system-x86_64 -machine none -nodefaults -display none -monitor none \
    -netdev "socket,id=u0,udp=127.0.0.1:$DOM_PORT,localaddr=127.0.0.1:$HUB_PORT" \
    -netdev tap,id=t0,ifname="$TAP",script=no,downscript=no \
    -netdev hubport,id=h0,hubid=0,netdev=u0 -netdev hubport,id=h1,hubid=0,netdev=t0 \
    < /dev/null > "$W/hub.log" 2>&1 &
HUB=$!; PIDS+=("$HUB")
for _ in $(seq 50); do ip link show "$TAP" > /dev/null 2>&1 && break; kill -0 "$HUB" 2>/dev/null || break; sleep 0.1; done
ip link set "$TAP" netns "$LAB" 2>> "$W/hub.log" && ip -n "$LAB" link set "$TAP" master br0 \
    && ip -n "$LAB" link set "$TAP" up || die "the hub's tap: $(cat "$W/hub.log")"
step "hub: udp 127.0.0.1:$HUB_PORT (root namespace) <-> $TAP on br0 (lab namespace)"

# --- The BMC: sushy-tools in the lab namespace, the domain with the host's MAC on the UDP wire.
rf_domain_hook() {
    sed -i -e "s|<mac address='[^']*'/>|<mac address='$VM_MAC'/>|" -e "s|port='47000'|port='$HUB_PORT'|" \
        -e "s|port='47001'|port='$DOM_PORT'|" -e "s|<memory unit='MiB'>128</memory>|<memory unit='MiB'>256</memory>|" \
        -e "s|<model type='e1000'/>|<model type='virtio-non-transitional'/><rom file='$NIC_ROM'/>|" "$1"
    grep -q "<mac address='$VM_MAC'/>" "$1" && grep -q "port='$HUB_PORT'" "$1" && grep -q "$NIC_ROM" "$1"
}
# shellcheck disable=SC2034  # redfishlab.sh reads them
RFLAB_NETNS=$LAB RFLAB_DOMAIN_HOOK=rf_domain_hook
t=$(date +%s%N)
redfishlab_start "$W/lab" "$BMC_PORT" "$BMC_USER" "$BMC_PASSWORD" || die "the Redfish lab did not start"
step "sushy-tools up on https://127.0.0.1:$BMC_PORT in $LAB, domain $RFLAB_DOMAIN ($(secs "$t") s)"

# --- The keychain (lab_keyring); the login goes in through standard input.
lab_keyring
printf '%s\n' "$BMC_PASSWORD" | "$CLI" bmc credentials "$VM_MAC" --user "$BMC_USER" --password-stdin > "$W/credentials.log" 2>&1 \
    || die "bmc credentials: $(cat "$W/credentials.log")"
in_lab() { ip netns exec "$LAB" "$@"; }

# watched LOG CMD...: CMD in the lab namespace, its output in LOG, watched for the password; its status.
watched() {
    local log=$1; shift
    in_lab "$@" > "$log" 2>&1 &
    local pid=$!
    lab_watch_for_password "$pid"
    wait "$pid"
}

# --- The certificate: unknown, so the pre-flight blocks and names what sushy presents.
watched "$W/check-1.log" "$CLI" install start "$VM_MAC" --check --server "$SUBNET.1" --http-port 8080; rc=$?
sed 's/^/    install start --check: /' "$W/check-1.log"
PRESENTED=$(sed -n 's/.*certificate presented: SHA-256 \([0-9A-Fa-f:]*\).*/\1/p' "$W/check-1.log" | head -1)
# As an admin reads it on the BMC's own page: openssl on the certificate file the lab made.
FROM_FILE=$(openssl x509 -in "$W/lab/cert-$RFLAB_CERT_N.pem" -noout -fingerprint -sha256 | sed 's/.*=//')
norm() { tr -d ':' | tr 'A-F' 'a-f'; }
if [ "$rc" != 0 ] && [ -n "$PRESENTED" ] && [ "$(norm <<< "$PRESENTED")" = "$(norm <<< "$FROM_FILE")" ]; then
    pass "pre-flight: unknown certificate blocks, presented SHA-256 = openssl's fingerprint of the lab's cert ($FROM_FILE)"
else
    fail "pre-flight with an unknown certificate: rc=$rc, presented '$PRESENTED', certificate file has $FROM_FILE"
fi
watched "$W/trust.log" "$CLI" bmc trust "$VM_MAC" --fingerprint "$FROM_FILE" || die "bmc trust: $(cat "$W/trust.log")"
watched "$W/check-2.log" "$CLI" install start "$VM_MAC" --check --server "$SUBNET.1" --http-port 8080; rc=$?
sed 's/^/    install start --check: /' "$W/check-2.log"
if [ "$rc" = 0 ]; then pass "pre-flight passes once the certificate is trusted"; else fail "pre-flight after bmc trust: rc=$rc"; fi
step "certificate trusted"
# The BMC reports its boot mode (redfishlab.sh names the domain's SeaBIOS), as iDRAC 9 or iLO 5
# do: only then does Crashcart put the mode into its PATCH (a BMC that reports none, like iLO 4,
# gets a PATCH without one, and the firmware's own setting decides).
if watched "$W/bmc-status-0.log" "$CLI" bmc status "$VM_MAC" && grep -q "legacy" "$W/bmc-status-0.log"; then
    pass "before: the BMC reports its boot mode: $(cat "$W/bmc-status-0.log")"
else
    fail "before: bmc status reports no boot mode: $(cat "$W/bmc-status-0.log")"
fi

last_event() { sqlite3 "$W/ws/crashcart.db" "SELECT COALESCE(MAX(id), 0) FROM events"; }
events_since() { sqlite3 "$W/ws/crashcart.db" "SELECT kind || ' ' || message FROM events WHERE mac = '$VM_MAC' AND id > $1 ORDER BY at, id"; }
inactive() { virsh -c "$RFLAB_URI" dumpxml --inactive "$RFLAB_DOMAIN"; }
console_lines() { tr -d '\033' 2>/dev/null < "$W/lab/console.log" | tr '\r' '\n' | grep -av '^\s*$' || true; }

# --- One mode: install start, then Crashcart's servers see the domain boot what they serve.
run_mode() { # legacy|uefi
    local xml mode=$1 fw=bios loader=bios-256k.bin arch=0 since markers t rc n want item pos name timeline
    [ "$mode" = legacy ] || { fw=uefi; loader=OVMF_CODE_4M.fd; arch=7; }
    echo "=== $mode"
    set_profile "$fw"
    since=$(last_event)
    markers=$(console_lines | grep -c "$MARKER")
    t=$(date +%s%N)
    watched "$W/install-start-$mode.log" "$CLI" install start "$VM_MAC" --yes --server "$SUBNET.1" --http-port 8080; rc=$?
    sed 's/^/    install start: /' "$W/install-start-$mode.log"
    if [ "$rc" = 0 ]; then pass "$mode: install start (pre-flight, armed, BMC steps) in $(secs "$t") s"
    else fail "$mode: install start failed (rc=$rc)"; fi
    # The first mode finds the domain off (power on); the next finds it running (power cycle).
    if grep -qF "$plan" "$W/install-start-$mode.log"; then pass "$mode: the pre-flight read the power state: '$plan'"
    else fail "$mode: no '$plan' in install start's pre-flight"; fi
    # sushy wrote the override into the domain's definition (read whole: no SIGPIPE under pipefail).
    xml=$(inactive)
    if sed -n '/<interface/,/<\/interface>/p' <<< "$xml" | grep -q "<boot order='1'/>"; then
        pass "$mode: sushy made the domain's NIC its first boot device"
    else
        fail "$mode: the domain's NIC is not its first boot device: $(grep -B2 -A2 boot <<< "$xml")"
    fi
    if grep -q "<loader .*$loader" <<< "$xml"; then pass "$mode: the domain's loader is $(grep -o "<loader .*$loader" <<< "$xml")"
    else fail "$mode: the domain's loader is not $loader: $(grep -A4 '<os' <<< "$xml")"; fi
    # The served kernel's marker, or the timeout.
    local start_wait; start_wait=$(date +%s)
    while [ $(( $(date +%s) - start_wait )) -lt "$BOOT_TIMEOUT" ]; do
        [ "$(console_lines | grep -c "$MARKER")" -gt "$markers" ] && break
        sleep 0.5
    done
    if [ "$(console_lines | grep -c "$MARKER")" -gt "$markers" ]; then
        pass "$mode: the kernel and initrd Crashcart served booted ($MARKER on the serial console $(secs "$t") s after install start began)"
    else
        fail "$mode: no $MARKER on the domain's console within ${BOOT_TIMEOUT}s"
        echo "--- console (last lines)"; console_lines | tail -15
    fi
    sleep 2   # serve writes its events in batches
    timeline=$(events_since "$since")
    echo "--- $mode: timeline"; printf '    %s\n' "${timeline//$'\n'/$'\n'    }"
    # UEFI: the firmware's PXE gets snponly.efi over TFTP, then iPXE asks again. Legacy: the
    # iPXE ROM asks as iPXE at once.
    want=("bmc next boot|bmc.boot pxe once $mode" "bmc power|bmc.power $power")
    [ "$mode" = legacy ] || want+=("firmware dhcp|boot.dhcp offer arch 7 snponly.efi" "loader|boot.tftp snponly.efi")
    want+=("ipxe dhcp|boot.dhcp offer arch $arch http://$SUBNET.1:8080/boot.ipxe"
           "boot script|boot.http GET /boot.ipxe 200"
           "host config|boot.http GET /ipxe/$MAC_DASHES.ipxe 200"
           "kernel|boot.http GET /profiles/$PROFILE/vmlinuz 200"
           "initrd|boot.http GET /profiles/$PROFILE/initrd0.img 200")
    # When things happened (ms on the timeline): the reset, the first DHCP offer, the kernel GET.
    at_of() { sqlite3 "$W/ws/crashcart.db" "SELECT MIN(at) FROM events WHERE mac = '$VM_MAC' AND id > $since AND kind = '$1' AND message LIKE '$2'"; }
    local a_power a_dhcp a_kernel
    a_power=$(at_of bmc.power '%'); a_dhcp=$(at_of boot.dhcp 'offer%'); a_kernel=$(at_of boot.http '%/vmlinuz 200%')
    if [ -n "$a_power" ] && [ -n "$a_dhcp" ] && [ -n "$a_kernel" ]; then
        echo "TIMES $mode: bmc.power -> first DHCP offer $(( (a_dhcp - a_power) / 1000 )).$(printf '%03d' $(( (a_dhcp - a_power) % 1000 ))) s, -> kernel GET $(( (a_kernel - a_power) / 1000 )).$(printf '%03d' $(( (a_kernel - a_power) % 1000 ))) s"
    fi
    pos=0
    for item in "${want[@]}"; do
        name=${item%%|*}; item=${item#*|}
        n=$(tail -n +$((pos + 1)) <<< "$timeline" | grep -nF -m1 -- "$item" | cut -d: -f1 || true)
        if [ -n "$n" ]; then pos=$((pos + n)); pass "$mode: timeline: $name ($item)"
        elif grep -qF -- "$item" <<< "$timeline"; then fail "$mode: timeline: $name ($item) is there, but not after the previous one"
        else fail "$mode: timeline: no $name ($item)"; fi
    done
    step "$mode done"
}

plan="off: PXE once, then power on" power=on
for m in ${MODES//,/ }; do run_mode "$m"; plan="runs: PXE once, then power cycle" power=cycle; done

# --- The BMC password: nowhere but in the keychain (and sushy's bcrypt htpasswd).
if [ -s "$W/password-seen.log" ]; then fail "password: seen in a process: $(head -3 "$W/password-seen.log")"
else pass "password: in no process's command line or environment while install start, --check, bmc trust and bmc status ran"; fi
"$CLI" hosts export > "$W/export.csv" 2>&1
leaks=$(grep -rlaF -- "$BMC_PASSWORD" "$W/ws" "$W"/*.log "$W/export.csv" "$W/lab/sushy.log" "$W/lab/console.log" 2>/dev/null | tr '\n' ' ')
if [ -z "$leaks" ]; then pass "password: in no file of the workspace (database included), no log, no CSV export"
else fail "password: found in $leaks"; fi
if watched "$W/bmc-status.log" "$CLI" bmc status "$VM_MAC"; then
    pass "bmc status with the stored login: $(cat "$W/bmc-status.log")"
else
    fail "bmc status: $(cat "$W/bmc-status.log")"
fi
echo "RESULT modes=$MODES result=$([ "$FAILED" = 0 ] && echo ok || echo "failed($FAILED)") total_seconds=$(secs "$T0")"
[ "$FAILED" = 0 ] && RESULT_OK=yes
[ "$FAILED" = 0 ]
