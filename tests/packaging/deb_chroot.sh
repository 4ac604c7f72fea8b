#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# deb_chroot.sh DEBDIR: installs crashcart_*.deb from DEBDIR into a bare Debian 12 (minbase,
# made by mmdebstrap from this machine's apt sources) with apt-get, then starts both programs
# there. Root only (chroot); exits 77 to be skipped elsewhere. The downloaded packages are
# kept in $CRASHCART_APT_CACHE (default /var/cache/crashcart-tests/bookworm) for the next
# run; dpkg does not sync, and leaves out documentation and translations: 2 to 4 minutes.
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
    echo "SKIP: making a chroot needs root"
    exit 77
fi
if ! command -v mmdebstrap >/dev/null; then
    echo "SKIP: mmdebstrap is not installed (packaging/dev.sh test installs it)"
    exit 77
fi
debs=("$1"/crashcart_*.deb)
[ -f "${debs[0]}" ] || { echo "no crashcart_*.deb in $1"; exit 1; }
cache=${CRASHCART_APT_CACHE:-/var/cache/crashcart-tests/bookworm}
mkdir -p "$cache"

# The same archive as the build machine's (the binaries link its library versions).
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -s "$f" ] && grep -q bookworm "$f" && sources+=("$f")
done
[ ${#sources[@]} -gt 0 ] || { echo "SKIP: no bookworm apt source on this machine"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "${debs[0]}" "$tmp/crashcart.deb"
# What the chroot runs once it is made: what a user of a fresh machine would.
cat >"$tmp/check.sh" <<'CHECK'
set -eux
export DEBIAN_FRONTEND=noninteractive
# Every package it recommends exists in Debian 12 and installs with it (simulated: the boot
# loaders are large, and shim-signed wants an EFI system).
apt-get install -y --simulate -o APT::Install-Recommends=true /tmp/crashcart.deb >/tmp/simulated
for p in pxelinux syslinux-common ipxe shim-signed grub-efi-amd64-signed shellcheck; do
    grep -q "^Inst $p " /tmp/simulated || { grep -E '^(Inst|E:|W:)' /tmp/simulated; exit 1; }
done
apt-get install -y --no-install-recommends /tmp/crashcart.deb
crashcart-cli --version | grep '^crashcart-cli '
QT_QPA_PLATFORM=offscreen crashcart --help | grep -- '--workspace'
# The service's user, made by the package's postinst (useradd: no systemd here).
getent passwd crashcart | grep ':/var/lib/crashcart:/usr/sbin/nologin$'
test -f /lib/systemd/system/crashcart-serve.service
# Each boot loader the pre-flight misses is in the package it names, at the path it names.
mkdir /tmp/tftp
crashcart-cli serve --check --root /tmp/tftp --tftp-port 0 --http-port 0 >/tmp/preflight
crashcart-cli serve --check --root /tmp/tftp --tftp-port 0 --http-port 0 --uefi-loader shim >>/tmp/preflight
sed -n 's/.*the package \([^ ]*\) is not installed.* copy \([^ ]*\) to .*/\1 \2/p' /tmp/preflight | sort -u >/tmp/loaders
cat /tmp/loaders
test "$(wc -l </tmp/loaders)" = 5
apt-get install -y --download-only --no-install-recommends $(cut -d' ' -f1 /tmp/loaders) >/dev/null
while read -r package path; do
    dpkg-deb -c /var/cache/apt/archives/"$package"_*.deb | grep " \.$path\$"
done </tmp/loaders
CHECK

start=$SECONDS
# shellcheck disable=SC2016 # "$1" is the chroot, expanded by mmdebstrap's hooks
mmdebstrap --variant=minbase --mode=root --format=null --quiet \
    --dpkgopt=force-unsafe-io --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --skip=essential/unlink --skip=download/empty \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in $cache /var/cache/apt/archives/" \
    --customize-hook="copy-in $tmp/crashcart.deb $tmp/check.sh /tmp" \
    --customize-hook='chroot "$1" sh /tmp/check.sh' \
    --customize-hook="sync-out /var/cache/apt/archives $cache" \
    bookworm /dev/null "${sources[@]}"
echo "installed and started in a bare Debian 12 in $((SECONDS - start)) s"
