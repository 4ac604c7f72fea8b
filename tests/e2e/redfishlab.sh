# SPDX-License-Identifier: GPL-3.0-or-later
# redfishlab.sh - a Redfish BMC for e2e tests (sourced): OpenStack's sushy-tools emulator over
# HTTPS on 127.0.0.1, driving one small QEMU domain through libvirt. Nothing outside loopback.
#   redfishlab_start STATEDIR PORT USER PASSWORD   libvirt, the domain, htpasswd, cert, sushy
#   redfishlab_new_cert                            sushy restarted with a new certificate
#   redfishlab_stop                                everything above, by PID (also the EXIT trap's)
# Optional, set before redfishlab_start:
#   RFLAB_NETNS=NS           sushy listens on 127.0.0.1 of that namespace (the test's own); libvirtd
#                            and the domain stay in the root one (sushy reaches libvirtd's socket file)
#   RFLAB_DOMAIN_HOOK=FUNC   FUNC DOMAIN.XML edits the domain's definition before it is defined
#                            (its MAC, its NIC's UDP ports, its memory)
# sushy-tools is not in this repository: it is taken from SUSHY_TOOLS_DIR, else from the shared
# tree next to the checkout (../shared/third_party/sushy-tools); without it the test skips (77).
# libvirtd and virtlogd run without systemd, from our own pid files, and are stopped by PID; a
# libvirtd that was already running is used and left alone.
# shellcheck shell=bash disable=SC2015  # "A && B || skip": skip exits

RFLAB_DIR=""; RFLAB_PORT=""; RFLAB_SUSHY_PID=""; RFLAB_LIBVIRTD=""; RFLAB_VIRTLOGD=""
RFLAB_DOMAIN=""; RFLAB_CERT_N=0
RFLAB_URI=qemu:///system
RFLAB_NETNS=${RFLAB_NETNS:-}; RFLAB_DOMAIN_HOOK=${RFLAB_DOMAIN_HOOK:-}
RFLAB_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

rflab_skip() { echo "SKIP: $*"; exit 77; }

# Root, the programs, Debian's python with sushy-tools' dependencies, and the sushy-tools source.
redfishlab_require() {
    [ "$(id -u)" = 0 ] || rflab_skip "needs root for libvirtd"
    local t
    for t in libvirtd virtlogd virsh qemu-system-x86_64 openssl curl /usr/bin/python3; do
        command -v "$t" >/dev/null || rflab_skip "$t missing (packaging/dev.sh installs it)"
    done
    [ -e /usr/share/seabios/bios-256k.bin ] && [ -e /usr/share/OVMF/OVMF_CODE_4M.fd ] \
        || rflab_skip "seabios or ovmf missing"
    /usr/bin/python3 -c 'import flask, tenacity, bcrypt, webob, pbr, requests, libvirt' 2>/dev/null \
        || rflab_skip "sushy-tools' dependencies missing (python3-flask python3-tenacity python3-bcrypt python3-webob python3-pbr python3-requests python3-libvirt)"
    SUSHY_TOOLS_DIR=${SUSHY_TOOLS_DIR:-$RFLAB_REPO/../shared/third_party/sushy-tools}
    [ -f "$SUSHY_TOOLS_DIR/sushy_tools/emulator/main.py" ] \
        || rflab_skip "no sushy-tools source at $SUSHY_TOOLS_DIR (set SUSHY_TOOLS_DIR)"
    RFLAB_BMC_FILES=${RFLAB_BMC_FILES:-$SUSHY_TOOLS_DIR/../../e2e/bmc}
    [ -f "$RFLAB_BMC_FILES/libvirt-domain.xml.in" ] && [ -f "$RFLAB_BMC_FILES/sushy-emulator.conf.in" ] \
        || rflab_skip "no libvirt-domain.xml.in / sushy-emulator.conf.in in $RFLAB_BMC_FILES"
}

