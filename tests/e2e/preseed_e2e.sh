#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# preseed_e2e.sh - the real Debian installer boots from Crashcart (issue #12): the installer Debian
# ships (debian-installer-12-netboot-amd64) is imported as a distribution (its netboot folder),
# a profile on it names a preseed template, and a QEMU VM armed as a host of that profile
# PXE-boots it: iPXE -> the installer's kernel and initrd from the distribution -> DHCP -> the
# host's preseed from Crashcart by `auto url=` -> its preseed/early_command posts the "pre" stage
# and a hardware report to Crashcart's install API (through busybox nc: the installer's busybox
# wget cannot POST). There is no package mirror here, so the test stops once the report is in.
#   bios: SeaBIOS + the e1000's iPXE ROM; uefi: OVMF -> snponly.efi (iPXE). Site DHCP + proxyDHCP.
# Checked, each printed as PASS or FAIL: the installer's kernel on the console, the host's timeline
# in order (boot, kernel, initrd, preseed, install.progress pre, install.report) and the hardware
# report's contents (the installer, the VM's NIC and memory).
# Usage: preseed_e2e.sh CRASHCART_CLI bios|uefi [WORKDIR]
# Exit: 0 every check passed, 1 a check failed, 77 cannot run here.
set -euo pipefail
CLI=$(realpath "$1"); MODE=$2; W=${3:-/tmp/crashcart-preseed-e2e-$$-$MODE}
HERE=$(cd "$(dirname "$0")" && pwd)
TIMEOUT=${PRESEED_TIMEOUT:-480}
VM_MAC=52:54:00:e2:e0:30
MAC_DASHES=${VM_MAC//:/-}
DI=${DEBIAN_INSTALLER_DIR:-/usr/lib/debian-installer/images/12/amd64/text}

# shellcheck source=lab.sh
. "$HERE/lab.sh"
case "$MODE" in bios|uefi) ;; *) echo "usage: $0 CRASHCART_CLI bios|uefi [WORKDIR]"; exit 2 ;; esac
lab_require qemu-system-x86_64 dnsmasq ip sqlite3
[ -f "$DI/debian-installer/amd64/linux" ] || lab_skip "the Debian installer is missing (debian-installer-12-netboot-amd64)"
[ "$MODE" != bios ] || [ -f /usr/share/qemu/pxe-e1000.rom ] || [ -f /usr/lib/ipxe/qemu/efi-e1000.rom ] || lab_skip "ipxe-qemu missing"
[ "$MODE" != uefi ] || [ -f /usr/lib/ipxe/snponly.efi ] || lab_skip "ipxe missing (snponly.efi)"
[ "$MODE" != uefi ] || [ -f /usr/share/OVMF/OVMF_CODE_4M.fd ] || lab_skip "ovmf missing"
trap lab_cleanup EXIT
start_all=$(date +%s)
FAILED=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; FAILED=$((FAILED + 1)); }
die() { echo "FAIL $*"; echo "RESULT mode=$MODE result=failed"; exit 1; }

rm -rf "$W"; mkdir -p "$W/ws"
export CRASHCART_WORKSPACE="$W/ws"

# --- The workspace: the installer's folder as a distribution, a preseed profile, the armed VM.
"$CLI" distros import "$DI" --name debian-12-netboot > "$W/import.log" || { cat "$W/import.log"; die "distros import refused $DI"; }
cat "$W/import.log"
cat > "$W/lab.preseed" <<'PRESEED'
#_preseed_V1
# The lab's answers; the callbacks come from Crashcart's snippet.
d-i debian-installer/locale string en_US.UTF-8
d-i keyboard-configuration/xkb-keymap select us
d-i netcfg/choose_interface select auto
d-i netcfg/get_hostname string {{ host.name }}
d-i netcfg/get_domain string lab
d-i mirror/country string manual
d-i mirror/http/hostname string {{ server.address }}:{{ server.http_port }}
d-i mirror/http/directory string /debian
d-i mirror/http/proxy string
{{> progress-early }}
PRESEED
printf 'mac,hostname,profile\n%s,lab-vm,deb\n' "$VM_MAC" > "$W/hosts.csv"
"$CLI" hosts import "$W/hosts.csv"
"$CLI" profiles set deb --distribution debian-12-netboot --preseed "$W/lab.preseed" \
    --args "console=ttyS0,115200" --firmware "$([ "$MODE" = uefi ] && echo uefi || echo bios)"
"$CLI" profiles list --json | grep -q '"installer": "preseed"' || die "the profile is not a preseed profile"
"$CLI" hosts arm "$VM_MAC"
[ "$MODE" != uefi ] || { mkdir -p "$W/ws/tftp"; cp /usr/lib/ipxe/snponly.efi "$W/ws/tftp/"; }

