printf 'Headline\nFirst story.\n' > a.txt
printf 'bad \377 byte\n' > b.txt
printf 'Another headline\nSecond story.\n' > c.txt
"$FIVEW" --no-text a.txt b.txt c.txt > out.jsonl
status=$?
sed 's/"blocks".*//' out.jsonl
exit $status
