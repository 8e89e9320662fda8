"$FIVEW" --bogus; echo "exit $?" >&2
"$FIVEW" -j 0 x; echo "exit $?" >&2
"$FIVEW" --format nope x; echo "exit $?" >&2
"$FIVEW" -o; echo "exit $?" >&2
"$FIVEW" --help | head -n 1