rflab_pid_of() { [ -s "$1" ] && tr -dc 0-9 < "$1"; }

# libvirtd and virtlogd as daemons with pid files in the state dir (no systemd here).
rflab_libvirt() {
    if virsh -c "$RFLAB_URI" version >/dev/null 2>&1; then
        echo "using the libvirtd already running"
        return 0
    fi
    virtlogd --daemon --pid-file "$RFLAB_DIR/virtlogd.pid" || return 1
    libvirtd --daemon --pid-file "$RFLAB_DIR/libvirtd.pid" || return 1
    local _
    for _ in $(seq 50); do
        RFLAB_VIRTLOGD=$(rflab_pid_of "$RFLAB_DIR/virtlogd.pid")
        RFLAB_LIBVIRTD=$(rflab_pid_of "$RFLAB_DIR/libvirtd.pid")
        [ -n "$RFLAB_LIBVIRTD" ] && virsh -c "$RFLAB_URI" version >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    echo "libvirtd did not start"; return 1
}

# The domain: the shared template with our name, a fresh UUID, an empty disk and a console file.
# Its SeaBIOS is named as the loader: sushy reports BootSourceOverrideMode only for a domain with
# a <loader> (without one it takes a Legacy PATCH yet reads back no mode). With it, sushy answers
# "Legacy" from the start, as iDRAC 9 or iLO 5 report their mode, so the mode can be read back.
rflab_domain() {
    RFLAB_UUID=$(cat /proc/sys/kernel/random/uuid)
    RFLAB_DOMAIN=crashcart-rf-$$
    truncate -s 1M "$RFLAB_DIR/disk.img"
    sed -e "s|@NAME@|$RFLAB_DOMAIN|" -e "s|<uuid>.*</uuid>|<uuid>$RFLAB_UUID</uuid>|" \
        -e "s|@DISK@|$RFLAB_DIR/disk.img|" -e "s|@CONSOLE@|$RFLAB_DIR/console.log|" \
        -e "s|\(<type arch=.*>hvm</type>\)|\1\n    <loader readonly='yes' type='rom'>/usr/share/seabios/bios-256k.bin</loader>|" \
        "$RFLAB_BMC_FILES/libvirt-domain.xml.in" > "$RFLAB_DIR/domain.xml"
    grep -q "<loader readonly='yes' type='rom'>" "$RFLAB_DIR/domain.xml" || { echo "no <type ...>hvm</type> in the template"; return 1; }
    [ -z "$RFLAB_DOMAIN_HOOK" ] || "$RFLAB_DOMAIN_HOOK" "$RFLAB_DIR/domain.xml" || return 1
    virsh -c "$RFLAB_URI" define "$RFLAB_DIR/domain.xml" >/dev/null
}

# A self-signed certificate for 127.0.0.1 (a new one each call): $RFLAB_DIR/cert-N.pem, key-N.pem;
# RFLAB_FINGERPRINT (for the caller) is its SHA-256 as Crashcart writes it.
# shellcheck disable=SC2034
rflab_cert() {
    RFLAB_CERT_N=$((RFLAB_CERT_N + 1))
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
        -keyout "$RFLAB_DIR/key-$RFLAB_CERT_N.pem" -out "$RFLAB_DIR/cert-$RFLAB_CERT_N.pem" \
        -subj "/CN=sushy-$RFLAB_CERT_N" -addext "subjectAltName=IP:127.0.0.1" 2>/dev/null
    RFLAB_FINGERPRINT=$(openssl x509 -in "$RFLAB_DIR/cert-$RFLAB_CERT_N.pem" -noout -fingerprint -sha256 \
        | sed 's/.*=//; s/://g' | tr 'A-F' 'a-f')
}

# The command in RFLAB_NETNS's namespace, or in the current one (ip netns exec execs it: same PID).
rflab_in_ns() { if [ -n "$RFLAB_NETNS" ]; then exec ip netns exec "$RFLAB_NETNS" "$@"; else exec "$@"; fi; }

