#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# pxe_e2e.sh - real firmware boots from Crashcart: a QEMU VM (TCG) PXE-boots in network
# namespaces this script creates. A "site" namespace runs dnsmasq as the site's DHCP server
# (addresses only, no boot options); the "lab" namespace holds the bridge, the VM's tap and
# `crashcart-cli serve --dhcp proxy`, which alone tells the firmware what to boot.
#   bios: SeaBIOS + QEMU's iPXE ROM -> boot.ipxe (HTTP) -> pxelinux.0 -> kernel + initrd (TFTP)
#   uefi: OVMF (virtio-net, its own PXE) -> snponly.efi (iPXE, TFTP) -> boot.ipxe -> kernel + initrd (HTTP),
#         all from the inventory: a workspace with the VM as an armed host of a profile, so the
#         iPXE scripts are Crashcart's per-host ones; the host's timeline is checked after.
#   bios-full: no site DHCP at all: `serve --dhcp full` hands out the address on the isolated
#         lab bridge and boots the armed host from the inventory (iPXE ROM -> per-host script).
#   uefi-shim: OVMF -> shim -> GRUB -> kernel + initrd (TFTP). Debian 12's GRUB 2.06 takes its
#         boot server only from the site's DHCP ACK, so here the site's DHCP names Crashcart as
#         next-server (what sites running GRUB 2.06 do); proxyDHCP still names the loader.
#   uefi-shim-distro: Secure Boot with the distribution's own chain (issue #12): the armed host's
#         profile is on a distribution imported from an image whose EFI/BOOT/ holds the signed
#         shim and GRUB (Debian's standing in for a vendor's); proxyDHCP names that shim inside
#         distros/NAME/, shim fetches GRUB beside it, GRUB the per-host config, all from the image.
#   MODE-loss (issue #13): the same boot with the VM behind a lossy link (lab.sh's lab_lossy_link:
#         10% loss, 5 ms delay, 25% reordered, 5% duplicated, both ways; LOSS_PCT, DELAY_MS,
#         REORDER_PCT, DUP_PCT change it), so the firmware's own TFTP client and Crashcart's
#         both retransmit. The boot must still complete, and the retransmits must show: in the
#         serve log's "done" lines and, with the inventory (uefi), in the host's boot.tftp events.
# The initrd is a busybox one whose /init prints a marker on the serial console and powers off.
# Usage: pxe_e2e.sh CRASHCART_CLI bios|bios-full|uefi|uefi-shim|uefi-shim-distro[-loss] [WORKDIR]
# Exit: 0 ok, 1 failed, 77 cannot run here.
set -euo pipefail
CLI=$1; MODE=$2; NAME=$2; W=${3:-/tmp/crashcart-e2e-$$-$MODE}
LOSS=no; [[ $MODE != *-loss ]] || { LOSS=yes; MODE=${MODE%-loss}; }
TIMEOUT=${TIMEOUT:-$([ "${MODE%-full}" = bios ] && echo 120 || echo 180)}
# A lossy boot waits out lost packets: measured 2-4x a clean one here (TCG, shared cores).
[ "$LOSS" = no ] || TIMEOUT=$((TIMEOUT * 4))
INVENTORY=$([ "$MODE" = uefi ] || [ "$MODE" = bios-full ] || [ "$MODE" = uefi-shim-distro ] && echo yes || echo no)
VM_MAC=52:54:00:e2:e0:01
DI=/usr/lib/debian-installer/images/12/amd64/text/debian-installer/amd64
KERNEL=$(ls /boot/vmlinuz-* 2>/dev/null | sort -V | tail -1 || true)
MARKER=CRASHCART_E2E_MARKER

