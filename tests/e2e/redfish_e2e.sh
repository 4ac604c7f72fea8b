#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e_bmc_redfish_sushy: Crashcart's Redfish client (through redfish_probe) against sushy-tools
# driving a real QEMU domain through libvirt (redfishlab.sh). Proves: an unknown certificate is
# TlsUnknown with the fingerprint sushy really presents; accepted, ForceOff -> Off; next boot
# Pxe/Legacy read back; On -> On; Pxe/UEFI read back; Cycle; Off; the override cleared; the
# system found by MAC or UUID; after a new certificate the old pin is TlsChanged; a wrong
# password is Auth. Exit 77 when sushy-tools, libvirt or QEMU is missing.
# Usage: redfish_e2e.sh REDFISH_PROBE
# shellcheck source-path=SCRIPTDIR disable=SC2015  # "A && B || fail": fail exits
set -u
PROBE=$1
. "$(dirname "$0")/redfishlab.sh"
redfishlab_require

W=$(mktemp -d /tmp/crashcart-redfish.XXXXXX)
USER_NAME=crashcart
PASSWORD="pw-$RANDOM-$RANDOM"
PORT=$((20000 + RANDOM % 20000))
cleanup() {
    redfishlab_stop
    rm -rf "$W"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP PIPE

fail() {
    echo "FAIL: $*"
    echo "--- sushy log (last lines)"; tail -15 "$W/lab/sushy.log" 2>/dev/null
    exit 1
}

T0=$(date +%s%N)
step() { local ms=$((($(date +%s%N) - T0) / 1000000)); printf '[%3d.%03ds] %s\n' $((ms / 1000)) $((ms % 1000)) "$*"; }

# probe ARGS...: runs the probe with the password on stdin; its output in OUT, its status in RC.
probe() {
    OUT=$(printf '%s\n' "$PASSWORD" | "$PROBE" "127.0.0.1:$PORT" "$USER_NAME" "$@" 2>&1); RC=$?
    # The password must never show.
    case "$OUT" in *"$PASSWORD"*) fail "the password appears in the probe's output";; esac
}
# expect ARGS... -- WANT: the probe's first line must be WANT.
expect() {
    local want=${*: -1}; local args=("${@:1:$#-2}")
    probe "${args[@]}"
    [ "$RC" = 0 ] && [ "$(head -1 <<< "$OUT")" = "$want" ] || fail "${args[*]}: wanted '$want', got rc=$RC: $OUT"
    [ "${args[0]}" = --fingerprint ] && args=("${args[@]:2}")
    step "${args[*]} -> $want"
}

redfishlab_start "$W/lab" "$PORT" "$USER_NAME" "$PASSWORD" || fail "the lab did not start"
step "sushy-tools up on https://127.0.0.1:$PORT, domain $RFLAB_DOMAIN"

# 1. Nobody accepted this certificate yet.
probe power
[ "$RC" = 2 ] && grep -qx "error bmc.tls.unknown" <<< "$OUT" || fail "unknown certificate: rc=$RC: $OUT"
PRESENTED=$(sed -n 's/^fingerprint //p' <<< "$OUT")
[ "$PRESENTED" = "$RFLAB_FINGERPRINT" ] || fail "presented fingerprint '$PRESENTED', certificate has $RFLAB_FINGERPRINT"
grep -q "$RFLAB_FINGERPRINT" <<< "$OUT" || fail "the message does not name the fingerprint: $OUT"
step "unknown certificate -> TlsUnknown, fingerprint $PRESENTED"

# 2. The admin accepts it; power and boot.
PIN=(--fingerprint "$PRESENTED")
expect "${PIN[@]}" set-power off -- ok
expect "${PIN[@]}" power -- off
expect "${PIN[@]}" set-boot pxe legacy once -- ok
probe "${PIN[@]}" boot
[ "$RC" = 0 ] && [[ "$OUT" == "pxe legacy "* ]] || fail "boot after Pxe/Legacy: $OUT"
step "boot -> $OUT (sushy keeps every override Continuous)"
# The override reached the machine: sushy writes it to the domain's (inactive) definition, as
# the NIC's boot order 1.
inactive() { virsh -c "$RFLAB_URI" dumpxml --inactive "$RFLAB_DOMAIN"; }
inactive | sed -n '/<interface/,/<\/interface>/p' | grep -q "<boot order='1'/>" \
    || fail "the domain's NIC is not its first boot device: $(inactive | grep -B2 -A2 boot)"
expect "${PIN[@]}" set-power on -- ok
expect "${PIN[@]}" power -- on
virsh -c "$RFLAB_URI" domstate "$RFLAB_DOMAIN" | grep -q running || fail "the domain does not run after On"
expect "${PIN[@]}" set-boot pxe uefi once -- ok
probe "${PIN[@]}" boot
[ "$RC" = 0 ] && [[ "$OUT" == "pxe uefi "* ]] || fail "boot after Pxe/UEFI: $OUT"
step "boot -> $OUT"
inactive | grep -q "OVMF_CODE_4M.fd" || fail "the domain has no UEFI loader: $(inactive | grep -A5 '<os')"
expect "${PIN[@]}" set-power cycle -- ok
expect "${PIN[@]}" power -- on
expect "${PIN[@]}" set-power off -- ok
expect "${PIN[@]}" power -- off
virsh -c "$RFLAB_URI" domstate "$RFLAB_DOMAIN" | grep -q "shut off" || fail "the domain still runs after Off"
expect "${PIN[@]}" clear-boot -- ok
probe "${PIN[@]}" boot
[ "$RC" = 0 ] && [[ "$OUT" != pxe* ]] || fail "boot after clear: $OUT"
step "boot after clear -> $OUT (sushy's answers to the PATCHes: $(grep '"PATCH ' "$W/lab/sushy.log" | tail -3 | awk '{printf "%s ", $(NF-1)}'))"

# The system named by its NIC's MAC (sushy lists the domain's interfaces) or UUID; a MAC it
# does not have is refused.
expect "${PIN[@]}" --hint 52-54-00-12-34-57 power -- off
expect "${PIN[@]}" --hint "${RFLAB_UUID^^}" power -- off
probe "${PIN[@]}" --hint 52:54:00:99:99:99 power
[ "$RC" = 2 ] && grep -qx "error bmc.system" <<< "$OUT" || fail "unknown MAC: rc=$RC: $OUT"
step "hint by MAC and UUID -> the domain; unknown MAC -> bmc.system"

# 3. The BMC's certificate changes: the old pin is refused, naming both fingerprints.
OLD=$PRESENTED
redfishlab_new_cert || fail "sushy did not restart"
[ "$RFLAB_FINGERPRINT" != "$OLD" ] || fail "the new certificate has the old fingerprint"
probe "${PIN[@]}" power
[ "$RC" = 2 ] && grep -qx "error bmc.tls.changed" <<< "$OUT" || fail "changed certificate: rc=$RC: $OUT"
grep -q "$OLD" <<< "$OUT" && grep -q "$RFLAB_FINGERPRINT" <<< "$OUT" || fail "the message lacks a fingerprint: $OUT"
step "new certificate with the old pin -> TlsChanged"

# 4. A wrong password is Auth.
PASSWORD=not-the-password-$RANDOM probe --fingerprint "$RFLAB_FINGERPRINT" power
grep -qx "error bmc.auth" <<< "$OUT" || fail "wrong password: $OUT"
step "wrong password -> Auth"
echo "PASS"
