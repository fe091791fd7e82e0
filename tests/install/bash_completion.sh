#!/usr/bin/env bash
# Drives the bash completion for galley the way bash does (COMP_WORDS/COMP_CWORD, then
# the completion function) against the galley of this build, and checks what it offers.
#
#   bash_completion.sh COMPLETION_FILE GALLEY_EXE
set -uo pipefail
completion=$1 galley=$2
if [ ! -r /usr/share/bash-completion/bash_completion ]; then
    echo "bash-completion is not installed (scripts/install-deps.sh installs it)"; exit 1
fi
# shellcheck disable=SC1091
source /usr/share/bash-completion/bash_completion
# shellcheck disable=SC1090
source "$completion"
export GALLEY_PLUGIN_PATH=

failures=0
# expect "WORDS..." EXPECTED_WORD: completing the last word of WORDS offers EXPECTED_WORD.
expect() {
    local line=$1 want=$2
    line="$galley ${line#galley }"
    read -r -a COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line COMP_POINT=${#line}
    COMPREPLY=()
    _galley
    if ! printf '%s\n' "${COMPREPLY[@]}" | grep -qxF -- "$want"; then
        echo "FAIL: '$line' offers [${COMPREPLY[*]}], not '$want'"
        failures=$((failures + 1))
    fi
}
expect "galley conv" convert
expect "galley val" validate
expect "galley convert --sk" --skip-unchanged
expect "galley convert --to p" pdf
expect "galley convert --to json,x" json,xhtml
expect "galley convert -O pdf.pa" pdf.paper=
expect "galley --plug" --plugin-dir
if [ "$failures" -ne 0 ]; then
    exit 1
fi
echo "bash completion offers commands, options, formats and format options"
