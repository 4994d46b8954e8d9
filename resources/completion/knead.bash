# SPDX-License-Identifier: MIT
# bash completion for knead. The options are read from `knead --help` of the knead being
# completed, so a new option completes without a change here; routine ids come from
# `knead --list routines --format json`, with the packs named on the line so far.
# Needs no helper from the bash-completion package.

# The knead on the command line, with a leading ~ expanded.
_knead_program()
{
    local program=${COMP_WORDS[0]}
    printf '%s\n' "${program/#\~/$HOME}"
}

# --content-dir arguments typed so far, so that their routines complete too.
_knead_packs()
{
    local i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == --content-dir && $((i + 1)) -lt $COMP_CWORD ]]; then
            word=${COMP_WORDS[i + 1]}
            [[ $word == = && $((i + 2)) -lt $COMP_CWORD ]] && word=${COMP_WORDS[i + 2]}
            printf '%s\n' --content-dir "${word/#\~/$HOME}"
        elif [[ $word == --content-dir=* ]]; then
            word=${word#--content-dir=}
            printf '%s\n' --content-dir "${word/#\~/$HOME}"
        fi
    done
}

_knead_routine_ids()
{
    local -a packs
    mapfile -t packs < <(_knead_packs)
    "$(_knead_program)" "${packs[@]}" --list routines --format json 2>/dev/null |
        sed -n -E 's/^ *"id": *"([^"]*)",?$/\1/p'
}

# Every option of `knead --help`; those that take a value are followed by <VALUE> there.
_knead_options()
{
    "$(_knead_program)" --help 2>/dev/null |
        sed -n -E 's/^  +(-[[:alnum:]], )?(--[[:alnum:]][[:alnum:]-]*)( <[^>]*>)?(  .*)?$/\2\3/p'
}

_knead()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    # bash splits --format=json at the '=' (COMP_WORDBREAKS): complete the value.
    if [[ $cur == = ]]; then
        cur=
    elif [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    COMPREPLY=()

    local -a options valued
    local line
    while IFS= read -r line; do
        options+=("${line%% *}")
        [[ $line == *' <'* ]] && valued+=("${line%% *}")
    done < <(_knead_options)

    local takes_value=
    for line in "${valued[@]}"; do
        [[ $prev == "$line" ]] && takes_value=1
    done
    if [[ -n $takes_value ]]; then
        case $prev in
            --start) mapfile -t COMPREPLY < <(compgen -W "$(_knead_routine_ids)" -- "$cur") ;;
            --format) mapfile -t COMPREPLY < <(compgen -W 'text json' -- "$cur") ;;
            --content-dir) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
            *) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
        esac
        return 0
    fi

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${options[*]}" -- "$cur")
        return 0
    fi
    if [[ $prev == --list ]]; then
        mapfile -t COMPREPLY < <(compgen -W 'techniques routines regions' -- "$cur")
    elif [[ " ${COMP_WORDS[*]} " == *' --validate '* ]]; then
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
    fi
    return 0
}
complete -F _knead knead
