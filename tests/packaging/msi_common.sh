# SPDX-License-Identifier: GPL-2.0-or-later
# Shared by the MSI tests (sourced): a private temporary folder, the build tree's install,
# table rows and assertions that report what an IT admin would see go wrong.

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}
# expect <description> <expected> <actual>
expect() {
    if [[ $2 == "$3" ]]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}
finish() {
    if [[ $failures -gt 0 ]]; then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
}

work=$(mktemp -d)
cleanup_hooks=()
cleanup() {
    local hook
    for hook in "${cleanup_hooks[@]}"; do "$hook" || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# install_tree <build-dir> <prefix>: what `cmake --install` puts on a machine.
install_tree() {
    cmake --install "$1" --prefix "$2" >"$work/install.log" 2>&1 || {
        cat "$work/install.log" >&2
        echo "FAIL: cmake --install $1 failed" >&2
        exit 1
    }
}

# rows <msi> <table>: the table's rows, tab-separated, without the three header lines.
rows() {
    msiinfo export "$1" "$2" | tr -d '\r' | tail -n +4
}

# property <msi> <name>
property() {
    rows "$1" Property | awk -F'\t' -v name="$2" '$1 == name { print $2 }'
}
