# In a directory, a FIFO is named and skipped, not read (a read would
# block the batch for good); the files around it are analysed. Named on
# the command line, a pipe is read, as users of "<(zcat ...)" expect.
mkdir -p d
printf 'Headline A\nBody.\n' > d/a.txt
mkfifo d/b.fifo
printf 'Headline C\nBody.\n' > d/c.txt
mkfifo p
printf 'Headline P\nFrom a pipe.\n' > p &
"$FIVEW" --no-text p | sed 's/,"meta".*//'
"$FIVEW" --no-text -o out.jsonl d
status=$?
sed 's/,"meta".*//' out.jsonl
exit $status
