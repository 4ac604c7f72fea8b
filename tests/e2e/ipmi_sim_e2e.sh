#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ipmi_sim_e2e.sh - Crashcart's IPMI client against OpenIPMI's ipmi_sim (ipmilab.sh) powering a
# small QEMU VM (TCG, no disk, no network: only its power and its -boot option matter here).
# The Qt test (e2e_ipmi_sim) does the checks; this script starts and stops the lab by PID.
# Usage: ipmi_sim_e2e.sh E2E_TEST_EXE [WORKDIR]    Exit: 0 ok, 1 failed, 77 cannot run here.
set -euo pipefail
TEST=$1; W=${2:-/tmp/crashcart-ipmi-e2e-$$}
skip() { echo "SKIP: $*"; exit 77; }
for t in ipmi_sim qemu-system-x86_64 timeout ss setsid; do
    command -v "$t" >/dev/null || skip "$t missing (packaging/dev.sh test installs openipmi, qemu-system-x86)"
done
[ -f /usr/share/seabios/bios-256k.bin ] || [ -f /usr/share/qemu/bios-256k.bin ] || skip "seabios missing"

# shellcheck source=ipmilab.sh
. "$(dirname "$0")/ipmilab.sh"

trap ipmilab_stop EXIT INT TERM

# A free UDP port for RMCP+ and the TCP port above it for the VM's ipmi-bmc-extern.
PORT=
for _ in $(seq 20); do
    p=$((20000 + RANDOM % 30000))
    if ! ss -Hlun "sport = :$p" | grep -q . && ! ss -Hltn "sport = :$((p + 1))" | grep -q .; then PORT=$p; break; fi
done
[ -n "$PORT" ] || { echo "no free port"; exit 1; }

rm -rf "$W"; mkdir -p "$W/state"
# The VM the chassis powers: BOOTOPT comes from chassis-control.sh (once=n after a PXE override).
cat > "$W/vm-start.sh" <<VM
#!/bin/bash
echo "\$(date +%s.%N) BOOTOPT=\$BOOTOPT" >> "$W/state/vm-starts.log"
exec timeout 120 qemu-system-x86_64 -machine pc,accel=tcg -m 64 -nographic -nodefaults \\
    -serial file:"$W/state/console.log" \\
    -chardev socket,id=ipmi0,host=127.0.0.1,port=$((PORT + 1)),reconnect=10 \\
    -device ipmi-bmc-extern,id=bmc0,chardev=ipmi0 -device isa-ipmi-kcs,bmc=bmc0 \\
    -boot "\$BOOTOPT"
VM
chmod 755 "$W/vm-start.sh"

ipmilab_start "$W/state" "$PORT" e2eadmin 'e2e-Pa55word' "$W/vm-start.sh"
echo "ipmi_sim $IPMILAB_PID on 127.0.0.1:$PORT, state in $W/state"

status=0
IPMILAB_PORT=$PORT IPMILAB_USER=e2eadmin IPMILAB_PASSWORD='e2e-Pa55word' IPMILAB_STATE="$W/state" \
    "$TEST" || status=$?
if [ "$status" != 0 ]; then
    echo "== calls.log"; cat "$W/state/calls.log" 2>/dev/null || true
    echo "== vm-starts.log"; cat "$W/state/vm-starts.log" 2>/dev/null || true
    echo "== vm-stderr.log"; tail -20 "$W/state/vm-stderr.log" 2>/dev/null || true
    echo "== ipmi_sim.log"; tail -30 "$W/state/ipmi_sim.log" 2>/dev/null || true
    echo "(kept in $W)"
else
    ipmilab_stop; rm -rf "$W"
fi
exit "$status"
