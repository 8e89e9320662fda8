mkdir -p locked ok
printf 'Headline\nBody.\n' > ok/story.txt
chmod 000 locked
chmod 777 .
if [ "$(id -u)" -eq 0 ]; then
    # Root reads anything: run a copy of the binary as nobody (the copy
    # here, since nobody may not reach the build directory).
    cp "$FIVEW" ./fivew-copy && chmod 755 ./fivew-copy
    setpriv --reuid=65534 --regid=65534 --clear-groups \
        ./fivew-copy --no-text -o out.jsonl locked ok missing.txt
else
    "$FIVEW" --no-text -o out.jsonl locked ok missing.txt
fi
status=$?
chmod 755 locked
wc -l < out.jsonl
exit $status
