#!/bin/sh
# CLI tests: each tests/cli/NAME.sh runs in a fresh temporary directory
# with $FIVEW set; its exit status must equal NAME.exit, its standard error
# NAME.stderr, and, when NAME.stdout exists, its standard output too.
BUILD=${BUILD:-build}
here=$(cd "$(dirname "$0")" && pwd)
FIVEW=$(cd "$BUILD" && pwd)/fivew
export FIVEW
passed=0
failed=0
for script in "$here"/*.sh; do
    name=$(basename "$script" .sh)
    [ "$name" = run ] && continue
    tmp=$(mktemp -d)
    chmod 755 "$tmp"
    # (a hang is a failure too: exit 124 after two minutes)
    (cd "$tmp" && timeout 120 sh "$script" >stdout 2>stderr; echo $? >status)
    ok=1
    want_exit=$(cat "$here/$name.exit")
    got_exit=$(cat "$tmp/status")
    if [ "$want_exit" != "$got_exit" ]; then
        echo "$name: exit status $got_exit, want $want_exit"
        ok=0
    fi
    if ! diff -u "$here/$name.stderr" "$tmp/stderr"; then
        echo "$name: standard error differs"
        ok=0
    fi
    if [ -f "$here/$name.stdout" ] && ! diff -u "$here/$name.stdout" "$tmp/stdout"; then
        echo "$name: standard output differs"
        ok=0
    fi
    if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    rm -rf "$tmp"
done
echo "$passed passed, $failed failed"
