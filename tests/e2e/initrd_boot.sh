#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# initrd_boot.sh - Debian's kernel boots (QEMU, TCG) an initrd that only Crashcart made
# bootable. The base image holds /init (a #!/bin/sh script), empty folders and nothing to run
# it: no shell, no library, no module. crashcart-cli then adds, each as an overlay segment:
#   add-binary busybox --dest /bin      the static shell (+ `symlink bin/sh busybox`)
#   add-binary /bin/kmod                dynamically linked: its loader and libraries come along
#   add-module .../ext4.ko              pulls jbd2, mbcache and crc16 in and regenerates
#                                       modules.dep and friends (an xz segment)
# /init prints a marker from each added program, runs the real modprobe for the module and
# copies /proc/modules to the serial console, then powers off.
# Usage: initrd_boot.sh CRASHCART_CLI [WORKDIR]    Exit: 0 ok, 1 failed, 77 cannot run here.
set -euo pipefail
CLI=$1; W=${2:-/tmp/crashcart-initrd-boot-$$}
TIMEOUT=${TIMEOUT:-120}
MODULE=${MODULE:-ext4}
KERNEL=$(find /boot -maxdepth 1 -name 'vmlinuz-*' 2>/dev/null | sort -V | tail -1)

skip() { echo "SKIP: $*"; exit 77; }
for t in qemu-system-x86_64 cpio gzip busybox; do command -v "$t" >/dev/null || skip "$t missing (packaging/dev.sh test installs it)"; done
if [ -z "$KERNEL" ] || [ ! -r "$KERNEL" ]; then skip "no readable kernel in /boot (linux-image-amd64)"; fi
VERSION=${KERNEL#/boot/vmlinuz-}
KO=$(find "/lib/modules/$VERSION/kernel" -name "$MODULE.ko*" | head -1)
[ -n "$KO" ] || skip "/lib/modules/$VERSION has no $MODULE module"
[ -x /bin/kmod ] || skip "kmod missing"
BUSYBOX=$(command -v busybox)

QEMU_PID=
cleanup() {
    if [ -n "$QEMU_PID" ]; then kill "$QEMU_PID" 2>/dev/null || true; wait "$QEMU_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT INT TERM
fail() { echo "FAIL: $*"; [ -f "$W/serial.log" ] && { echo "--- serial log (tail) ---"; tail -40 "$W/serial.log"; }; exit 1; }

rm -rf "$W"; mkdir -p "$W/base/bin" "$W/base/proc" "$W/base/sys" "$W/base/dev" "$W/base/sbin" "$W/base/lib/modules/$VERSION"
cat > "$W/base/init" <<EOF
#!/bin/sh
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
echo "CRASHCART_BUSYBOX_RAN \$(/bin/busybox uname -r)"
/bin/busybox ln -s /bin/kmod /sbin/modprobe
/bin/kmod --version >/dev/null && echo CRASHCART_KMOD_RAN
/sbin/modprobe $MODULE && echo CRASHCART_MODPROBE_OK
/bin/busybox sed 's/^/CRASHCART_PROC_MODULES /' /proc/modules
echo CRASHCART_DONE
/bin/busybox poweroff -f
EOF
chmod 755 "$W/base/init"
(cd "$W/base" && find . | cpio -o -H newc --quiet -R 0:0 | gzip -1) > "$W/base.img"

run() { echo "+ crashcart-cli $*"; "$CLI" "$@" || fail "crashcart-cli $1 $2 failed"; }
run initrd add-binary "$W/base.img" "$BUSYBOX" --dest /bin -o "$W/1.img"
run initrd symlink "$W/1.img" bin/sh busybox -o "$W/2.img"
run initrd add-binary "$W/2.img" /bin/kmod -o "$W/3.img"
run initrd add-module "$W/3.img" "$KO" --compression xz -o "$W/final.img"
"$CLI" initrd info "$W/final.img"

qemu-system-x86_64 -machine accel=tcg -m 512 -smp 1 -display none -monitor none -no-reboot \
    -serial "file:$W/serial.log" -kernel "$KERNEL" -initrd "$W/final.img" \
    -append "console=ttyS0,115200 panic=-1 loglevel=4" &
QEMU_PID=$!
for _ in $(seq "$TIMEOUT"); do
    grep -q CRASHCART_DONE "$W/serial.log" 2>/dev/null && break
    kill -0 "$QEMU_PID" 2>/dev/null || break
    sleep 1
done
sleep 1
cleanup; QEMU_PID=
grep -q CRASHCART_DONE "$W/serial.log" || fail "no CRASHCART_DONE within ${TIMEOUT}s"
grep -q "CRASHCART_BUSYBOX_RAN $VERSION" "$W/serial.log" || fail "busybox did not run"
grep -q CRASHCART_KMOD_RAN "$W/serial.log" || fail "kmod (with its libraries) did not run"
grep -q CRASHCART_MODPROBE_OK "$W/serial.log" || fail "modprobe $MODULE failed"
deps=$(/sbin/modinfo -F depends "$KO" | tr ',' ' ')
for m in $MODULE $deps; do
    m=${m//-/_}
    grep -q "^CRASHCART_PROC_MODULES $m " "$W/serial.log" || fail "$m is not in /proc/modules"
done
grep CRASHCART_ "$W/serial.log"
echo "PASS: busybox, kmod and its libraries ran; $MODULE and its dependencies ($deps) loaded"
rm -rf "$W"
