truncate -s 67108865 big.txt
printf 'Headline\nBody.\n' > small.txt
"$FIVEW" --no-text big.txt small.txt > out.jsonl
status=$?
wc -l < out.jsonl
exit $status
