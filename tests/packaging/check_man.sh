#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_man.sh MANDIR CRASHCART CRASHCART-CLI: man shows crashcart(1) and crashcart-cli(1)
# from MANDIR without a warning, and each names every option of every --help it is made from.
set -u
mandir=$1
shift
status=0
for program in "$@"; do
    name=$(basename "$program")
    page=$(MANWIDTH=100 man --warnings -M "$mandir" "$name" 2>"$mandir/$name.warnings")
    if [ -s "$mandir/$name.warnings" ] || [ -z "$page" ]; then
        echo "man $name: no page, or warnings:"
        cat "$mandir/$name.warnings"
        status=1
    fi
    rm -f "$mandir/$name.warnings"
    # Every command that has a --help of its own, as the top help names them.
    mapfile -t commands < <("$program" --help | grep -oE '\([a-z]+( [a-z]+)? --help\)' | sed 's/^(//; s/ --help)$//' | sort -u)
    for words in "" "${commands[@]}"; do
        # shellcheck disable=SC2086 # the command's words, split on purpose
        for option in $("$program" $words --help | sed -n 's/^  \(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z0-9-]*\).*/\2/p'); do
            if ! grep -qe "$option\b" <<<"$page"; then
                echo "man $name lacks $option of: $name $words --help"
                status=1
            fi
        done
    done
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES "SEE ALSO"; do
        grep -q "^$section" <<<"$page" || { echo "man $name has no $section section"; status=1; }
    done
    echo "man $name: $(wc -l <<<"$page") lines, ${#commands[@]} commands with options of their own"
done
exit $status