# --- The lab, Crashcart and the VM.
lab_network
# The installer asks for name servers when DHCP names none (a critical question): name one.
lab_site_dhcp --dhcp-option=option:dns-server,"$SUBNET.2"
lab_serve --dhcp proxy --uefi-loader ipxe || die "crashcart-cli serve did not start"
lab_firmware "$MODE"
truncate -s 2G "$W/vm-disk.img"
: > "$W/serial.log"
ip netns exec "$LAB" qemu-system-x86_64 -accel tcg -machine pc -m 1024 -smp 1 "${FW[@]}" \
    -nographic -monitor none -serial file:"$W/serial.log" \
    -netdev tap,id=n0,ifname=tap0,script=no,downscript=no -device "$NIC,bootindex=1" \
    -drive file="$W/vm-disk.img",if=none,id=d0,format=raw -device virtio-blk-pci,drive=d0,bootindex=2 \
    < /dev/null > "$W/qemu.out" 2>&1 &
QEMU=$!; PIDS+=("$QEMU")
start=$(date +%s)
outcome=timeout
events() { sqlite3 "$W/ws/crashcart.db" "SELECT kind || ' ' || message FROM events WHERE mac = '$VM_MAC' ORDER BY at, id" 2>/dev/null || true; }
while [ $(( $(date +%s) - start )) -lt "$TIMEOUT" ]; do
    if events | grep -q '^install.report'; then outcome=reported; break; fi
    kill -0 "$QEMU" 2>/dev/null || { outcome=qemu-exited; break; }
    sleep 2
done
seconds=$(( $(date +%s) - start ))
sleep 2  # the serial console catches up
kill "$QEMU" 2>/dev/null || true; wait "$QEMU" 2>/dev/null || true
echo "--- run: $outcome after ${seconds}s; serial (last lines)"; lab_serial_tail 25
kill "$CRASHCART" 2>/dev/null || true; wait "$CRASHCART" 2>/dev/null || true   # its events are flushed
echo "--- crashcart log (last lines)"; tail -20 "$W/crashcart.log"

# --- Checks.
if [ "$outcome" = reported ]; then pass "the installer reported back in ${seconds}s"; else fail "no report from the installer ($outcome)"; fi
serial=$(tr -d '\033' < "$W/serial.log" | tr '\r' '\n')
if grep -aq 'Linux version' <<< "$serial"; then pass "console: the installer's kernel booted"; else fail "console: no kernel messages"; fi
timeline=$(events)
echo "--- timeline"; echo "$timeline"
WANT=()
if [ "$MODE" = uefi ]; then
    WANT+=("dhcp|boot.dhcp offer arch 7 snponly.efi" "loader|boot.tftp snponly.efi")
else
    WANT+=("dhcp|boot.dhcp offer arch 0 ")
fi
WANT+=("loader script|boot.http GET /boot.ipxe 200"
       "config|boot.http GET /ipxe/$MAC_DASHES.ipxe 200"
       "kernel|boot.http GET /profiles/deb/vmlinuz 200"
       "initrd|boot.http GET /profiles/deb/initrd0.img 200"
       "preseed|boot.http GET /preseed/$MAC_DASHES.cfg 200"
       "progress pre|install.progress pre "
       "hardware report|install.report")
pos=0
for item in "${WANT[@]}"; do
    name=${item%%|*}; want=${item#*|}
    n=$(tail -n +$((pos + 1)) <<< "$timeline" | grep -nF -m1 -- "$want" | cut -d: -f1 || true)
    if [ -n "$n" ]; then pos=$((pos + n)); pass "timeline: $name ($want)"; else fail "timeline: no '$want' after the previous step"; fi
done
report=$(sqlite3 "$W/ws/crashcart.db" "SELECT report FROM installs WHERE mac = '$VM_MAC' ORDER BY id DESC LIMIT 1" 2>/dev/null || true)
echo "--- report: $report"
if grep -q "\"$VM_MAC\"" <<< "$report" && grep -q '"installer":"debian-installer"' <<< "$report"; then
    pass "report: from the Debian installer, for the VM's MAC"
else
    fail "report: not the installer's report for $VM_MAC"
fi
# early_command runs before the installer detects disks (their drivers load later, after the
# mirror): the report has the CPU, memory and NICs; disks only where their driver is in the initrd.
if grep -q "\"nics\":\[{\"name\":\"[a-z0-9]*\",\"mac\":\"$VM_MAC\"" <<< "$report" && grep -q '"memory_kb":[1-9]' <<< "$report"; then
    pass "report: the VM's NIC and memory"
else
    fail "report: no NIC with the VM's MAC, or no memory"
fi
echo "RESULT mode=$MODE result=$([ "$FAILED" = 0 ] && echo ok || echo "failed($FAILED)") seconds=$seconds total_seconds=$(( $(date +%s) - start_all ))"
[ "$FAILED" = 0 ]