# sushy-emulator with the current certificate; waits until it answers (401 without credentials).
rflab_sushy() {
    (cd "$SUSHY_TOOLS_DIR" && rflab_in_ns /usr/bin/python3 -m sushy_tools.emulator.main --config "$RFLAB_DIR/sushy.conf" \
        --ssl-certificate "$RFLAB_DIR/cert-$RFLAB_CERT_N.pem" --ssl-key "$RFLAB_DIR/key-$RFLAB_CERT_N.pem") \
        >> "$RFLAB_DIR/sushy.log" 2>&1 &
    RFLAB_SUSHY_PID=$!
    local _ code
    for _ in $(seq 100); do
        code=$(rflab_in_ns curl -sk -o /dev/null -w '%{http_code}' --max-time 2 "https://127.0.0.1:$RFLAB_PORT/redfish/v1/Systems") || true
        [ "$code" = 401 ] && return 0
        kill -0 "$RFLAB_SUSHY_PID" 2>/dev/null || break
        sleep 0.2
    done
    tail -20 "$RFLAB_DIR/sushy.log"; echo "sushy-emulator did not start"; return 1
}

redfishlab_start() {
    RFLAB_DIR=$1; RFLAB_PORT=$2
    local user=$3 password=$4
    mkdir -p "$RFLAB_DIR"
    # QEMU runs as libvirt-qemu: it must reach the disk through the state dir (and mktemp's parent).
    chmod 711 "$RFLAB_DIR" "$(dirname "$RFLAB_DIR")"
    rflab_libvirt || return 1
    rflab_domain || return 1
    if command -v htpasswd >/dev/null; then
        htpasswd -iBc "$RFLAB_DIR/htpasswd" "$user" <<< "$password" 2>/dev/null || return 1
    else
        printf '%s' "$password" | /usr/bin/python3 -c 'import bcrypt, sys
print(sys.argv[1] + ":" + bcrypt.hashpw(sys.stdin.buffer.read(), bcrypt.gensalt()).decode())' "$user" \
            > "$RFLAB_DIR/htpasswd" || return 1
    fi
    sed -e "s|@PORT@|$RFLAB_PORT|" -e "s|@HTPASSWD@|$RFLAB_DIR/htpasswd|" -e "s|@UUID@|$RFLAB_UUID|" \
        "$RFLAB_BMC_FILES/sushy-emulator.conf.in" > "$RFLAB_DIR/sushy.conf"
    rflab_cert
    rflab_sushy
}

rflab_stop_sushy() {
    [ -n "$RFLAB_SUSHY_PID" ] || return 0
    kill "$RFLAB_SUSHY_PID" 2>/dev/null || true
    wait "$RFLAB_SUSHY_PID" 2>/dev/null || true
    RFLAB_SUSHY_PID=""
}

# The BMC gets a new certificate (as after a firmware update or a reset to defaults).
redfishlab_new_cert() {
    rflab_stop_sushy
    rflab_cert
    rflab_sushy
}

redfishlab_stop() {
    rflab_stop_sushy
    if [ -n "$RFLAB_DOMAIN" ]; then
        virsh -c "$RFLAB_URI" destroy "$RFLAB_DOMAIN" >/dev/null 2>&1 || true
        virsh -c "$RFLAB_URI" undefine --nvram "$RFLAB_DOMAIN" >/dev/null 2>&1 \
            || virsh -c "$RFLAB_URI" undefine "$RFLAB_DOMAIN" >/dev/null 2>&1 || true
        RFLAB_DOMAIN=""
    fi
    local pid
    for pid in "$RFLAB_LIBVIRTD" "$RFLAB_VIRTLOGD"; do
        [ -n "$pid" ] || continue
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    done
    RFLAB_LIBVIRTD=""; RFLAB_VIRTLOGD=""
}
