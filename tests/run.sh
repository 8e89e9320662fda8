#!/bin/sh
# Runs every test of `make test` and ends with the total "N passed, N
# failed". Each part prints its own "N passed, N failed" as its last line.
# Environment: BUILD (build directory), SHARED (../shared), PART_SECONDS
# (the time bound of each part, 300).
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
export BUILD SHARED
passed=0
failed=0

# Runs a command; adds the counts of its last output line.
part() {
    name=$1
    shift
    # A part that hangs fails instead of stalling the run.
    out=$(timeout "${PART_SECONDS:-300}" "$@" 2>&1)
    status=$?
    last=$(printf '%s\n' "$out" | tail -n 1)
    p=$(printf '%s\n' "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p')
    f=$(printf '%s\n' "$last" | sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p')
    if [ -z "$p" ]; then
        p=0
        f=1
    fi
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
    fi
    if [ "$f" -ne 0 ]; then
        printf '%s\n' "$out" | tail -n 30
    fi
    printf '%-22s %s passed, %s failed\n' "$name" "$p" "$f"
    passed=$((passed + p))
    failed=$((failed + f))
}

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    part "$(basename "$t")" "$t"
done
part pathological "$BUILD/tests/pathological"
for t in analyze xml json wire7 actors agents verbs options discards issues; do
    part "fuzz-$t" "$BUILD/fuzz/replay_$t" "fuzz/corpus/$t"
done
part validate sh tests/events/ratchet.sh
part seed sh tests/seed/run.sh
part golden sh tests/golden/run.sh
part cli sh tests/cli/run.sh
part eval-convert python3 tests/eval/test_convert.py

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
