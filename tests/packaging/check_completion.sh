#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_completion.sh CRASHCART-CLI COMPLETION: the bash completion offers the commands, verbs
# and options of the CLI's --help, option values, and the MACs and profile names of the
# workspace named on the command line or by $CRASHCART_WORKSPACE.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/bin"
ln -s "$cli" "$dir/bin/crashcart-cli" # completion runs the command as typed
PATH=$dir/bin:$PATH
export CRASHCART_WORKSPACE=$dir/ws ASAN_OPTIONS=detect_leaks=0
printf 'mac;hostname;ip;profile;bmc_address;bmc_type;tags;notes\n52:54:00:00:00:01;web01;dhcp;;;;;\n52:54:00:00:00:02;web02;dhcp;;;;;\n' >"$dir/hosts.csv"
crashcart-cli hosts import "$dir/hosts.csv" >/dev/null || exit 1
crashcart-cli profiles set rhel9-web --description web >/dev/null || exit 1
crashcart-cli profiles set other-profile --workspace "$dir/other" --description other >/dev/null || exit 1

# shellcheck source=/dev/null
source "$2"
failed=0
# expect "LINE TYPED" WORD...: completing at the end of the line offers at least these words.
expect()
{
    local line=$1
    shift
    read -ra COMP_WORDS <<<"$line"
    [[ $line == *' ' ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _crashcart_cli 2>/dev/null
    local want got=" ${COMPREPLY[*]} "
    for want in "$@"; do
        if [[ $got != *" $want "* ]]; then
            echo "FAIL: '$line' offers [${COMPREPLY[*]}], not $want"
            failed=1
            return
        fi
    done
    echo "ok: '$line' -> ${COMPREPLY[*]}"
}
# expect_none "LINE TYPED" WORD...: none of these words.
expect_none()
{
    local line=$1
    shift
    read -ra COMP_WORDS <<<"$line"
    [[ $line == *' ' ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _crashcart_cli 2>/dev/null
    local word
    for word in "$@"; do
        if [[ " ${COMPREPLY[*]} " == *" $word "* ]]; then
            echo "FAIL: '$line' offers $word"
            failed=1
        fi
    done
}

expect "crashcart-cli " hosts install bmc distros profiles serve ks initrd
expect "crashcart-cli ho" hosts
expect "crashcart-cli hosts " import list export arm disarm timeline report
expect "crashcart-cli bmc " status on off cycle reset soft-off pxe-once clear-boot credentials forget trust cipher-suite
expect "crashcart-cli initrd " ls cat extract info diff add rm
expect "crashcart-cli ks " lint render
expect "crashcart-cli install " start status cancel 52:54:00:00:00:01
expect "crashcart-cli hosts arm " 52:54:00:00:00:01 52:54:00:00:00:02
expect "crashcart-cli hosts arm 52:54:00:00:00:01 52:54:00:00:00:0" 52:54:00:00:00:02
expect "crashcart-cli bmc pxe-once " 52:54:00:00:00:01
expect "crashcart-cli ks render --host " 52:54:00:00:00:02
expect "crashcart-cli profiles set " rhel9-web
expect "crashcart-cli profiles remove --workspace $dir/other " other-profile
expect_none "crashcart-cli profiles remove --workspace $dir/other " rhel9-web
expect "crashcart-cli --" --workspace --json --dry-run --follow --help --version --listen --dhcp --interface
expect "crashcart-cli serve --dhcp " off proxy full
expect "crashcart-cli serve --uefi-loader " ipxe shim
expect "crashcart-cli bmc status --" --user --password-stdin --fingerprint --workspace
expect "crashcart-cli install start 52:54:00:00:00:01 --" --yes --skip-blocked --no-bmc --check
expect "crashcart-cli profiles set rhel9-web --" --kernel --initrd --kickstart --secure-boot
expect "crashcart-cli ks render --" --host --release --no-lint
expect_none "crashcart-cli hosts list --" --fingerprint

# Where the package puts it, bash-completion's loader finds it on first use.
loader=/usr/share/bash-completion/bash_completion
if [ -f "$loader" ]; then
    mkdir -p "$dir/share/bash-completion/completions"
    cp "$2" "$dir/share/bash-completion/completions/crashcart-cli"
    found=$(XDG_DATA_DIRS=$dir/share bash -c "source $loader; complete -r crashcart-cli 2>/dev/null; _completion_loader crashcart-cli; complete -p crashcart-cli" 2>&1)
    if [[ $found == *"-F _crashcart_cli crashcart-cli"* ]]; then
        echo "ok: bash-completion loads it from share/bash-completion/completions"
    else
        echo "FAIL: bash-completion does not load it: $found"
        failed=1
    fi
else
    echo "bash-completion is not installed: its loader not tried"
fi
exit $failed
