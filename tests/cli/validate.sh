# fivew validate: mismatches on standard output, then the counts; exit 1
# when a test failed, 2 on a usage error.
d=$(cd "$(dirname "$0")/../events/mini" && pwd)
cp "$d"/mini.* .
"$FIVEW" validate mini.project; echo "exit $?" >&2
"$FIVEW" validate; echo "exit $?" >&2
"$FIVEW" validate nosuch.project; echo "exit $?" >&2
