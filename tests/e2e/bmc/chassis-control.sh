#!/bin/bash
# Copied unchanged from the shared BMC lab (shared/e2e/bmc/chassis-control.sh, see
# shared/docs/bmc-lab.md) so that the e2e test runs from a checkout of this repository alone.
# chassis_control program for OpenIPMI's ipmi_sim: it gives the simulated BMC a machine to
# power and a boot device to set. Contract (as OpenIPMI's lanserv/ipmi_sim_chassiscontrol):
#   chassis-control.sh DEV get PARM...        prints PARM:VALUE lines (power 0|1, boot DEVICE)
#   chassis-control.sh DEV set PARM VALUE...  power 0|1, reset 1, shutdown 1,
#                                             boot none|pxe|default|cdrom|bios, identify I F
# ipmi_sim popen()s it and blocks until it returns with stdout closed: the VM is started
# detached, in its own session, with no inherited descriptors.
# Environment: BMC_STATE (a folder for this BMC's state), BMC_VM_START (a program that starts
# the VM; it gets BOOTOPT=<QEMU -boot value> in its environment and must exec QEMU).
set -u
state=${BMC_STATE:?}; start=${BMC_VM_START:?}
mkdir -p "$state"
for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] 2>/dev/null && eval "exec $n>&-" 2>/dev/null; done
echo "$(date +%s.%N) $*" >> "$state/calls.log"
op=$2; shift 2

# alive: exists and is not a zombie
vm_pid() { local p; p=$(cat "$state/vm.pid" 2>/dev/null); [ -n "$p" ] && [ -e "/proc/$p" ] \
    && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$p/stat" 2>/dev/null && echo "$p"; }
boot_get() { cat "$state/boot" 2>/dev/null || echo default; }
power_on() {
    [ -n "$(vm_pid)" ] && return 0
    local opt
    case $(boot_get) in
        pxe)   opt="once=n,order=c"; echo none > "$state/boot" ;;  # one-time, as firmware clears it
        cdrom) opt="once=d,order=c"; echo none > "$state/boot" ;;
        *)     opt="order=c" ;;
    esac
    BOOTOPT=$opt setsid "$start" </dev/null >>"$state/vm-stderr.log" 2>&1 &
    echo $! > "$state/vm.pid"
}
power_off() {
    local p; p=$(vm_pid) || return 0
    kill -TERM -- "-$p"
    for _ in $(seq 50); do [ -z "$(vm_pid)" ] && break; sleep 0.05; done
    rm -f "$state/vm.pid"
}

case $op in
get)
    for parm in "$@"; do
        case $parm in
        power) [ -n "$(vm_pid)" ] && echo power:1 || echo power:0 ;;
        boot)  echo "boot:$(boot_get)" ;;
        *) echo "Invalid parameter: $parm"; exit 1 ;;
        esac
    done ;;
set)
    while [ $# -gt 0 ]; do
        parm=$1 val=${2:-}; shift 2
        case $parm in
        power) [ "$val" = 1 ] && power_on || power_off ;;
        reset) power_off; power_on ;;
        shutdown) power_off ;;
        boot) case $val in none|pxe|default|cdrom|bios) echo "$val" > "$state/boot" ;; *) echo "bad boot $val"; exit 1 ;; esac ;;
        identify) shift ;;
        *) echo "Invalid parameter: $parm"; exit 1 ;;
        esac
    done ;;
*) echo "Unknown operation: $op"; exit 1 ;;
esac
exit 0