# shellcheck source=lab.sh
. "$(dirname "$0")/lab.sh"
skip() { lab_skip "$@"; }
lab_require qemu-system-x86_64 dnsmasq ip cpio busybox
[ -n "$KERNEL" ] || skip "no kernel in /boot (linux-image-amd64)"
[ -f /usr/lib/PXELINUX/pxelinux.0 ] || skip "pxelinux missing"
[[ $MODE != uefi-shim* ]] || [ -f "$DI/bootnetx64.efi" ] || skip "debian-installer-12-netboot-amd64 missing (shim + GRUB)"
[ "$MODE" != uefi-shim-distro ] || command -v xorriso > /dev/null || skip "xorriso missing"
[ "$MODE" != uefi ] || [ -f /usr/lib/ipxe/snponly.efi ] || skip "ipxe missing (snponly.efi)"
[ "${MODE%-full}" = bios ] || [ -f /usr/share/OVMF/OVMF_CODE_4M.fd ] || skip "ovmf missing"

trap lab_cleanup EXIT INT TERM

rm -rf "$W"; mkdir -p "$W/root/boot"
# Payload: the system's kernel and a busybox initrd that reports and powers off.
cp "$KERNEL" "$W/root/boot/vmlinuz"
R="$W/initrd"; mkdir -p "$R/bin" "$R/proc"
cp "$(command -v busybox)" "$R/bin/busybox"; ln -s busybox "$R/bin/sh"
printf '#!/bin/sh\n/bin/busybox mount -t proc proc /proc\necho "%s $(/bin/busybox cat /proc/cmdline)"\n/bin/busybox poweroff -f\n' "$MARKER" > "$R/init"
chmod 755 "$R/init"
(cd "$R" && find . | cpio -o -H newc --quiet | gzip -1) > "$W/root/boot/initrd.img"
APPEND="console=ttyS0,115200 panic=-1 quiet"
# BIOS chain: what proxyDHCP names for architecture 0.
cp /usr/lib/PXELINUX/pxelinux.0 /usr/lib/syslinux/modules/bios/ldlinux.c32 "$W/root/"
mkdir -p "$W/root/pxelinux.cfg"
printf 'SERIAL 0 115200\nDEFAULT e2e\nPROMPT 0\nTIMEOUT 0\nLABEL e2e\n  KERNEL boot/vmlinuz\n  INITRD boot/initrd.img\n  APPEND %s\n' "$APPEND" > "$W/root/pxelinux.cfg/default"
# QEMU's PXE ROM is iPXE, which proxyDHCP hands a script URL. BIOS: the script goes on to
# pxelinux. UEFI: iPXE (snponly.efi) fetches kernel and initrd itself, over HTTP; Debian's
# iPXE (2019) hands the initrd to the kernel's EFI stub only by the name in initrd=.
if [ "$INVENTORY" = yes ]; then
    export CRASHCART_WORKSPACE="$W/ws"
    printf 'mac,hostname,profile\n%s,e2e-vm,e2e\n' "$VM_MAC" > "$W/hosts.csv"
    "$CLI" hosts import "$W/hosts.csv"
    if [ "$MODE" = uefi-shim-distro ]; then
        # The vendor's chain from the image (issue #12): Debian's signed shim and netboot GRUB
        # stand in for the vendor's in EFI/BOOT/ of an image in the RHEL 9 layout.
        T="$W/iso-tree"; mkdir -p "$T/images/pxeboot" "$T/EFI/BOOT"
        printf '[header]\ntype = productmd.treeinfo\nversion = 1.2\n[release]\nname = AlmaLinux\nversion = 9.4\n[tree]\narch = x86_64\n[images-x86_64]\nkernel = images/pxeboot/vmlinuz\ninitrd = images/pxeboot/initrd.img\n' > "$T/.treeinfo"
        cp "$W/root/boot/vmlinuz" "$T/images/pxeboot/vmlinuz"; cp "$W/root/boot/initrd.img" "$T/images/pxeboot/initrd.img"
        cp "$DI/bootnetx64.efi" "$T/EFI/BOOT/BOOTX64.EFI"; cp "$DI/grubx64.efi" "$T/EFI/BOOT/grubx64.efi"
        xorriso -as mkisofs -quiet -R -J -o "$W/alma.iso" "$T"
        "$CLI" distros import "$W/alma.iso" --name alma-sb
        "$CLI" profiles set e2e --distribution alma-sb --args "$APPEND" --firmware uefi --secure-boot on
    else
        "$CLI" profiles set e2e --kernel "$W/root/boot/vmlinuz" --initrd "$W/root/boot/initrd.img" --args "$APPEND"
    fi
    "$CLI" hosts arm "$VM_MAC"
    cp /usr/lib/ipxe/snponly.efi "$W/ws/tftp/"
