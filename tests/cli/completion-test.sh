#!/usr/bin/env bash
# Sources adphoto-cli's generated bash completion and checks what it offers, as bash would
# when the user presses Tab. Usage: completion-test.sh path/to/adphoto-cli.bash
set -uo pipefail
# shellcheck disable=SC1090
source "$1" || { echo "cannot source $1"; exit 1; }

failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir pictures portraits
touch roster.csv plan.json

# offered LINE: what completion offers for LINE (a trailing space starts a new word), sorted.
offered() {
    read -ra COMP_WORDS <<<"$1"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _adphoto_cli adphoto-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect_equal() { # LINE EXPECTED
    local got
    got=$(offered "$1")
    if [[ $got != "$2" ]]; then
        echo "FAIL: '$1' offered '$got', expected '$2'"
        failures=$((failures + 1))
    fi
}
expect_has() { # LINE WORD...
    local got w line=$1
    shift
    got=" $(offered "$line") "
    for w in "$@"; do
        if [[ $got != *" $w "* ]]; then
            echo "FAIL: '$line' did not offer '$w' (offered:$got)"
            failures=$((failures + 1))
        fi
    done
}
expect_lacks() { # LINE WORD...
    local got w line=$1
    shift
    got=" $(offered "$line") "
    for w in "$@"; do
        if [[ $got == *" $w "* ]]; then
            echo "FAIL: '$line' offered '$w'"
            failures=$((failures + 1))
        fi
    done
}

expect_has "adphoto-cli " check users photo import audit export match history restore undo deploy help
expect_lacks "adphoto-cli " get set
expect_equal "adphoto-cli photo " "get prepare remove set"
expect_equal "adphoto-cli photo s" "set"
expect_equal "adphoto-cli help ph" "photo"
expect_equal "adphoto-cli help photo " "get prepare remove set"
expect_equal "adphoto-cli users --form" "--format"
expect_has "adphoto-cli users --" --missing --no-photo-sizes --server --quiet --verbose --help --ou
expect_lacks "adphoto-cli history --" --server --missing
expect_has "adphoto-cli --" --version --server --bind --quiet
expect_equal "adphoto-cli users --format " "csv json table"
expect_equal "adphoto-cli audit --format " "csv html json table"
expect_equal "adphoto-cli audit --format h" "html"
expect_equal "adphoto-cli --bind " "gssapi simple"
expect_equal "adphoto-cli users --tls " "ldaps none starttls"
expect_equal "adphoto-cli deploy --mode " "logoff system-task"
expect_has "adphoto-cli import --delimiter " semicolon tab auto
# Option values are skipped when finding the command: --server's URI is not a command word.
expect_has "adphoto-cli --server ldaps://dc1 --user admin users --m" --missing
expect_equal "adphoto-cli --server ldaps://dc1 photo " "get prepare remove set"
# Files and folders where a file or folder is expected, nothing where a user name is.
expect_equal "adphoto-cli import --folder " "pictures portraits"
expect_equal "adphoto-cli import --folder p" "pictures portraits"
expect_has "adphoto-cli import --csv " roster.csv plan.json pictures
expect_equal "adphoto-cli import --csv r" "roster.csv"
expect_equal "adphoto-cli import --plan pl" "plan.json"
expect_equal "adphoto-cli deploy --out po" "portraits"
expect_has "adphoto-cli photo set jdoe " roster.csv
expect_has "adphoto-cli photo prepare " pictures roster.csv
expect_has "adphoto-cli photo get jdoe -o " roster.csv
expect_equal "adphoto-cli photo remove " ""
expect_equal "adphoto-cli --user " ""

if ((failures)); then
    echo "$failures completion check(s) failed"
    exit 1
fi
echo "all completion checks passed"
