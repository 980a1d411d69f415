# bash completion for recension. The options are those of the program's option table
# (app/cli/optiontable.cpp); tests/cli checks that the two agree.
_recension()
{
    local cur prev words cword
    _init_completion || return

    local -A options=(
        [window]="--help --version --screenshot --panel"
        [compare]="--help --json --html --pdf --ignore-case --ignore-punctuation --synonyms-unimportant --language --paper --changes-only --no-timestamp --watch --findings --docx --changes-table --facts-only --keep-clutter"
        [family]="--help --base --json --pdf --html --language --no-timestamp"
        [info]="--help --json --language"
    )
    local -A file_options=(
        [window]="--screenshot"
        [compare]="--json --html --pdf --watch --docx"
        [family]="--base --json --pdf --html"
        [info]=""
    )
    local command=window i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            compare | family | info) command=${words[i]}; break ;;
            -*) ;;
            *) break ;;
        esac
    done

    case $prev in
        --paper) COMPREPLY=($(compgen -W "a4 letter" -- "$cur")); return ;;
        --panel) COMPREPLY=($(compgen -W "findings changes quotations facts family" -- "$cur")); return ;;
        --language) COMPREPLY=($(compgen -W "en de fr" -- "$cur")); return ;;
    esac
    if [[ " ${file_options[$command]} " == *" $prev "* ]]; then
        _filedir
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "${options[$command]}" -- "$cur"))
        return
    fi
    if [[ $command == window && $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "compare family info" -- "$cur"))
    fi
    _filedir
}
complete -F _recension recension
