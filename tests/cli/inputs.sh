mkdir -p d/b d/a d/.hidden
printf 'Headline B\nBody.\n' > d/b/story.txt
printf 'Headline A\nBody.\n' > d/a/story.txt
printf 'Headline Z\nBody.\n' > d/z.txt
printf 'Hidden\nBody.\n' > d/.hidden/x.txt
"$FIVEW" --no-text d | sed 's/,"meta".*//'
printf 'From stdin\nBody.\n' | "$FIVEW" --no-text - | sed 's/,"meta".*//'
printf 'From stdin\nBody.\n' | "$FIVEW" --no-text | sed 's/,"meta".*//'
"$FIVEW" -o out.jsonl d/z.txt && sed 's/,"meta".*//' out.jsonl
"$FIVEW" -j 1 d > one.jsonl && "$FIVEW" -j 3 d > three.jsonl && cmp one.jsonl three.jsonl && echo same
