# SPDX-License-Identifier: GPL-3.0-or-later
# ipmilab.sh - a test BMC for the IPMI e2e tests (sourced): OpenIPMI's ipmi_sim serving IPMI 2.0
# (RMCP+) on 127.0.0.1, with tests/e2e/bmc/chassis-control.sh as its chassis: power on runs the
# caller's VM start program (BOOTOPT=<QEMU -boot value> in its environment; it must exec QEMU),
# power off kills that VM's process group, and boot parameter 5 lands in STATEDIR/boot.
#   ipmilab_start STATEDIR PORT USER PASSWORD VM_START   sets IPMILAB_PID; IPMILAB_VMPORT is the
#                                                       TCP port QEMU's ipmi-bmc-extern connects to
#   ipmilab_stop                                        stops the VM and ipmi_sim, by PID
# STATEDIR/calls.log lists every chassis call; STATEDIR/ipmi_sim.log is the simulator's output.
# With IPMILAB_NETNS set, ipmi_sim (and so the chassis program and the VM) runs in that network
# namespace, on its loopback.
# The password goes into a 0600 file, never onto a command line.
# shellcheck shell=bash

IPMILAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/bmc
IPMILAB_PID=; IPMILAB_STATE=; IPMILAB_VMPORT=

# The VM of the chassis, if one runs: chassis-control.sh keeps its PID (a session leader).
ipmilab_vm_pid() {
    local p; p=$(cat "$IPMILAB_STATE/vm.pid" 2>/dev/null) || return 1
    [ -n "$p" ] && [ -e "/proc/$p" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$p/stat" 2>/dev/null && echo "$p"
}

ipmilab_start() {
    local state=$1 port=$2 user=$3 password=$4 start=$5
    case $password$user in *'"'*|*$'\n'*) echo "ipmilab: no quotes or newlines in user or password"; return 1 ;; esac
    IPMILAB_STATE=$state; IPMILAB_VMPORT=${IPMILAB_VMPORT:-$((port + 1))}
    mkdir -p "$state/sim"
    local conf
    conf=$(<"$IPMILAB_DIR/ipmi-lan.conf.in")
    conf=${conf//@PORT@/$port}; conf=${conf//@VMPORT@/$IPMILAB_VMPORT}
    conf=${conf//@CHASSIS@/$IPMILAB_DIR/chassis-control.sh}
    conf=${conf//@USER@/$user}; conf=${conf//@PASSWORD@/$password}
    (umask 077; printf '%s\n' "$conf" > "$state/lan.conf")
    local netns=()
    [ -z "${IPMILAB_NETNS:-}" ] || netns=(ip netns exec "$IPMILAB_NETNS")
    BMC_STATE=$state BMC_VM_START=$start "${netns[@]}" ipmi_sim -c "$state/lan.conf" -f "$IPMILAB_DIR/bmc.emu" -s "$state/sim" -n -p \
        </dev/null >"$state/ipmi_sim.log" 2>&1 &
    IPMILAB_PID=$!
    # Ready once the UDP port is bound (ss), or give up after 5 s.
    local _
    for _ in $(seq 50); do
        kill -0 "$IPMILAB_PID" 2>/dev/null || break
        "${netns[@]}" ss -Hlun "sport = :$port" 2>/dev/null | grep -q . && return 0
        sleep 0.1
    done
    cat "$state/ipmi_sim.log"; echo "ipmilab: ipmi_sim did not start on port $port"
    ipmilab_stop; return 1
}

ipmilab_stop() {
    local p
    if [ -n "$IPMILAB_STATE" ] && p=$(ipmilab_vm_pid); then
        kill -TERM -- "-$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null || true
        for _ in $(seq 50); do [ -e "/proc/$p" ] || break; sleep 0.05; done
        kill -KILL -- "-$p" 2>/dev/null || true
    fi
    if [ -n "$IPMILAB_PID" ]; then
        kill "$IPMILAB_PID" 2>/dev/null || true
        wait "$IPMILAB_PID" 2>/dev/null || true
        IPMILAB_PID=
    fi
}