else
    printf '#!ipxe\nchain tftp://%s.1/pxelinux.0\n' "$SUBNET" > "$W/root/boot.ipxe"
fi
# UEFI chain: bootx64.efi is Debian's signed shim; it fetches grubx64.efi from the root, and
# Debian's netboot GRUB reads /debian-installer/amd64/grub/grub.cfg.
if [ "$MODE" = uefi-shim ]; then
    cp "$DI/bootnetx64.efi" "$W/root/bootx64.efi"; cp "$DI/grubx64.efi" "$W/root/"
    mkdir -p "$W/root/debian-installer/amd64/grub"
    printf 'set timeout=0\nserial --unit=0 --speed=115200\nterminal_output serial\nmenuentry e2e {\n  linux /boot/vmlinuz %s\n  initrd /boot/initrd.img\n}\n' "$APPEND" > "$W/root/debian-installer/amd64/grub/grub.cfg"
fi

lab_network
[ "$LOSS" = no ] || lab_lossy_link || exit 1
# The site's DHCP server: addresses only (uefi-shim: plus next-server, see the top).
SITE_OPTS=()
[[ $MODE != uefi-shim* ]] || SITE_OPTS=(--dhcp-boot=",,$SUBNET.1")
[ "$MODE" = bios-full ] || lab_site_dhcp "${SITE_OPTS[@]}"
SERVE_FROM=(--root "$W/root")
[ "$INVENTORY" != yes ] || SERVE_FROM=()
DHCP_MODE=(--dhcp proxy)
[ "$MODE" != bios-full ] || DHCP_MODE=(--dhcp full --pool "$SUBNET.100-$SUBNET.150")
lab_serve "${SERVE_FROM[@]}" "${DHCP_MODE[@]}" --uefi-loader "$([ "$MODE" = uefi-shim ] && echo shim || echo ipxe)" || exit 1

lab_firmware "$MODE"
: > "$W/serial.log"
start=$(date +%s)
ip netns exec "$LAB" qemu-system-x86_64 -accel tcg -machine pc -m 768 -smp 1 "${FW[@]}" \
    -nographic -monitor none -serial file:"$W/serial.log" \
    -netdev tap,id=n0,ifname=tap0,script=no,downscript=no -device "$NIC" \
    -boot order=n -no-reboot < /dev/null > "$W/qemu.out" 2>&1 &
QEMU=$!; PIDS+=("$QEMU")

result=timeout
while [ $(( $(date +%s) - start )) -lt "$TIMEOUT" ]; do
    if grep -aq "$MARKER" "$W/serial.log"; then result=ok; break; fi
    kill -0 "$QEMU" 2>/dev/null || { grep -aq "$MARKER" "$W/serial.log" && result=ok || result=qemu-exited; break; }
    kill -0 "$CRASHCART" 2>/dev/null || { result=crashcart-exited; break; }
    sleep 0.5
