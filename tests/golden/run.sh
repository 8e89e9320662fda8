#!/bin/sh
# Golden tests: tests/golden/NAME.txt analysed with --sentences must give
# tests/golden/NAME.json byte for byte. `make golden-update` rewrites them.
BUILD=${BUILD:-build}
dir=$(dirname "$0")
passed=0
failed=0
for input in "$dir"/*.txt; do
    want="${input%.txt}.json"
    if "$BUILD/fivew" --sentences "$input" | diff -u "$want" - >/dev/null 2>&1
    then
        passed=$((passed + 1))
    else
        echo "golden mismatch: $input (diff -u $want <(fivew --sentences $input))"
        "$BUILD/fivew" --sentences "$input" | diff -u "$want" - | head -20
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
