#!/bin/sh
# The seed dispatch against its gold in ../shared (eval/seed_eval.py):
# one check per summary line of `make eval`'s seed part (structure,
# entities, roles, quotations with their kind, speakers), each passing
# only when every gold item is found. Environment: BUILD, SHARED.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
out=$(python3 eval/seed_eval.py "$BUILD/fivew" "$SHARED" 2>&1)
passed=0
failed=0
for key in seed_structure seed_entities seed_roles seed_quotes seed_speakers; do
    value=$(printf '%s\n' "$out" | tr ' ' '\n' | sed -n "s/^$key=//p" | head -n 1)
    case "$value" in
    ok) ok=1 ;;
    */*) [ "${value%/*}" = "${value#*/}" ] && ok=1 || ok=0 ;;
    *) ok=0 ;;
    esac
    if [ "$ok" -eq 1 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "$key=${value:-missing}"
    fi
done
[ "$failed" -ne 0 ] && printf '%s\n' "$out"
echo "$passed passed, $failed failed"