done
elapsed=$(( $(date +%s) - start ))
# Lossy: stopped first, so that a transfer still running after the boot (one the firmware gave
# up on) ends in the log as failed.
if [ "$LOSS" = yes ]; then kill "$CRASHCART" 2>/dev/null || true; wait "$CRASHCART" 2>/dev/null || true; fi
echo "--- crashcart log"; cat "$W/crashcart.log"
echo "--- serial (last lines)"; lab_serial_tail 15
if [ "$INVENTORY" = yes ] && [ "$result" = ok ]; then
    # The host's timeline holds the whole boot: DHCP offer, the loader, scripts, kernel, initrd.
    kill "$CRASHCART" 2>/dev/null || true; wait "$CRASHCART" 2>/dev/null || true
    "$CLI" hosts list
    timeline=$(sqlite3 "$W/ws/crashcart.db" "SELECT kind || ' ' || message FROM events WHERE mac = '$VM_MAC' ORDER BY id")
    echo "--- timeline"; echo "$timeline"
    WANT=("boot.http GET /boot.ipxe 200" "boot.http GET /ipxe/52-54-00-e2-e0-01.ipxe 200"
          "boot.http GET /profiles/e2e/vmlinuz 200" "boot.http GET /profiles/e2e/initrd0.img 200")
    if [ "$MODE" = uefi-shim-distro ]; then
        WANT=("boot.dhcp offer arch 7 distros/alma-sb/EFI/BOOT/BOOTX64.EFI" "boot.tftp distros/alma-sb/EFI/BOOT/BOOTX64.EFI"
              "boot.tftp distros/alma-sb/EFI/BOOT/grubx64.efi" "profiles/e2e/vmlinuz" "profiles/e2e/initrd0.img")
    fi
    [ "$MODE" != uefi ] || WANT+=("boot.dhcp offer arch 7 snponly.efi" "boot.tftp snponly.efi")
    [ "$MODE" != bios-full ] || WANT+=("boot.dhcp offer arch 0 http://$SUBNET.1:8080/boot.ipxe")
    for want in "${WANT[@]}"; do
        grep -qF "$want" <<< "$timeline" || { echo "timeline lacks: $want"; result=timeline; }
    done
    if [ "$LOSS" = yes ]; then
        # The transfer's own event says it resent: "boot.tftp FILE N bytes M ms, R retransmits".
        events_resent=$(awk '/^boot\.tftp / && match($0, /, [0-9]+ retransmits/) { split(substr($0, RSTART + 2), f, " "); s += f[1] }
                             END { print s + 0 }' <<< "$timeline")
        echo "TFTP retransmits on the host's timeline: $events_resent"
        [ "$events_resent" -gt 0 ] || { echo "no boot.tftp event of the host tells of retransmits"; result=no-retransmits; }
    fi
fi
if [ "$LOSS" = yes ]; then
    echo "--- lossy link"; lab_lossy_link_report
    # Each TFTP transfer's done line: "tftp #N done B bytes in M ms (X MB/s, W windows, R retransmits)".
    log_resent=$(awk '/ tftp #[0-9]+ done / && match($0, / [0-9]+ retransmits\)/) { split(substr($0, RSTART + 1), f, " "); s += f[1] }
                      END { print s + 0 }' "$W/crashcart.log")
    echo "TFTP retransmits in the serve log: $log_resent ($(grep -c 'tftp #[0-9]* done' "$W/crashcart.log" || true) transfers done)"
    [ "$result" != ok ] || [ "$log_resent" -gt 0 ] || { echo "no TFTP transfer retransmitted on the lossy link"; result=no-retransmits; }
    # Every transfer of a boot that worked worked: a repeated request is not served twice, and
    # OVMF's size probe (an OACK with tsize that it closes with an ERROR) whose ERROR the link
    # dropped ends as a size probe when the real request for the file comes, not as a failure.
    failed_ids=$(awk '/ tftp #[0-9]+ failed / { print $3 }' "$W/crashcart.log")
    [ -z "$failed_ids" ] || { echo "failed TFTP transfers:" $failed_ids; [ "$result" != ok ] || result=failed-transfer; }
fi
echo "RESULT mode=$NAME result=$result seconds=$elapsed"
[ "$result" = ok ]
